/**
 * Demo applications for the review back office (issue 13): ten associations, each with its own
 * verified applicant account (…@demo.digitess.fr, the demo password), a completed diagnostic for
 * most of them, and a submitted application with its statutes and accounts stored as real PDFs.
 * They sit in the Marseille antenna (Sophie Durand's), Lyon, Paris, La Réunion and
 * Fort-de-France, in the states an instructor works on: new, in review (some assigned to Karim
 * Benali), information requested with the request open, ready for committee with scores and a
 * committee summary, declared ineligible, and one flagged "to be checked" at submission.
 *
 * Every application goes through the real commands (addAttachment, submitApplication,
 * applyTransition), then its dates are set back so that the inbox shows waiting times.
 * Idempotent and resumable: each organisation is picked up where a previous run stopped, and a
 * run that finds every application in its state changes nothing (one query). Mme Martin's
 * Le Toit Partagé is left as it is.
 */
import { hashPassword } from "better-auth/crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../../app/features/applications/actor";
import { addAttachment } from "../../app/features/applications/add-attachment.server";
import { insertMessage } from "../../app/features/applications/post-message.server";
import { listAttachments } from "../../app/features/applications/queries.server";
import type { ApplicationAction } from "../../app/features/applications/state-machine";
import { submitApplication } from "../../app/features/applications/submit-application.server";
import { applyTransition } from "../../app/features/applications/transition-application.server";
import { getQuestionBank } from "../../app/features/diagnostic/question-bank";
import { digitessProgramme } from "../../app/features/programs/digitess";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database, Executor, Transaction } from "../../app/platform/db/types";
import type { JobQueue } from "../../app/platform/jobs/queue.server";
import type { FileStorage } from "../../app/platform/storage/storage";
import {
  applicationEvents,
  applicationMessages,
  applicationNotes,
  applicationScores,
  applications,
  informationRequests,
  organizationMembers,
  programs,
  user,
} from "../../db/schema";
import { buildDraft, completeSteps, samplePdf } from "../../tests/factories/applications";
import {
  type AnswerLevel,
  buildDiagnostic,
  buildDiagnosticAnswers,
} from "../../tests/factories/diagnostics";
import { buildOrganization } from "../../tests/factories/organizations";
import { buildUser } from "../../tests/factories/users";
import { DEMO_PASSWORD } from "./password";

/** What seeding applications needs beyond the database: the file store and the job queue. */
export type DemoApplicationServices = {
  storage: FileStorage;
  jobs: JobQueue;
  appUrl: string;
};

/** The states the demo applications end in. */
export type DemoState =
  | "submitted"
  | "in_review"
  | "information_requested"
  | "ready_for_committee"
  | "declared_ineligible";

const DAY = 24 * 60 * 60 * 1000;
const INSTRUCTOR_EMAIL = "karim.benali@demo.digitess.fr";
const ANTENNA_MANAGER_EMAIL = "sophie.durand@demo.digitess.fr";

const staffPath: Record<DemoState, readonly ApplicationAction[]> = {
  submitted: [],
  in_review: ["start_review"],
  information_requested: ["start_review", "request_information"],
  ready_for_committee: ["start_review", "mark_ready"],
  declared_ineligible: ["start_review", "declare_ineligible"],
};

export type DemoApplication = {
  organization: string;
  applicant: { email: string; name: string; role: string };
  place: { postcode: string; commune: string; departement: string; region: string };
  /** Not in the 3-9 band of Le Toit Partagé, so its median of similar organisations stays 12. */
  employees: number;
  volunteers: number;
  axes: readonly string[];
  /** "unknown" makes the eligibility "to be checked" (flagged at submission). */
  legalForm?: "association" | "unknown";
  project: { situation: string; needs: string; goals: string; beneficiaries: string };
  state: DemoState;
  /** Days before "now" of the submission and of the last state change. */
  submittedDaysAgo: number;
  stateDaysAgo: number;
  /** Assigned to Karim Benali (the demo instructor). */
  assigned?: boolean;
  /** Diagnostic answer levels, one per dimension; none: no diagnostic. */
  diagnostic?: readonly AnswerLevel[];
  note?: { by: "instructor" | "antenna_manager"; body: string };
  informationRequest?: { message: string; missingItems: readonly string[] };
  /** Karim Benali's scores (1-5) on each criterion of the grid, in the grid's order. */
  scores?: readonly number[];
  committeeSummary?: string;
  ineligibleReason?: string;
};

export const demoApplications: readonly DemoApplication[] = [
  {
    organization: "Solidarités Numériques Belle de Mai",
    applicant: {
      email: "yasmina.haddad@demo.digitess.fr",
      name: "Yasmina Haddad",
      role: "Présidente",
    },
    place: {
      postcode: "13003",
      commune: "Marseille",
      departement: "13",
      region: "Provence-Alpes-Côte d'Azur",
    },
    employees: 2,
    volunteers: 30,
    axes: ["employment"],
    project: {
      situation: "Nos ateliers d'accès aux droits se gèrent sur des feuilles d'émargement.",
      needs: "Un outil de prise de rendez-vous et un suivi des personnes accompagnées.",
      goals: "Accueillir deux fois plus de personnes en recherche d'emploi.",
      beneficiaries: "Habitants du 3e arrondissement éloignés de l'emploi.",
    },
    state: "in_review",
    submittedDaysAgo: 24,
    stateDaysAgo: 19,
    assigned: true,
    diagnostic: [1, 1, 2, 1, 1, 1, 2, 1],
    note: {
      by: "antenna_manager",
      body: "Structure connue de l'antenne : très active, équipe bénévole solide. Avis favorable.",
    },
  },
  {
    organization: "Jardins Partagés du Comtat",
    applicant: { email: "lucie.roux@demo.digitess.fr", name: "Lucie Roux", role: "Coordinatrice" },
    place: {
      postcode: "84000",
      commune: "Avignon",
      departement: "84",
      region: "Provence-Alpes-Côte d'Azur",
    },
    employees: 1,
    volunteers: 45,
    axes: ["health_prevention"],
    project: {
      situation: "Les inscriptions aux ateliers nutrition se font par téléphone.",
      needs: "Un site simple et un fichier partagé des adhérents.",
      goals: "Toucher les familles des quartiers prioritaires d'Avignon.",
      beneficiaries: "Familles et personnes âgées isolées.",
    },
    state: "submitted",
    submittedDaysAgo: 2,
    stateDaysAgo: 2,
    diagnostic: [2, 1, 1, 2, 1, 2, 2, 1],
  },
  {
    organization: "Aidants Var Entraide",
    applicant: { email: "marc.giraud@demo.digitess.fr", name: "Marc Giraud", role: "Trésorier" },
    place: {
      postcode: "83000",
      commune: "Toulon",
      departement: "83",
      region: "Provence-Alpes-Côte d'Azur",
    },
    employees: 12,
    volunteers: 60,
    axes: ["caregivers"],
    project: {
      situation: "Les permanences pour les aidants sont planifiées à la main.",
      needs: "Un outil de planification des permanences et une lettre d'information.",
      goals: "Proposer un relais à 150 aidants de plus par an.",
      beneficiaries: "Aidants familiaux du Var.",
    },
    state: "information_requested",
    submittedDaysAgo: 20,
    stateDaysAgo: 9,
    assigned: true,
    diagnostic: [2, 2, 1, 1, 2, 2, 1, 2],
    informationRequest: {
      message:
        "Bonjour, pouvez-vous nous envoyer le budget prévisionnel 2027 et un second devis pour le cadrage ?",
      missingItems: ["Budget prévisionnel 2027", "Second devis pour le cadrage"],
    },
  },
  {
    organization: "Maison de l'Emploi Solidaire d'Aix",
    applicant: { email: "fatou.diallo@demo.digitess.fr", name: "Fatou Diallo", role: "Directrice" },
    place: {
      postcode: "13100",
      commune: "Aix-en-Provence",
      departement: "13",
      region: "Provence-Alpes-Côte d'Azur",
    },
    employees: 14,
    volunteers: 8,
    axes: ["employment"],
    project: {
      situation: "Le suivi des parcours d'insertion tient dans plusieurs tableurs.",
      needs: "Un outil de suivi des parcours partagé avec les partenaires.",
      goals: "Réduire le temps de saisie et mieux suivre les sorties vers l'emploi.",
      beneficiaries: "Personnes en parcours d'insertion du pays d'Aix.",
    },
    state: "ready_for_committee",
    submittedDaysAgo: 34,
    stateDaysAgo: 6,
    assigned: true,
    diagnostic: [2, 3, 2, 2, 2, 3, 2, 2],
    scores: [5, 4, 4, 4, 3],
    committeeSummary:
      "Structure d'insertion solide, besoin clair de suivi des parcours. Cadrage à 75 % recommandé ; le reste à charge est couvert par ses fonds propres.",
    note: {
      by: "instructor",
      body: "Échange téléphonique avec la directrice : le conseil d'administration a voté le reste à charge.",
    },
  },
  {
    organization: "Habitat Solidaire Croix-Rousse",
    applicant: {
      email: "julien.bernard@demo.digitess.fr",
      name: "Julien Bernard",
      role: "Président",
    },
    place: {
      postcode: "69004",
      commune: "Lyon",
      departement: "69",
      region: "Auvergne-Rhône-Alpes",
    },
    employees: 2,
    volunteers: 20,
    axes: ["housing"],
    project: {
      situation: "Les demandes de logement temporaire arrivent par courriel et par téléphone.",
      needs: "Un formulaire de demande en ligne et un suivi des hébergements.",
      goals: "Répondre sous 48 heures à chaque demande.",
      beneficiaries: "Jeunes travailleurs et familles en difficulté de logement.",
    },
    state: "in_review",
    submittedDaysAgo: 12,
    stateDaysAgo: 8,
    diagnostic: [1, 2, 1, 1, 0, 1, 2, 1],
  },
  {
    organization: "Prévention Santé Isère",
    applicant: {
      email: "elise.fontaine@demo.digitess.fr",
      name: "Élise Fontaine",
      role: "Secrétaire",
    },
    place: {
      postcode: "38000",
      commune: "Grenoble",
      departement: "38",
      region: "Auvergne-Rhône-Alpes",
    },
    employees: 0,
    volunteers: 15,
    axes: ["health_prevention"],
    legalForm: "unknown",
    project: {
      situation: "Les actions de prévention sont annoncées par affichage seulement.",
      needs: "Un site et un agenda en ligne des actions.",
      goals: "Doubler la participation aux dépistages organisés.",
      beneficiaries: "Habitants des quartiers sud de Grenoble.",
    },
    state: "submitted",
    submittedDaysAgo: 5,
    stateDaysAgo: 5,
  },
  {
    organization: "Réseau des Aidants Parisiens",
    applicant: {
      email: "thomas.petit@demo.digitess.fr",
      name: "Thomas Petit",
      role: "Délégué général",
    },
    place: { postcode: "75011", commune: "Paris", departement: "75", region: "Île-de-France" },
    employees: 25,
    volunteers: 110,
    axes: ["caregivers", "health_prevention"],
    project: {
      situation: "Chaque antenne du réseau tient son propre fichier d'aidants.",
      needs: "Une base commune et des outils collaboratifs pour les antennes.",
      goals: "Partager les ressources entre les douze antennes du réseau.",
      beneficiaries: "Aidants de proches malades ou âgés à Paris.",
    },
    state: "submitted",
    submittedDaysAgo: 17,
    stateDaysAgo: 17,
    diagnostic: [3, 2, 2, 3, 2, 2, 3, 2],
  },
  {
    organization: "Coup de Pouce Emploi 93",
    applicant: { email: "amina.traore@demo.digitess.fr", name: "Amina Traoré", role: "Présidente" },
    place: {
      postcode: "93200",
      commune: "Saint-Denis",
      departement: "93",
      region: "Île-de-France",
    },
    employees: 1,
    volunteers: 12,
    axes: ["employment"],
    project: {
      situation: "L'association vend des prestations de conseil aux entreprises.",
      needs: "Un logiciel de facturation.",
      goals: "Développer le chiffre d'affaires des prestations.",
      beneficiaries: "Entreprises clientes.",
    },
    state: "declared_ineligible",
    submittedDaysAgo: 40,
    stateDaysAgo: 31,
    diagnostic: [1, 1, 1, 1, 1, 1, 1, 1],
    ineligibleReason:
      "Le besoin décrit concerne une activité commerciale, hors du champ de l'accompagnement.",
  },
  {
    organization: "Kaz Solidarité Réunion",
    applicant: {
      email: "mickael.payet@demo.digitess.fr",
      name: "Mickaël Payet",
      role: "Président",
    },
    place: { postcode: "97400", commune: "Saint-Denis", departement: "974", region: "La Réunion" },
    employees: 2,
    volunteers: 35,
    axes: ["housing", "employment"],
    project: {
      situation: "Les dossiers d'accompagnement au logement sont sur papier.",
      needs: "Numériser les dossiers et proposer un suivi en ligne aux familles.",
      goals: "Accompagner les familles des Hauts sans déplacement.",
      beneficiaries: "Familles mal logées de La Réunion.",
    },
    state: "submitted",
    submittedDaysAgo: 21,
    stateDaysAgo: 21,
    diagnostic: [1, 1, 1, 2, 1, 1, 2, 1],
  },
  {
    organization: "Lakou Santé Martinique",
    applicant: {
      email: "celine.louisjoseph@demo.digitess.fr",
      name: "Céline Louis-Joseph",
      role: "Coordinatrice",
    },
    place: {
      postcode: "97200",
      commune: "Fort-de-France",
      departement: "972",
      region: "Martinique",
    },
    employees: 11,
    volunteers: 40,
    axes: ["health_prevention", "caregivers"],
    project: {
      situation: "Les tournées de prévention sont organisées par messagerie instantanée.",
      needs: "Un outil de planification des tournées et de suivi des personnes rencontrées.",
      goals: "Couvrir les communes du nord de l'île chaque mois.",
      beneficiaries: "Personnes âgées et aidants des communes rurales.",
    },
    state: "in_review",
    submittedDaysAgo: 15,
    stateDaysAgo: 13,
    assigned: true,
    diagnostic: [2, 2, 2, 1, 1, 2, 2, 2],
  },
];

/** The applicant's actor, their organisation and its application as they stand now. */
type Progress = {
  actor: Actor;
  organizationId: string;
  applicationId: string;
  status: string;
};

/** Seeds the demo applications that are not in their state yet. */
export async function seedApplications(
  db: Database,
  services: DemoApplicationServices,
  now: Date = new Date(),
): Promise<void> {
  if (await allSeeded(db)) return;
  await seedDemoApplications(db, services, demoApplications, now);
}

/**
 * Brings the given demo applications to their state (those above, or one defined elsewhere: the
 * application a past committee session accepted, db/seed/supports.ts).
 */
export async function seedDemoApplications(
  db: Database,
  services: DemoApplicationServices,
  demos: readonly DemoApplication[],
  now: Date = new Date(),
): Promise<void> {
  const [program] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, digitessProgramme.slug));
  const staff = await staffActors(db);
  if (!program || !staff) return;
  // One hash for every new applicant: scrypt is the slow part of creating an account.
  let passwordHash: Promise<string> | null = null;
  const hashOnce = () => {
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    return passwordHash;
  };
  for (const demo of demos) {
    await seedOne(db, services, { demo, programId: program.id, staff, now, hashOnce });
  }
}

/**
 * Whether a demo application needs nothing more: it is in its state, or people (or the committee
 * seed, which puts the ready ones on an agenda) moved it on since: it is past "submitted".
 */
function seededAs(status: string | undefined, state: DemoState): boolean {
  return status === state || (status !== undefined && status !== "draft" && status !== "submitted");
}

/** Whether every demo applicant's application is already in its state (the one-query re-run). */
async function allSeeded(db: Database): Promise<boolean> {
  const rows = await db
    .select({ email: user.email, status: applications.status })
    .from(user)
    .innerJoin(organizationMembers, eq(organizationMembers.userId, user.id))
    .innerJoin(applications, eq(applications.organizationId, organizationMembers.organizationId))
    .where(
      inArray(
        user.email,
        demoApplications.map((d) => d.applicant.email),
      ),
    );
  const status = new Map(rows.map((row) => [row.email, row.status]));
  return demoApplications.every((d) => seededAs(status.get(d.applicant.email), d.state));
}

type Staff = { instructor: Actor; antennaManager: Actor | null };

async function staffActors(db: Database): Promise<Staff | null> {
  const rows = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.email, [INSTRUCTOR_EMAIL, ANTENNA_MANAGER_EMAIL]));
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const instructor = byEmail.get(INSTRUCTOR_EMAIL);
  if (!instructor) return null;
  const manager = byEmail.get(ANTENNA_MANAGER_EMAIL);
  return {
    instructor: { ...instructor, role: "instructor" },
    antennaManager: manager ? { ...manager, role: "antenna_manager" } : null,
  };
}

async function seedOne(
  db: Database,
  services: DemoApplicationServices,
  input: {
    demo: DemoApplication;
    programId: string;
    staff: Staff;
    now: Date;
    hashOnce: () => Promise<string>;
  },
): Promise<void> {
  const { demo, now } = input;
  const submittedAt = new Date(now.getTime() - demo.submittedDaysAgo * DAY);
  let progress = await ensureDraft(db, { ...input, submittedAt });
  if (seededAs(progress.status, demo.state)) return;
  if (progress.status === "draft") {
    await attachDocuments(db, services, progress);
    await submitApplication({
      db,
      jobs: services.jobs,
      actor: progress.actor,
      applicationId: progress.applicationId,
      organizationId: progress.organizationId,
      appUrl: services.appUrl,
      now: submittedAt,
    });
    progress = { ...progress, status: "submitted" };
  }
  if (progress.status !== "submitted") {
    throw new Error(`demo application of ${demo.organization} is ${progress.status}`);
  }
  await db.transaction(async (tx) => {
    await review(tx, services, { ...input, progress, submittedAt });
  });
}

/** The applicant, their organisation (with its diagnostic) and the draft, created if missing. */
async function ensureDraft(
  db: Database,
  input: {
    demo: DemoApplication;
    programId: string;
    now: Date;
    submittedAt: Date;
    hashOnce: () => Promise<string>;
  },
): Promise<Progress> {
  const { demo } = input;
  return db.transaction(async (tx) => {
    const email = demo.applicant.email;
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
    const userId =
      existing?.id ??
      (await buildUser(tx, {
        email,
        name: demo.applicant.name,
        passwordHash: await input.hashOnce(),
      }));
    if (!existing) {
      await appendAuditEvent(tx, {
        actorId: null,
        entityType: "user",
        entityId: userId,
        action: "user.seeded",
        after: { email, role: "applicant" },
      });
    }
    const actor: Actor = { id: userId, name: demo.applicant.name, email, role: "applicant" };
    const [membership] = await tx
      .select({ organizationId: organizationMembers.organizationId })
      .from(organizationMembers)
      .where(and(eq(organizationMembers.userId, userId), eq(organizationMembers.role, "owner")));
    const organizationId =
      membership?.organizationId ?? (await createOrganization(tx, { ...input, ownerId: userId }));
    const [application] = await tx
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(eq(applications.organizationId, organizationId));
    if (application) {
      return { actor, organizationId, applicationId: application.id, status: application.status };
    }
    const applicationId = await buildDraft(tx, {
      organizationId,
      programId: input.programId,
      createdBy: userId,
      data: completeSteps({
        "1": {
          name: demo.organization,
          legalForm: demo.legalForm ?? "association",
          addressLine: "8 place de la Mairie",
          postcode: demo.place.postcode,
          commune: demo.place.commune,
          departement: demo.place.departement,
          employees: String(demo.employees),
          volunteers: String(demo.volunteers),
          contactName: demo.applicant.name,
          contactRole: demo.applicant.role,
        },
        "2": { ...demo.project, beneficiariesCount: "120", axes: [...demo.axes] },
        "5": { signatoryName: demo.applicant.name, signatoryRole: demo.applicant.role },
      }),
    });
    // The draft was started a few days before it was sent.
    const startedAt = new Date(input.submittedAt.getTime() - 4 * DAY);
    await tx
      .update(applications)
      .set({ createdAt: startedAt, updatedAt: startedAt })
      .where(eq(applications.id, applicationId));
    await tx
      .update(applicationEvents)
      .set({ occurredAt: startedAt })
      .where(eq(applicationEvents.applicationId, applicationId));
    return { actor, organizationId, applicationId, status: "draft" };
  });
}

async function createOrganization(
  tx: Executor,
  input: { demo: DemoApplication; ownerId: string; now: Date },
): Promise<string> {
  const { demo, ownerId, now } = input;
  const { organizationId } = await buildOrganization(tx, {
    name: demo.organization,
    legalFormCode: demo.legalForm === "unknown" ? "9900" : "9220",
    creationDate: "2012-03-01",
    addressLine: "8 place de la Mairie",
    postcode: demo.place.postcode,
    commune: demo.place.commune,
    departement: demo.place.departement,
    region: demo.place.region,
    employees: demo.employees,
    volunteers: demo.volunteers,
    actionAxes: [...demo.axes],
    ownerId,
  });
  await appendAuditEvent(tx, {
    actorId: null,
    entityType: "organization",
    entityId: organizationId,
    action: "organization.seeded",
    after: { name: demo.organization, owner: ownerId },
  });
  if (demo.diagnostic) {
    const bank = getQuestionBank("2026-1");
    if (!bank) throw new Error("question bank 2026-1 missing");
    const { id } = await buildDiagnostic(tx, {
      organizationId,
      createdBy: ownerId,
      employees: demo.employees,
      completedAt: new Date(now.getTime() - (demo.submittedDaysAgo + 10) * DAY),
      answers: buildDiagnosticAnswers(bank, { levels: demo.diagnostic }),
    });
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "diagnostic",
      entityId: id,
      action: "diagnostic.seeded",
      after: { organizationId },
    });
  }
  return organizationId;
}

/** The statutes and the accounts, stored as real small PDFs (once). */
async function attachDocuments(
  db: Database,
  services: DemoApplicationServices,
  progress: Progress,
): Promise<void> {
  const present = new Set((await listAttachments(db, progress.applicationId)).map((a) => a.kind));
  for (const [kind, name, title] of [
    ["statutes", "statuts.pdf", "Statuts"],
    ["accounts", "comptes-2025.pdf", "Comptes annuels 2025"],
  ] as const) {
    if (present.has(kind)) continue;
    await addAttachment({
      db,
      storage: services.storage,
      actor: progress.actor,
      applicationId: progress.applicationId,
      organizationId: progress.organizationId,
      kind,
      file: new File([samplePdf(title)], name, { type: "application/pdf" }),
    });
  }
}

/** The staff's side, in one transaction: the state machine's moves, then what they left. */
async function review(
  tx: Transaction,
  services: DemoApplicationServices,
  input: {
    demo: DemoApplication;
    staff: Staff;
    progress: Progress;
    now: Date;
    submittedAt: Date;
  },
): Promise<void> {
  const { demo, staff, progress, now, submittedAt } = input;
  const { applicationId } = progress;
  const { instructor } = staff;
  const stateAt = new Date(now.getTime() - demo.stateDaysAgo * DAY);
  for (const action of staffPath[demo.state]) {
    await applyTransition(tx, {
      applicationId,
      action,
      actor: instructor,
      reason: action === "declare_ineligible" ? (demo.ineligibleReason ?? null) : null,
    });
  }
  if (demo.informationRequest) {
    const messageId = await insertMessage(tx, {
      jobs: services.jobs,
      actor: instructor,
      applicationId,
      body: demo.informationRequest.message,
      isInformationRequest: true,
      appUrl: services.appUrl,
    });
    await tx
      .update(applicationMessages)
      .set({ createdAt: stateAt })
      .where(eq(applicationMessages.id, messageId));
    await tx.insert(informationRequests).values({
      applicationId,
      messageId,
      requestedBy: instructor.id,
      missingItems: [...demo.informationRequest.missingItems],
      requestedAt: stateAt,
    });
  }
  if (demo.scores) {
    const scoredAt = new Date(stateAt.getTime() - DAY);
    const rows = digitessProgramme.reviewCriteria.map((criterion, index) => ({
      applicationId,
      reviewerId: instructor.id,
      criterionId: criterion.id,
      score: demo.scores?.[index] ?? 3,
      comment: "",
      updatedAt: scoredAt,
    }));
    await tx.insert(applicationScores).values(rows);
    await appendAuditEvent(tx, {
      actorId: instructor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.scored",
      after: { scores: Object.fromEntries(rows.map((row) => [row.criterionId, row.score])) },
    });
  }
  if (demo.committeeSummary) {
    await tx
      .update(applications)
      .set({ committeeSummary: demo.committeeSummary })
      .where(eq(applications.id, applicationId));
  }
  if (demo.assigned) {
    await tx
      .update(applications)
      .set({ assignedTo: instructor.id })
      .where(eq(applications.id, applicationId));
    await appendAuditEvent(tx, {
      actorId: instructor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.reassigned",
      before: { assignedTo: null },
      after: { assignedTo: instructor.id, reason: "Prise en charge du dossier." },
    });
  }
  const author = demo.note?.by === "antenna_manager" ? staff.antennaManager : instructor;
  if (demo.note && author) {
    const [note] = await tx
      .insert(applicationNotes)
      .values({ applicationId, authorId: author.id, body: demo.note.body, createdAt: stateAt })
      .returning({ id: applicationNotes.id });
    await appendAuditEvent(tx, {
      actorId: author.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.note_added",
      after: { noteId: note?.id ?? null },
    });
  }
  await backdate(tx, { applicationId, submittedAt, stateAt });
}

/**
 * The staff's moves happened just now: spread their timeline between the submission and the last
 * state change, so that ages in state and waiting times read like a real queue.
 */
async function backdate(
  tx: Executor,
  input: { applicationId: string; submittedAt: Date; stateAt: Date },
): Promise<void> {
  const { applicationId, submittedAt, stateAt } = input;
  const moves = await tx
    .select({ id: applicationEvents.id })
    .from(applicationEvents)
    .where(
      and(
        eq(applicationEvents.applicationId, applicationId),
        sql`${applicationEvents.action} not in ('create', 'submit')`,
      ),
    )
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
  const span = stateAt.getTime() - submittedAt.getTime();
  for (const [index, move] of moves.entries()) {
    const at =
      index === moves.length - 1
        ? stateAt
        : new Date(submittedAt.getTime() + (span * (index + 1)) / moves.length / 2);
    await tx
      .update(applicationEvents)
      .set({ occurredAt: at })
      .where(eq(applicationEvents.id, move.id));
  }
  await tx
    .update(applications)
    .set({ statusChangedAt: stateAt, updatedAt: stateAt })
    .where(eq(applications.id, applicationId));
}
