/**
 * Builders for the review back office (issue 13): a submitted application that went through the
 * real commands (documents stored, submission numbered and routed to its antenna, then moved by
 * the state machine to the state asked for), and antenna managers of a Digit'ESS antenna.
 */
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../app/features/applications/actor";
import { addAttachment } from "../../app/features/applications/add-attachment.server";
import type { ApplicationState } from "../../app/features/applications/state-machine";
import { submitApplication } from "../../app/features/applications/submit-application.server";
import { applyTransition } from "../../app/features/applications/transition-application.server";
import type { Database } from "../../app/platform/db/types";
import type { JobQueue } from "../../app/platform/jobs/queue.server";
import type { FileStorage } from "../../app/platform/storage/storage";
import { antennas, applications, organizations, staffScopes } from "../../db/schema";
import {
  buildApplicant,
  buildDraft,
  buildStaff,
  completeSteps,
  digitessProgramId,
  samplePdf,
} from "./applications";

export type ReviewServices = {
  db: Database;
  jobs: JobQueue;
  storage: FileStorage;
  env: { APP_URL: string };
};

/** The staff actions that lead from "submitted" to each review state (applicant's in between). */
const pathFromSubmitted: Partial<Record<ApplicationState, readonly string[]>> = {
  submitted: [],
  in_review: ["start_review"],
  information_requested: ["start_review", "request_information"],
  correction_requested: ["start_review", "request_correction"],
  ready_for_committee: ["start_review", "mark_ready"],
  declared_ineligible: ["start_review", "declare_ineligible"],
};

export type SubmittedApplication = {
  applicationId: string;
  number: string;
  organizationId: string;
  applicant: Actor;
  email: string;
};

/**
 * An organisation with a submitted application (statutes and accounts attached), optionally
 * moved on to `status`. `departement` places the organisation (and step 1) elsewhere than
 * Marseille, e.g. "974" for La Réunion.
 */
export async function buildSubmittedApplication(
  services: ReviewServices,
  input: {
    organizationName?: string;
    departement?: string;
    postcode?: string;
    status?: ApplicationState;
    steps?: Parameters<typeof completeSteps>[0];
  } = {},
): Promise<SubmittedApplication> {
  const { db } = services;
  const applicant = await buildApplicant(db, {
    organizationName: input.organizationName ?? "Le Toit Partagé",
  });
  const departement = input.departement ?? "13";
  const postcode =
    input.postcode ??
    (departement.length === 3 ? `${departement}00` : `${departement.padStart(2, "0")}000`);
  // The organisation factory places every organisation in Marseille.
  await db
    .update(organizations)
    .set({ departement, postcode })
    .where(eq(organizations.id, applicant.organizationId));
  const programId = await digitessProgramId(db);
  const steps = input.steps ?? {};
  const applicationId = await buildDraft(db, {
    organizationId: applicant.organizationId,
    programId,
    createdBy: applicant.actor.id,
    data: completeSteps({
      ...steps,
      "1": {
        departement,
        postcode,
        ...(input.organizationName ? { name: input.organizationName } : {}),
        ...steps["1"],
      },
    }),
  });
  for (const [kind, name] of [
    ["statutes", "statuts.pdf"],
    ["accounts", "comptes-2025.pdf"],
  ] as const) {
    await addAttachment({
      db,
      storage: services.storage,
      actor: applicant.actor,
      applicationId,
      organizationId: applicant.organizationId,
      kind,
      file: new File([samplePdf(name)], name),
    });
  }
  const { number } = await submitApplication({
    db,
    jobs: services.jobs,
    actor: applicant.actor,
    applicationId,
    organizationId: applicant.organizationId,
    appUrl: services.env.APP_URL,
  });
  const path = pathFromSubmitted[input.status ?? "submitted"];
  if (!path) throw new Error(`buildSubmittedApplication: no path to ${input.status}`);
  if (path.length > 0) {
    const staff = await buildStaff(db, "instructor");
    await db.transaction(async (tx) => {
      for (const action of path) {
        await applyTransition(tx, {
          applicationId,
          action: action as never,
          actor: staff,
          reason: action === "declare_ineligible" ? "Structure hors du champ du programme." : null,
        });
      }
    });
  }
  return {
    applicationId,
    number,
    organizationId: applicant.organizationId,
    applicant: applicant.actor,
    email: applicant.email,
  };
}

/** The Digit'ESS antenna of `city` (e.g. "Marseille", "Saint-Denis (La Réunion)"). */
export async function digitessAntennaId(db: Database, city: string): Promise<string> {
  const programId = await digitessProgramId(db);
  const [antenna] = await db
    .select({ id: antennas.id })
    .from(antennas)
    .where(and(eq(antennas.programId, programId), eq(antennas.city, city)));
  if (!antenna) throw new Error(`no Digit'ESS antenna in ${city}`);
  return antenna.id;
}

/** An antenna manager who runs the Digit'ESS antenna of `city`. */
export async function buildAntennaManager(db: Database, city = "Marseille"): Promise<Actor> {
  const actor = await buildStaff(db, "antenna_manager");
  await db
    .insert(staffScopes)
    .values({ userId: actor.id, antennaId: await digitessAntennaId(db, city) });
  return actor;
}

/** The antenna an application was routed to (null when none covers it). */
export async function antennaOf(db: Database, applicationId: string): Promise<string | null> {
  const [row] = await db
    .select({ antennaId: applications.antennaId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.antennaId ?? null;
}
