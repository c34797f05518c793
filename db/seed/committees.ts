/**
 * Demo data of the screening committees (issue 14): one planned session of Digit'ESS, twenty
 * days ahead at 14:00 (Paris), with the three demo committee members (Inès Carpentier on the
 * funders' side, Paul Lefèvre and Thomas Roux on the operator's side) and, on its agenda, the
 * demo applications ready for committee, put there by the real command (so they are
 * "scheduled", with their timeline and audit). Created once: when the programme has a session
 * already, nothing is done (people's changes are left alone).
 */
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { addItem } from "../../app/features/committees/change-agenda.server";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database } from "../../app/platform/db/types";
import { calendarDateIn, instantInZone } from "../../app/platform/format/dates";
import { buildCommitteeSession } from "../../tests/factories/committees";
import { applications, committeeSessions, programs, user } from "../schema";

const DAY = 24 * 60 * 60 * 1000;

/** The demo committee members and their side. */
export const demoCommitteeMembers = [
  { email: "ines.carpentier@demo.digitess.fr", side: "funder" },
  { email: "paul.lefevre@demo.digitess.fr", side: "operator" },
  { email: "thomas.roux@demo.digitess.fr", side: "operator" },
] as const;

const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";

export async function seedCommittees(db: Database, now: Date = new Date()): Promise<void> {
  const [programme] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  if (!programme) return;
  const [existing] = await db
    .select({ id: committeeSessions.id })
    .from(committeeSessions)
    .where(eq(committeeSessions.programId, programme.id))
    .limit(1);
  if (existing) return;
  const people = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.email, [INSTRUCTOR_EMAIL, ...demoCommitteeMembers.map((m) => m.email)]));
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const instructor = byEmail.get(INSTRUCTOR_EMAIL);
  if (!instructor) return;
  const startsAt = instantInZone(calendarDateIn(new Date(now.getTime() + 20 * DAY)), "14:00");
  if (!startsAt) return;
  const sessionId = await db.transaction(async (tx) => {
    const id = await buildCommitteeSession(tx, {
      programId: programme.id,
      startsAt,
      place: "Simplon.co, 55 rue de Vincennes, 93100 Montreuil",
      videoUrl: "https://visio.digitess.example/comite",
      createdBy: instructor.id,
      members: demoCommitteeMembers.flatMap((member) => {
        const account = byEmail.get(member.email);
        return account ? [{ userId: account.id, side: member.side }] : [];
      }),
    });
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "committee_session",
      entityId: id,
      action: "committee_session.created",
      after: { seeded: true, startsAt: startsAt.toISOString() },
    });
    return id;
  });
  const ready = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.programId, programme.id),
        eq(applications.status, "ready_for_committee"),
        isNotNull(applications.submittedAt),
      ),
    )
    .orderBy(asc(applications.submittedAt));
  for (const application of ready) {
    await addItem({
      db,
      actor: { ...instructor, role: "instructor" },
      sessionId,
      applicationId: application.id,
    });
  }
}
