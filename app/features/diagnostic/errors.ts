/** Why a diagnostic command refused to act; routes turn these codes into pages or messages. */
export type DiagnosticCommandErrorCode =
  | "not_found"
  | "not_member"
  | "completed"
  | "not_completed"
  | "incomplete"
  | "attached_elsewhere"
  | "version_taken";

/** A refusal of a diagnostic command, with a code the caller can act on. */
export class DiagnosticCommandError extends Error {
  readonly code: DiagnosticCommandErrorCode;

  constructor(code: DiagnosticCommandErrorCode, message: string = code) {
    super(message);
    this.name = "DiagnosticCommandError";
    this.code = code;
  }
}
