// Which form steps an applicant may edit (pure): every step of a draft; in correction, only the
// steps the open correction request names; nothing in any other state.
import { type FormStep, formSteps } from "./rules";

/** The editable steps of an application in `status`, given its open correction's steps. */
export function editableSteps(
  status: string,
  correctionSteps: readonly number[] | null,
): readonly FormStep[] {
  if (status === "draft") return formSteps;
  if (status !== "correction_requested" || correctionSteps === null) return [];
  return formSteps.filter((step) => correctionSteps.includes(step));
}

/** Whether `step` may be edited now. */
export function isStepEditable(
  status: string,
  correctionSteps: readonly number[] | null,
  step: FormStep,
): boolean {
  return editableSteps(status, correctionSteps).includes(step);
}
