/**
 * Demo diagnostics: Le Toit Partagé took the diagnostic a year ago and again last month, so its
 * space shows the gain; twelve fictitious associations of the same size (3 to 9 employees) took
 * it too, so the median of similar organisations shows. Skipped when the demo association is
 * absent; idempotent (nothing is added once Le Toit Partagé has a diagnostic).
 */
import { getQuestionBank } from "../../app/features/diagnostic/question-bank";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database, Executor } from "../../app/platform/db/types";
import { organizations } from "../../db/schema";
import {
  type AnswerLevel,
  buildDiagnostic,
  buildDiagnosticAnswers,
} from "../../tests/factories/diagnostics";
import { defaultOrganization } from "../../tests/factories/organizations";

const DEMO_ORGANIZATION = "Le Toit Partagé";
const DAY = 24 * 60 * 60 * 1000;

/** Fictitious associations of the demo association's size band, with their answer levels. */
const peers: ReadonlyArray<{
  name: string;
  commune: string;
  postcode: string;
  departement: string;
  employees: number;
  levels: AnswerLevel[];
}> = [
  {
    name: "Épicerie solidaire des Vignes",
    commune: "Avignon",
    postcode: "84000",
    departement: "84",
    employees: 4,
    levels: [2, 2, 1, 2, 1, 2, 3, 1],
  },
  {
    name: "Habitat et Partage 06",
    commune: "Nice",
    postcode: "06000",
    departement: "06",
    employees: 6,
    levels: [3, 3, 2, 2, 2, 3, 3, 2],
  },
  {
    name: "Les Amis de la Friche",
    commune: "Marseille",
    postcode: "13003",
    departement: "13",
    employees: 3,
    levels: [1, 2, 3, 1, 1, 2, 2, 1],
  },
  {
    name: "Aidants du Vaucluse",
    commune: "Carpentras",
    postcode: "84200",
    departement: "84",
    employees: 5,
    levels: [2, 1, 1, 1, 0, 2, 3, 2],
  },
  {
    name: "Toits Solidaires du Var",
    commune: "Toulon",
    postcode: "83000",
    departement: "83",
    employees: 8,
    levels: [3, 2, 2, 3, 2, 2, 2, 2],
  },
  {
    name: "Emploi Passerelle",
    commune: "Aix-en-Provence",
    postcode: "13100",
    departement: "13",
    employees: 9,
    levels: [2, 3, 3, 2, 3, 3, 2, 3],
  },
  {
    name: "Santé Quartiers Nord",
    commune: "Marseille",
    postcode: "13003",
    departement: "13",
    employees: 4,
    levels: [1, 1, 2, 1, 1, 1, 2, 1],
  },
  {
    name: "Le Relais des Familles",
    commune: "Arles",
    postcode: "13200",
    departement: "13",
    employees: 3,
    levels: [2, 2, 2, 2, 1, 2, 3, 2],
  },
  {
    name: "Coopérative Logis Jeunes",
    commune: "Gap",
    postcode: "05000",
    departement: "05",
    employees: 7,
    levels: [3, 3, 3, 2, 2, 3, 3, 2],
  },
  {
    name: "Accueil de Jour Saint-Charles",
    commune: "Marseille",
    postcode: "13003",
    departement: "13",
    employees: 6,
    levels: [1, 2, 1, 1, 1, 1, 2, 1],
  },
  {
    name: "Prévention Santé Alpilles",
    commune: "Salon-de-Provence",
    postcode: "13300",
    departement: "13",
    employees: 5,
    levels: [2, 2, 3, 2, 2, 2, 2, 2],
  },
  {
    name: "Insertion Durance",
    commune: "Manosque",
    postcode: "04100",
    departement: "04",
    employees: 3,
    levels: [2, 1, 2, 1, 1, 2, 2, 1],
  },
];

/** Adds a completed diagnostic and its audit event. */
async function addDiagnostic(
  tx: Executor,
  input: Parameters<typeof buildDiagnostic>[1],
): Promise<void> {
  const { id } = await buildDiagnostic(tx, input);
  await appendAuditEvent(tx, {
    actorId: null,
    entityType: "diagnostic",
    entityId: id,
    action: "diagnostic.seeded",
    after: { organizationId: input?.organizationId ?? null },
  });
}

/** Seeds the demo diagnostics unless they exist or the demo association is missing. */
export async function seedDiagnostics(db: Database, now: Date = new Date()): Promise<void> {
  const bank = getQuestionBank("2026-1");
  await db.transaction(async (tx) => {
    const demo = await tx.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.name, DEMO_ORGANIZATION),
      columns: { id: true, employees: true, createdBy: true },
    });
    if (!demo) return;
    const existing = await tx.query.diagnostics.findFirst({
      where: (d, { eq }) => eq(d.organizationId, demo.id),
      columns: { id: true },
    });
    if (existing) return;

    await addDiagnostic(tx, {
      organizationId: demo.id,
      createdBy: demo.createdBy,
      employees: demo.employees,
      completedAt: new Date(now.getTime() - 395 * DAY),
      answers: buildDiagnosticAnswers(bank, { levels: [1, 1, 2, 1, 0, 1, 2, 1], P1: 1, P2: 1 }),
    });
    await addDiagnostic(tx, {
      organizationId: demo.id,
      createdBy: demo.createdBy,
      employees: demo.employees,
      completedAt: new Date(now.getTime() - 30 * DAY),
      answers: buildDiagnosticAnswers(bank, {
        levels: [3, 2, 3, 2, 2, 2, 3, 2],
        notApplicable: ["R2"],
        P1: 2,
        P2: 1,
      }),
    });

    for (const [index, peer] of peers.entries()) {
      const [organization] = await tx
        .insert(organizations)
        .values({
          ...defaultOrganization,
          name: peer.name,
          commune: peer.commune,
          postcode: peer.postcode,
          departement: peer.departement,
          employees: peer.employees,
          actionAxes: [...defaultOrganization.actionAxes],
        })
        .returning({ id: organizations.id });
      if (!organization) throw new Error(`demo organisation ${peer.name} not inserted`);
      await addDiagnostic(tx, {
        organizationId: organization.id,
        employees: peer.employees,
        completedAt: new Date(now.getTime() - (40 + index * 17) * DAY),
        answers: buildDiagnosticAnswers(bank, { levels: peer.levels }),
      });
    }
  });
}
