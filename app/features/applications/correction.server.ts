// Correction after submission (issue 13, ADR 0008 §4): while an application is
// `correction_requested`, its open correction request names the form steps the applicant may edit;
// every other step stays as submitted. In draft every step is editable, as before.
import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { applications, correctionRequests } from "../../../db/schema";
import { editableSteps, isStepEditable } from "./correction";
import { refuseNotDraft, refuseStepLocked } from "./refusals";
import type { FormStep } from "./rules";

/** The open (not yet resubmitted) correction request of an application, or null. */
export async function findOpenCorrection(db: Executor, applicationId: string) {
  const [row] = await db
    .select({
      id: correctionRequests.id,
      message: correctionRequests.message,
      steps: correctionRequests.steps,
      fields: correctionRequests.fields,
      requestedAt: correctionRequests.requestedAt,
    })
    .from(correctionRequests)
    .where(
      and(
        eq(correctionRequests.applicationId, applicationId),
        isNull(correctionRequests.resubmittedAt),
      ),
    )
    .orderBy(desc(correctionRequests.requestedAt))
    .limit(1);
  return row ?? null;
}

export type OpenCorrection = NonNullable<Awaited<ReturnType<typeof findOpenCorrection>>>;

/** The steps of `application` its members may edit now (all in draft, the named ones in correction). */
export async function stepsEditableNow(
  db: Executor,
  application: { id: string; status: string },
): Promise<readonly FormStep[]> {
  const open =
    application.status === "correction_requested"
      ? await findOpenCorrection(db, application.id)
      : null;
  return editableSteps(application.status, open?.steps ?? null);
}

/**
 * The SQL condition, on `applications`, that `step` may be written now: a draft, or an
 * application in correction whose open request names the step. Used in the `where` of the
 * writes themselves, so a concurrent resubmission cannot be overwritten.
 */
export function stepEditableCondition(step: FormStep): SQL {
  return sql`(${applications.status} = 'draft' or (${applications.status} = 'correction_requested' and exists (select 1 from ${correctionRequests} where ${correctionRequests.applicationId} = ${applications.id} and ${correctionRequests.resubmittedAt} is null and ${step}::integer = any(${correctionRequests.steps}))))`;
}

/**
 * Throws unless `step` of the application (in `status`) may be written now: "not_draft" once
 * submitted, "step_locked" in correction when the open request does not name the step.
 */
export async function assertStepEditable(
  db: Executor,
  application: { id: string; status: string },
  step: FormStep,
): Promise<void> {
  if (application.status === "draft") return;
  if (application.status !== "correction_requested") return refuseNotDraft();
  const open = await findOpenCorrection(db, application.id);
  if (!isStepEditable(application.status, open?.steps ?? null, step)) return refuseStepLocked();
}
