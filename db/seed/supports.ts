/**
 * Demo data of the supports (issue 15): a committee session of Digit'ESS held six weeks ago, at
 * 14:00 (Paris), already closed, which accepted the application of the Atelier Vélo Solidaire de
 * la Joliette (Marseille, 13002: the Marseille antenna, Sophie Durand's) for the scoping level at
 * 70 % of its requested cost, AG2R La Mondiale paying, and not the diagnostic level. Its closing
 * created the support (planned, at the Marseille antenna, with its funding part) that the
 * antenna manager finds at /accompagnements.
 *
 * Everything goes through the real commands, in one transaction (the session exists closed with
 * its decision, or not at all): the application is brought to "ready for committee" as the other
 * demo applications are (db/seed/applications.ts), then the session is created, its members
 * added, the application put on its agenda, the pre-review opened, the meeting started, the
 * members recorded present, the decision taken and the session closed. The members are not
 * invited (the invitation job is left out: the meeting is over); the closing's documents job
 * stores the minutes and mails the applicant their decision letter, as after any closing.
 *
 * Runs after the committee seed (db/seed/committees.ts), which puts the ready applications on the
 * next planned session: this one is not ready yet then. Idempotent: once the application is past
 * "ready for committee" (accepted by this seed, or moved on by people), nothing is done (one
 * query).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../app/features/applications/actor";
import { addItem } from "../../app/features/committees/change-agenda.server";
import { addMember } from "../../app/features/committees/change-members.server";
import { changeSessionStatus } from "../../app/features/committees/change-session-status.server";
import { closeSession } from "../../app/features/committees/close-session.server";
import { createSession } from "../../app/features/committees/create-session.server";
import { decideItem } from "../../app/features/committees/decide-item.server";
import { agendaLevelsOf, programEnvelopes } from "../../app/features/committees/queries.server";
import { recordPresence } from "../../app/features/committees/record-presence.server";
import { digitessProgramme } from "../../app/features/programs/digitess";
import type { Database } from "../../app/platform/db/types";
import { calendarDateIn } from "../../app/platform/format/dates";
import { applications, committeeItems, organizationMembers, programs, user } from "../schema";
import {
  type DemoApplication,
  type DemoApplicationServices,
  seedDemoApplications,
} from "./applications";
import { demoCommitteeMembers } from "./committees";
import { beforeCommittee, withoutInvitations } from "./past-committee";

const DAY = 24 * 60 * 60 * 1000;
const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";
/** The member who records the decision and closes the session (operator side). */
const CHAIR_EMAIL = "paul.lefevre@demo.digitess.fr";

/** How long ago the closed session met (at 14:00, Paris time). */
export const CLOSED_SESSION_DAYS_AGO = 42;
/** The rate the committee granted the scoping level at (the application asked 75 %). */
export const GRANTED_SCOPING_RATE = 70;

/** The application the closed session accepted (its own association and applicant). */
export const acceptedApplication: DemoApplication = {
  organization: "Atelier Vélo Solidaire de la Joliette",
  applicant: {
    email: "samir.belkacem@demo.digitess.fr",
    name: "Samir Belkacem",
    role: "Président",
  },
  place: {
    postcode: "13002",
    commune: "Marseille",
    departement: "13",
    region: "Provence-Alpes-Côte d'Azur",
  },
  employees: 2,
  volunteers: 35,
  axes: ["employment"],
  project: {
    situation:
      "Les réparations et les parcours des personnes en insertion se suivent sur un cahier.",
    needs: "Un outil de suivi des parcours et une prise de rendez-vous en ligne pour l'atelier.",
    goals: "Accompagner vingt personnes en insertion par an et désengorger les permanences.",
    beneficiaries: "Habitants du 2e arrondissement et personnes en parcours d'insertion.",
  },
  state: "ready_for_committee",
  submittedDaysAgo: 80,
  stateDaysAgo: 50,
  assigned: true,
  diagnostic: [1, 2, 1, 1, 2, 1, 1, 2],
  scores: [4, 4, 5, 4, 3],
  committeeSummary:
    "Atelier d'insertion bien implanté, besoin de suivi des parcours clair. Cadrage recommandé ; le diagnostic n'est pas nécessaire, la structure a déjà fait le sien.",
};

/** The statuses from which this seed still has something to do. */
/**
 * The accepted application as it stands, if it exists: its organisation's first application (a
 * later one, a follow-up the structure started, is not this seed's).
 */
async function demoApplication(db: Database): Promise<{ id: string; status: string } | undefined> {
  const [row] = await db
    .select({ id: applications.id, status: applications.status })
    .from(user)
    .innerJoin(organizationMembers, eq(organizationMembers.userId, user.id))
    .innerJoin(applications, eq(applications.organizationId, organizationMembers.organizationId))
    .where(
      and(
        eq(user.email, acceptedApplication.applicant.email),
        eq(organizationMembers.role, "owner"),
      ),
    )
    .orderBy(asc(applications.createdAt))
    .limit(1);
  return row;
}

export async function seedSupports(
  db: Database,
  services: DemoApplicationServices,
  now: Date = new Date(),
): Promise<void> {
  const before = await demoApplication(db);
  if (before && !beforeCommittee.has(before.status)) return;
  await seedDemoApplications(db, services, [acceptedApplication], now);
  const application = await demoApplication(db);
  if (application?.status !== "ready_for_committee") return;

  const [programme] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, digitessProgramme.slug));
  if (!programme) return;
  const emails = [INSTRUCTOR_EMAIL, ...demoCommitteeMembers.map((member) => member.email)];
  const people = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.email, emails));
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const instructorRow = byEmail.get(INSTRUCTOR_EMAIL);
  const chairRow = byEmail.get(CHAIR_EMAIL);
  if (!instructorRow || !chairRow) return;
  const instructor: Actor = { ...instructorRow, role: "instructor" };
  const chair: Actor = { ...chairRow, role: "committee_member" };
  const members = demoCommitteeMembers.flatMap((member) => {
    const account = byEmail.get(member.email);
    return account ? [{ ...member, id: account.id }] : [];
  });
  const [firstEnvelope] = await programEnvelopes(db, programme.id);
  if (!firstEnvelope) return;

  const date = calendarDateIn(new Date(now.getTime() - CLOSED_SESSION_DAYS_AGO * DAY));
  // One transaction: each command runs in its own savepoint, and the session exists closed with
  // its decision and support, or not at all.
  await db.transaction(async (tx) => {
    const { id: sessionId } = await createSession({
      db: tx,
      actor: instructor,
      input: {
        programId: programme.id,
        date,
        time: "14:00",
        place: "Simplon.co, 55 rue de Vincennes, 93100 Montreuil",
        videoUrl: "https://visio.digitess.example/comite",
        minFunderPresent: 1,
        minOperatorPresent: 1,
      },
    });
    const jobs = withoutInvitations(services.jobs);
    for (const member of members) {
      await addMember({
        db: tx,
        jobs,
        actor: instructor,
        sessionId,
        userId: member.id,
        side: member.side,
      });
    }
    const { itemId } = await addItem({
      db: tx,
      actor: instructor,
      sessionId,
      applicationId: application.id,
    });
    await changeSessionStatus({
      db: tx,
      jobs,
      actor: instructor,
      sessionId,
      action: "open_pre_review",
    });
    await changeSessionStatus({
      db: tx,
      jobs,
      actor: instructor,
      sessionId,
      action: "start_session",
    });
    await recordPresence({
      db: tx,
      actor: instructor,
      sessionId,
      present: members.map((member) => member.id),
    });
    const [item] = await tx
      .select({ requestedLevels: committeeItems.requestedLevels })
      .from(committeeItems)
      .where(eq(committeeItems.id, itemId));
    const requested = agendaLevelsOf(item?.requestedLevels);
    const scoping = requested.find((level) => level.kind === "scoping");
    if (!scoping?.totalCostCents) throw new Error("the demo application requests no scoping");
    await decideItem({
      db: tx,
      actor: chair,
      sessionId,
      itemId,
      input: {
        outcome: "accepted",
        levels: requested.map((level) =>
          level.kind === "scoping"
            ? {
                kind: level.kind,
                granted: true,
                ratePercent: GRANTED_SCOPING_RATE,
                costCents: scoping.totalCostCents,
                funderId: firstEnvelope.funderId,
              }
            : {
                kind: level.kind,
                granted: false,
                ratePercent: null,
                costCents: null,
                funderId: null,
              },
        ),
        // On a volume database the envelopes are spent: the demo decision confirms it goes beyond.
        confirmOverEnvelope: true,
        amendmentReason: null,
      },
    });
    await closeSession({
      db: tx,
      jobs: services.jobs,
      actor: chair,
      sessionId,
      appUrl: services.appUrl,
    });
  });
}
