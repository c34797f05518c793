/**
 * Review staff of the volume (issue 13): instructors, who are assigned the applications they
 * review and score them, and one antenna manager per antenna of the programme (staff_scopes), so
 * that the inbox can be measured as each of them sees it. Same password as the members.
 */
import { account, staffScopes, user } from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";

/** Instructors of the volume (applications in review are shared among them). */
export const VOLUME_INSTRUCTORS = 8;
/** Antenna managers: one per antenna of Digit'ESS (nine); extra indexes get none. */
export const VOLUME_ANTENNA_MANAGERS = 9;

/** The id of volume instructor k (0 <= k < VOLUME_INSTRUCTORS). */
export function instructorId(seed: number, k: number): string {
  return `vol-${seed}-instructor-${k}`;
}

function buildStaff(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const instructor = index < VOLUME_INSTRUCTORS;
  const antenna = instructor ? undefined : context.antennas[index - VOLUME_INSTRUCTORS];
  const k = instructor ? index : index - VOLUME_INSTRUCTORS;
  const id = instructor ? instructorId(seed, k) : `vol-${seed}-antenna-manager-${k}`;
  const createdAt = new Date(context.now.getTime() - 400 * 86_400_000);
  const row = {
    id,
    name: instructor
      ? `Instructeur ${k + 1}`
      : `Responsable de l'antenne ${antenna?.city ?? k + 1}`,
    email: instructor
      ? `instructeur-${seed}-${k}@volume.digitess.test`
      : `antenne-${seed}-${k}@volume.digitess.test`,
    emailVerified: true,
    role: instructor ? "instructor" : "antenna_manager",
    createdAt,
    updatedAt: createdAt,
  };
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
  name: "review staff",
  table: user,
  key: user.id,
  count: () => VOLUME_INSTRUCTORS + VOLUME_ANTENNA_MANAGERS,
  build: buildStaff,
};
