// Starts an application: one draft per organisation and programme at a time, so a second click
// on "Nouvelle candidature" resumes the draft instead of creating another. A structure whose
// record definitely fails the programme's eligibility (too young, a company without the ESUS
// approval, outside the territory) is refused before it fills anything (issue 11); a criterion
// to be checked does not stop it.
import { and, eq } from "drizzle-orm";
import { todayInParis } from "~/features/eligibility";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applicationEvents, applications, organizations } from "../../../db/schema";
import type { Actor } from "./actor";
import type { DraftData } from "./draft";
import { prefillOrganizationStep, prefillProjectStep } from "./prefill";
import { loadProgramConfig } from "./queries.server";
import { startEligibility } from "./start-eligibility";

/** Creates (or finds) the organisation's draft for a programme; returns its id. */
export async function createApplicationDraft(options: {
  db: Database;
  actor: Actor;
  organizationId: string;
  programId: string;
  requestId?: string;
  /** The clock of the eligibility check (the day in Paris). */
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const { db, actor, organizationId, programId } = options;
  return db.transaction(async (tx) => {
    // Lock the organisation row so two simultaneous clicks cannot both create a draft.
    const [organization] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for("update");
    if (!organization) return notFoundError(`organization ${organizationId}`);
    const [existing] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(
          eq(applications.organizationId, organizationId),
          eq(applications.programId, programId),
          eq(applications.status, "draft"),
        ),
      );
    if (existing) return { id: existing.id, created: false };
    const program = await loadProgramConfig(tx, programId);
    if (!program) return notFoundError(`program ${programId}`);
    const eligibility = startEligibility(
      organization,
      program.eligibilityRules,
      todayInParis(options.now ?? new Date()),
    );
    if (eligibility.eligible === false) {
      return refuse({
        code: "ineligible",
        message: "applications.start.ineligible",
        details: { eligibility },
      });
    }
    const project = prefillProjectStep(organization, program.axes);
    const data: DraftData = {
      steps: {
        "1": prefillOrganizationStep(organization, actor),
        ...(project ? { "2": project } : {}),
      },
    };
    const [row] = await tx
      .insert(applications)
      .values({
        organizationId,
        programId,
        status: "draft",
        currentStep: 1,
        data,
        createdBy: actor.id,
      })
      .returning({ id: applications.id });
    if (!row) throw new Error("application not created");
    await tx.insert(applicationEvents).values({
      applicationId: row.id,
      actorId: actor.id,
      action: "create",
      fromStatus: null,
      toStatus: "draft",
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: row.id,
      action: "application.draft_created",
      after: { organizationId, programId },
      requestId: options.requestId,
    });
    return { id: row.id, created: true };
  });
}
