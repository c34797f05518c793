/**
 * Demo data of the maturity gain (issue 15), so that the steering dashboard (/pilotage) has
 * something to show: four associations of the Marseille antenna took the diagnostic, applied,
 * and were granted the scoping level by a Digit'ESS committee session held about a year ago
 * (AG2R La Mondiale paying, as in db/seed/supports.ts). Sophie Durand (the Marseille antenna's
 * manager) delivered each support: kick-off, a deliverable with its file, the closing meeting.
 * Three of them closed more than six months ago: their structure was invited to take the
 * diagnostic again (the invitation recorded, so the daily job does not send it now) and took it;
 * the fourth closed two months ago and has not yet (the dashboard counts it apart).
 *
 * Everything goes through the real commands: the applications are brought to "ready for
 * committee" as the other demo applications are (db/seed/applications.ts, which also stores each
 * structure's first diagnostic), then one transaction holds the session, its decisions and closing
 * (which creates the supports with their funding parts), the supports' delivery and the second
 * diagnostics: it all exists, or none of it. The closing is not followed by the survey nor by the
 * next-level invitation (that was months ago). The commands stamp "now": the supports' and the
 * session's dates are then set back to when they happened. The audit trail and the final
 * decisions (which nothing may change) keep the seed's time.
 *
 * Runs after db/seed/supports.ts. Idempotent: once the four applications are past "ready for
 * committee", nothing is done (one query).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../app/features/applications/actor";
import { addItem } from "../../app/features/committees/change-agenda.server";
import { addMember } from "../../app/features/committees/change-members.server";
import { changeSessionStatus } from "../../app/features/committees/change-session-status.server";
import { closeSession } from "../../app/features/committees/close-session.server";
import { createSession } from "../../app/features/committees/create-session.server";
import { decideItem } from "../../app/features/committees/decide-item.server";
import { agendaLevelsOf, programEnvelopes } from "../../app/features/committees/queries.server";
import { recordPresence } from "../../app/features/committees/record-presence.server";
import { getQuestionBank } from "../../app/features/diagnostic/question-bank";
import { digitessProgramme } from "../../app/features/programs/digitess";
import {
  changeSupportStatus,
  planSupport,
  recordMilestone,
  type SupportActor,
} from "../../app/features/supports/commands.server";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database, Transaction } from "../../app/platform/db/types";
import { calendarDateIn } from "../../app/platform/format/dates";
import { samplePdf } from "../../tests/factories/applications";
import {
  type AnswerLevel,
  buildDiagnostic,
  buildDiagnosticAnswers,
} from "../../tests/factories/diagnostics";
import {
  applications,
  committeeItems,
  committeeSessions,
  organizationMembers,
  programs,
  rediagnosticInvitations,
  supports,
  user,
} from "../schema";
import {
  type DemoApplication,
  type DemoApplicationServices,
  seedDemoApplications,
} from "./applications";
import { demoCommitteeMembers } from "./committees";
import { beforeCommittee, withoutInvitations } from "./past-committee";

const DAY = 24 * 60 * 60 * 1000;
const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";
const CHAIR_EMAIL = "paul.lefevre@demo.digitess.fr";
const CONSULTANT_EMAIL = "sophie.durand@demo.digitess.fr";

/** How long ago the session met (at 10:00, Paris time). */
export const MATURITY_SESSION_DAYS_AGO = 370;
const GRANTED_RATE = 75;
/** About the six months after which a structure is invited to take the diagnostic again. */
const REDIAGNOSTIC_DAYS = 183;

type MaturityDemo = DemoApplication & {
  /** Days before "now" the support started and closed. */
  startedDaysAgo: number;
  closedDaysAgo: number;
  /** The diagnostic taken again after the support: its levels and when (none: not yet). */
  after?: { levels: readonly AnswerLevel[]; daysAgo: number };
};

const marseille = (postcode: string) => ({
  postcode,
  commune: "Marseille",
  departement: "13",
  region: "Provence-Alpes-Côte d'Azur",
});

/**
 * The four structures. Their size stays out of Le Toit Partagé's band (3-9 employees), so that
 * its median of similar organisations keeps the same twelve. Levels per dimension, in the bank's
 * order: strategy, equipment, online presence, data, security, skills, beneficiaries, responsible.
 */
export const maturityDemos: readonly MaturityDemo[] = [
  {
    organization: "Régie de Quartier du Panier",
    applicant: {
      email: "nora.benhamou@demo.digitess.fr",
      name: "Nora Benhamou",
      role: "Directrice",
    },
    place: marseille("13002"),
    employees: 14,
    volunteers: 20,
    axes: ["employment"],
    project: {
      situation: "Les chantiers d'insertion sont planifiés sur un tableau blanc et des tableurs.",
      needs: "Un outil partagé de planning des chantiers et de suivi des salariés en insertion.",
      goals: "Ne plus perdre d'heures de chantier et suivre chaque parcours en un seul endroit.",
      beneficiaries: "Salariés en insertion et habitants du Panier.",
    },
    state: "ready_for_committee",
    submittedDaysAgo: 420,
    stateDaysAgo: 390,
    diagnostic: [1, 2, 1, 1, 1, 1, 2, 2],
    scores: [4, 4, 4, 3, 4],
    committeeSummary: "Régie bien ancrée, besoin de planning partagé clair. Cadrage recommandé.",
    startedDaysAgo: 345,
    closedDaysAgo: 255,
    after: { levels: [3, 3, 2, 3, 2, 2, 3, 1], daysAgo: 45 },
  },
  {
    organization: "Jardins Partagés de Saint-Louis",
    applicant: {
      email: "hugo.marchetti@demo.digitess.fr",
      name: "Hugo Marchetti",
      role: "Président",
    },
    place: marseille("13015"),
    employees: 2,
    volunteers: 60,
    axes: ["health_prevention"],
    project: {
      situation:
        "Les ateliers d'alimentation et les parcelles se gèrent sur papier, les bénévoles par SMS.",
      needs: "Un fichier des adhérents et un agenda des ateliers accessibles à l'équipe.",
      goals: "Ouvrir trois nouveaux jardins sans épuiser les deux salariés.",
      beneficiaries: "Familles des quartiers nord : alimentation et activité physique.",
    },
    state: "ready_for_committee",
    submittedDaysAgo: 415,
    stateDaysAgo: 388,
    diagnostic: [0, 1, 1, 0, 1, 1, 1, 2],
    scores: [4, 3, 4, 4, 3],
    committeeSummary: "Petite équipe, beaucoup de bénévoles : un cadrage simple suffit.",
    startedDaysAgo: 340,
    closedDaysAgo: 270,
    after: { levels: [2, 2, 2, 2, 1, 2, 2, 1], daysAgo: 60 },
  },
  {
    organization: "Maison des Aidants de la Plaine",
    applicant: {
      email: "lea.giordano@demo.digitess.fr",
      name: "Léa Giordano",
      role: "Coordinatrice",
    },
    place: marseille("13005"),
    employees: 11,
    volunteers: 25,
    axes: ["caregivers"],
    project: {
      situation: "Les permanences et les groupes de parole des aidants se notent dans des carnets.",
      needs: "Un agenda en ligne des permanences et un fichier des aidants suivis.",
      goals: "Savoir combien d'aidants sont accompagnés et leur répondre plus vite.",
      beneficiaries: "Proches aidants du 5e arrondissement et leurs familles.",
    },
    state: "ready_for_committee",
    submittedDaysAgo: 410,
    stateDaysAgo: 386,
    diagnostic: [2, 2, 2, 1, 1, 2, 2, 2],
    scores: [3, 4, 3, 4, 4],
    committeeSummary: "Besoin d'outillage des permanences bien décrit. Cadrage recommandé.",
    startedDaysAgo: 330,
    closedDaysAgo: 240,
    after: { levels: [3, 3, 3, 3, 2, 3, 2, 2], daysAgo: 20 },
  },
  {
    organization: "Ressourcerie des Calanques",
    applicant: {
      email: "yann.lopez@demo.digitess.fr",
      name: "Yann Lopez",
      role: "Président",
    },
    place: marseille("13009"),
    employees: 12,
    volunteers: 15,
    axes: ["employment"],
    project: {
      situation: "Les dons et les ventes sont pesés et notés à la main.",
      needs: "Un logiciel de caisse qui compte les tonnes détournées des déchets.",
      goals: "Rendre compte chaque trimestre aux collectivités sans ressaisie.",
      beneficiaries: "Habitants du 9e arrondissement et salariés en insertion.",
    },
    state: "ready_for_committee",
    submittedDaysAgo: 405,
    stateDaysAgo: 384,
    diagnostic: [1, 1, 2, 1, 2, 1, 1, 2],
    scores: [4, 4, 3, 3, 4],
    committeeSummary: "Ressourcerie solide ; la file d'attente de l'antenne retardera le début.",
    // Waited for a place at the antenna: started late, closed two months ago.
    startedDaysAgo: 150,
    closedDaysAgo: 60,
  },
];

/** The statuses from which this seed still has something to do. */
/** Each demo applicant's first application, by e-mail. */
async function demoStatuses(db: Database): Promise<Map<string, { id: string; status: string }>> {
  const rows = await db
    .select({ email: user.email, id: applications.id, status: applications.status })
    .from(user)
    .innerJoin(organizationMembers, eq(organizationMembers.userId, user.id))
    .innerJoin(applications, eq(applications.organizationId, organizationMembers.organizationId))
    .where(
      and(
        inArray(
          user.email,
          maturityDemos.map((demo) => demo.applicant.email),
        ),
        eq(organizationMembers.role, "owner"),
      ),
    )
    .orderBy(applications.createdAt);
  const byEmail = new Map<string, { id: string; status: string }>();
  for (const row of rows) if (!byEmail.has(row.email)) byEmail.set(row.email, row);
  return byEmail;
}

export async function seedMaturity(
  db: Database,
  services: DemoApplicationServices,
  now: Date = new Date(),
): Promise<void> {
  const before = await demoStatuses(db);
  const done = maturityDemos.every((demo) => {
    const status = before.get(demo.applicant.email)?.status;
    return status !== undefined && !beforeCommittee.has(status);
  });
  if (done) return;
  await seedDemoApplications(db, services, maturityDemos, now);
  const ready = await demoStatuses(db);
  const items = maturityDemos.flatMap((demo) => {
    const application = ready.get(demo.applicant.email);
    return application?.status === "ready_for_committee" ? [{ demo, application }] : [];
  });
  // Moved on by people meanwhile, or not seeded: nothing more is made up for them.
  if (items.length === 0) return;

  const [programme] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, digitessProgramme.slug));
  if (!programme) return;
  const emails = [
    INSTRUCTOR_EMAIL,
    CONSULTANT_EMAIL,
    ...demoCommitteeMembers.map((member) => member.email),
  ];
  const people = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.email, emails));
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const instructorRow = byEmail.get(INSTRUCTOR_EMAIL);
  const chairRow = byEmail.get(CHAIR_EMAIL);
  const consultantRow = byEmail.get(CONSULTANT_EMAIL);
  if (!instructorRow || !chairRow || !consultantRow) return;
  const instructor: Actor = { ...instructorRow, role: "instructor" };
  const chair: Actor = { ...chairRow, role: "committee_member" };
  const consultant: SupportActor = { id: consultantRow.id, role: "antenna_manager" };
  const members = demoCommitteeMembers.flatMap((member) => {
    const account = byEmail.get(member.email);
    return account ? [{ ...member, id: account.id }] : [];
  });
  const [firstEnvelope] = await programEnvelopes(db, programme.id);
  if (!firstEnvelope) return;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const sessionDate = calendarDateIn(daysAgo(MATURITY_SESSION_DAYS_AGO));
  const bank = getQuestionBank("2026-1");

  await db.transaction(async (tx) => {
    const jobs = withoutInvitations(services.jobs);
    const { id: sessionId } = await createSession({
      db: tx,
      actor: instructor,
      input: {
        programId: programme.id,
        date: sessionDate,
        time: "10:00",
        place: "Antenne de Marseille, 12 rue Saint-Ferréol, 13001 Marseille",
        videoUrl: "https://visio.digitess.example/comite",
        minFunderPresent: 1,
        minOperatorPresent: 1,
      },
    });
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
    const itemIds: string[] = [];
    for (const { application } of items) {
      const { itemId } = await addItem({
        db: tx,
        actor: instructor,
        sessionId,
        applicationId: application.id,
      });
      itemIds.push(itemId);
    }
    for (const action of ["open_pre_review", "start_session"] as const) {
      await changeSessionStatus({ db: tx, jobs, actor: instructor, sessionId, action });
    }
    await recordPresence({
      db: tx,
      actor: instructor,
      sessionId,
      present: members.map((member) => member.id),
    });
    for (const itemId of itemIds)
      await decideScoping(tx, { chair, sessionId, itemId, funderId: firstEnvelope.funderId });
    await closeSession({
      db: tx,
      jobs: services.jobs,
      actor: chair,
      sessionId,
      appUrl: services.appUrl,
    });
    const sessionAt = daysAgo(MATURITY_SESSION_DAYS_AGO);
    await tx
      .update(committeeSessions)
      .set({ closedAt: sessionAt, statusChangedAt: sessionAt, updatedAt: sessionAt })
      .where(eq(committeeSessions.id, sessionId));

    for (const { demo, application } of items) {
      const [support] = await tx
        .select({ id: supports.id, organizationId: supports.organizationId })
        .from(supports)
        .where(eq(supports.applicationId, application.id));
      if (!support) throw new Error(`no support for ${demo.organization}`);
      await deliver(tx, services, { consultant, supportId: support.id, demo, daysAgo });
      if (demo.after) {
        // Invited six months after the closing (rediagnostic-invitations), then took it again.
        await tx.insert(rediagnosticInvitations).values({
          organizationId: support.organizationId,
          lastClosedAt: daysAgo(demo.closedDaysAgo),
          sentAt: daysAgo(demo.closedDaysAgo - REDIAGNOSTIC_DAYS),
        });
        const { id } = await buildDiagnostic(tx, {
          organizationId: support.organizationId,
          employees: demo.employees,
          completedAt: daysAgo(demo.after.daysAgo),
          answers: buildDiagnosticAnswers(bank, { levels: demo.after.levels }),
        });
        await appendAuditEvent(tx, {
          actorId: null,
          entityType: "diagnostic",
          entityId: id,
          action: "diagnostic.seeded",
          after: { organizationId: support.organizationId },
        });
      }
    }
  });
}

/** The committee grants the scoping level (at its requested cost) and not the diagnostic. */
async function decideScoping(
  tx: Transaction,
  input: { chair: Actor; sessionId: string; itemId: string; funderId: string },
): Promise<void> {
  const [item] = await tx
    .select({ requestedLevels: committeeItems.requestedLevels })
    .from(committeeItems)
    .where(eq(committeeItems.id, input.itemId));
  const requested = agendaLevelsOf(item?.requestedLevels);
  const scoping = requested.find((level) => level.kind === "scoping");
  if (!scoping?.totalCostCents) throw new Error("a maturity demo application requests no scoping");
  await decideItem({
    db: tx,
    actor: input.chair,
    sessionId: input.sessionId,
    itemId: input.itemId,
    input: {
      outcome: "accepted",
      levels: requested.map((level) =>
        level.kind === "scoping"
          ? {
              kind: level.kind,
              granted: true,
              ratePercent: GRANTED_RATE,
              costCents: scoping.totalCostCents,
              funderId: input.funderId,
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
}

/** Sophie Durand delivers the support, then its dates are set back to when it happened. */
async function deliver(
  tx: Transaction,
  services: DemoApplicationServices,
  input: {
    consultant: SupportActor;
    supportId: string;
    demo: MaturityDemo;
    daysAgo: (days: number) => Date;
  },
): Promise<void> {
  const { consultant, supportId, demo, daysAgo } = input;
  const common = { db: tx, actor: consultant, supportId };
  const startedAt = daysAgo(demo.startedDaysAgo);
  const closedAt = daysAgo(demo.closedDaysAgo);
  const deliveredAt = daysAgo(demo.closedDaysAgo + 10);
  const day = (at: Date) => calendarDateIn(at);
  const onClosed = async () => undefined;
  await planSupport({
    ...common,
    input: {
      consultantId: consultant.id,
      plannedStart: day(startedAt),
      plannedEnd: day(closedAt),
      notes: "",
    },
  });
  await changeSupportStatus({
    ...common,
    input: { action: "start", reason: null, details: null },
    onClosed,
  });
  const milestone = (
    kind: "kickoff" | "deliverable" | "closing",
    title: string,
    at: Date,
    file: File | null,
  ) =>
    recordMilestone({
      ...common,
      storage: services.storage,
      input: { kind, title, happenedOn: day(at), note: "", file },
    });
  await milestone("kickoff", "Réunion de lancement", startedAt, null);
  await milestone(
    "deliverable",
    "Cahier des charges",
    deliveredAt,
    new File([samplePdf("Cahier des charges")], "cahier-des-charges.pdf", {
      type: "application/pdf",
    }),
  );
  await changeSupportStatus({
    ...common,
    input: { action: "deliver", reason: null, details: null },
    onClosed,
  });
  await milestone("closing", "Réunion de clôture", closedAt, null);
  await changeSupportStatus({
    ...common,
    input: { action: "close", reason: null, details: null },
    onClosed,
  });
  const decidedAt = daysAgo(MATURITY_SESSION_DAYS_AGO);
  await tx
    .update(supports)
    .set({ decidedAt, createdAt: decidedAt, startedAt, deliveredAt, closedAt, updatedAt: closedAt })
    .where(eq(supports.id, supportId));
}
