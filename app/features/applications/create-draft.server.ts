// Starts an application: one draft per organisation and programme at a time, so a second click
// on "Nouvelle candidature" resumes the draft instead of creating another.
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applicationEvents, applications, organizations } from "../../../db/schema";
import type { Actor } from "./actor";
import type { DraftData } from "./draft";
import { prefillOrganizationStep } from "./prefill";

/** Creates (or finds) the organisation's draft for a programme; returns its id. */
export async function createApplicationDraft(options: {
  db: Database;
  actor: Actor;
  organizationId: string;
  programId: string;
  requestId?: string;
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
    const data: DraftData = {
      steps: { "1": prefillOrganizationStep(organization, actor) },
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
