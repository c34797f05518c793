// Saves the raw values of one step of a draft (on "Continuer", "Enregistrer" and the browser's
// autosave). Only this step's key of the stored data is replaced, in one UPDATE, so an autosave of
// one step never overwrites another step saved at the same moment. Refused ("not_draft") once the
// application is submitted, except in correction (issue 13): then only the steps the open
// correction request names are written, any other is refused ("step_locked") and nothing stored.
import { and, eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { applications } from "../../../db/schema";
import type { Actor } from "./actor";
import type { RawValues } from "./application.schema";
import { stepEditableCondition } from "./correction.server";
import { refuseNotDraft, refuseStepLocked } from "./refusals";
import type { FormStep } from "./rules";

/** Replaces one step's values of a draft (or a step under correction) of `organizationId`. */
export async function saveDraftStep(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  step: FormStep;
  values: RawValues;
  /** The step the applicant reaches (remembered to resume there); never moves backwards. */
  reachedStep?: number;
  /** "autosave" while typing, "save" on a button. */
  trigger: "autosave" | "save";
  requestId?: string;
}): Promise<{ updatedAt: Date }> {
  const { db, actor, applicationId, organizationId, step, values } = options;
  return db.transaction(async (tx) => {
    const stepData = step === 4 ? null : JSON.stringify({ [String(step)]: values });
    const [row] = await tx
      .update(applications)
      .set({
        ...(stepData === null
          ? {}
          : {
              data: sql`jsonb_set(${applications.data}, '{steps}', coalesce(${applications.data} -> 'steps', '{}'::jsonb) || ${stepData}::jsonb, true)`,
            }),
        currentStep: sql`greatest(${applications.currentStep}, ${options.reachedStep ?? step})`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(applications.id, applicationId),
          eq(applications.organizationId, organizationId),
          stepEditableCondition(step),
        ),
      )
      .returning({ updatedAt: applications.updatedAt });
    if (!row) {
      const [current] = await tx
        .select({ status: applications.status })
        .from(applications)
        .where(
          and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)),
        );
      return current?.status === "correction_requested" ? refuseStepLocked() : refuseNotDraft();
    }
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action:
        options.trigger === "autosave"
          ? "application.draft_step_autosaved"
          : "application.draft_step_saved",
      after: { step, fields: Object.keys(values).length },
      requestId: options.requestId,
    });
    return { updatedAt: row.updatedAt };
  });
}
