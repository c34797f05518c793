// The refusals of the feature's commands (~/platform/commands/outcome): one stable code per
// reason, the catalogue key people read, and the details callers need to answer.
import { type Refusal, refuse } from "~/platform/commands/outcome";
import type { SizeProblem } from "./rules";
import type { TransitionRefusal } from "./state-machine";

/** Why a file was refused (sizes, type sniffed from its bytes, scan, no file, wrong kind). */
export type FileProblem = SizeProblem | "type" | "rejected_by_scan" | "missing" | "kind";

/** The codes the feature's commands refuse with. */
export type ApplicationRefusalCode =
  | TransitionRefusal
  | "not_draft"
  | "step_locked"
  | "not_allowed"
  | "invalid"
  | "ineligible"
  | "missing_documents"
  | "file"
  | "too_many_files";

/** Refuses a state change the state machine (or a concurrent change) does not allow. */
export function refuseTransition(code: TransitionRefusal): never {
  return refuse({ code, message: "applications.error.notAllowed" });
}

/** Refuses to change an application that is no longer a draft. */
export function refuseNotDraft(): never {
  return refuse({ code: "not_draft", message: "applications.error.notAllowed" });
}

/** Refuses to change a step that the open correction request does not name. */
export function refuseStepLocked(): never {
  return refuse({ code: "step_locked", message: "applications.correction.stepLocked" });
}

/** Refuses a file: `details.problem` says why, `details.fileName` which file. */
export function refuseFile(problem: FileProblem, fileName: string): never {
  return refuse({
    code: "file",
    message: `applications.upload.${problem}`,
    field: "file",
    params: { name: fileName },
    details: { problem, fileName },
  });
}

/** The problem and file name of a "file" refusal. */
export function fileProblemOf(refusal: Refusal): { problem: FileProblem; fileName: string } {
  const details = (refusal.details ?? {}) as { problem?: FileProblem; fileName?: string };
  return { problem: details.problem ?? "missing", fileName: details.fileName ?? "" };
}
