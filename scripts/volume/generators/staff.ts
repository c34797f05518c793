/**
 * Staff of the volume: instructors, who are assigned the applications they review and score them
 * (issue 13); one antenna manager per antenna of the programme (staff_scopes), so that the inbox
 * can be measured as each of them sees it, and who deliver the antenna's supports (issue 15); and
 * the committee members who sit in the monthly sessions, on the funder or the operator side
 * (issue 14). Same password as the members.
 */
import type { MemberSide } from "~/features/committees";
import { account, staffScopes, user } from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";

/** Instructors of the volume (applications in review are shared among them). */
export const VOLUME_INSTRUCTORS = 8;
/** Antenna managers: one per antenna of Digit'ESS (nine); extra indexes get none. */
export const VOLUME_ANTENNA_MANAGERS = 9;
/** Committee members: the first ones sit on the funder side, the others on the operator side. */
export const VOLUME_COMMITTEE_MEMBERS = 6;
const FUNDER_SIDE_MEMBERS = 2;

/** The id of volume instructor k (0 <= k < VOLUME_INSTRUCTORS). */
export function instructorId(seed: number, k: number): string {
  return `vol-${seed}-instructor-${k}`;
}

/** The id of the manager of antenna k (its position in the programme's antennas by city). */
export function antennaManagerId(seed: number, k: number): string {
  return `vol-${seed}-antenna-manager-${k}`;
}

/** The id of volume committee member k (0 <= k < VOLUME_COMMITTEE_MEMBERS). */
export function committeeMemberId(seed: number, k: number): string {
  return `vol-${seed}-committee-${k}`;
}

/** The side committee member k sits on. */
export function committeeSideOf(k: number): MemberSide {
  return k < FUNDER_SIDE_MEMBERS ? "funder" : "operator";
}

function identityOf(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  if (index < VOLUME_INSTRUCTORS) {
    return {
      id: instructorId(seed, index),
      name: `Instructeur ${index + 1}`,
      email: `instructeur-${seed}-${index}@volume.digitess.test`,
      role: "instructor",
      antenna: undefined,
    };
  }
  if (index < VOLUME_INSTRUCTORS + VOLUME_ANTENNA_MANAGERS) {
    const k = index - VOLUME_INSTRUCTORS;
    const antenna = context.antennas[k];
    return {
      id: antennaManagerId(seed, k),
      name: `Responsable de l'antenne ${antenna?.city ?? k + 1}`,
      email: `antenne-${seed}-${k}@volume.digitess.test`,
      role: "antenna_manager",
      antenna,
    };
  }
  const k = index - VOLUME_INSTRUCTORS - VOLUME_ANTENNA_MANAGERS;
  return {
    id: committeeMemberId(seed, k),
    name: `Membre du comité ${k + 1} (${committeeSideOf(k) === "funder" ? "financeur" : "opérateur"})`,
    email: `comite-${seed}-${k}@volume.digitess.test`,
    role: "committee_member",
    antenna: undefined,
  };
}

function buildStaff(context: VolumeContext, index: number) {
  const { id, name, email, role, antenna } = identityOf(context, index);
  const createdAt = new Date(context.now.getTime() - 400 * 86_400_000);
  const row = { id, name, email, emailVerified: true, role, createdAt, updatedAt: createdAt };
  return {
    row,
    dependents: [
      {
        table: account,
        rows: [
          {
            id: `${id}-credential`,
            accountId: id,
            providerId: "credential",
            userId: id,
            password: context.passwordHash,
            createdAt,
            updatedAt: createdAt,
          },
        ],
      },
      { table: staffScopes, rows: antenna ? [{ userId: id, antennaId: antenna.id }] : [] },
    ],
  };
}

export const staffGenerator: VolumeGenerator = {
  name: "staff",
  table: user,
  key: user.id,
  count: () => VOLUME_INSTRUCTORS + VOLUME_ANTENNA_MANAGERS + VOLUME_COMMITTEE_MEMBERS,
  build: buildStaff,
};
