/**
 * The administrator's form for a new question bank version: the JSON pasted in a text area or
 * chosen as a file (the file wins when both are given). One schema for its three buttons
 * (preview, back to editing, publish); what the page shows after each is `AdminBanksReply`.
 */
import { z } from "zod";
import type { Refusal } from "~/platform/commands/outcome";
import { refuse } from "~/platform/commands/outcome";
import type { QuestionBank } from "./question-bank";
import type { BankIssue } from "./question-bank/bank.schema";

/** Largest bank accepted, pasted or uploaded (the built-in one is about 20 KB). */
export const maxBankBytes = 200 * 1024;

/** The body cap of the form: the text area and the file, each up to `maxBankBytes`. */
export const bankFormMaxBytes = 2 * maxBankBytes + 16 * 1024;

/** The fields of the form (the button is its `intent`). */
export const bankFormSchema = z.object({
  json: z.string().optional(),
  file: z.instanceof(File).optional(),
});
export type BankForm = z.output<typeof bankFormSchema>;

/** What the page shows after a button: the text kept, its problems, the preview once valid. */
export interface AdminBanksReply {
  readonly json: string;
  readonly issues: readonly BankIssue[];
  readonly preview: QuestionBank | null;
}

/** Refuses a submitted bank with its problems (the text is kept for the page). */
export function refuseBank(code: string, json: string, issues: readonly BankIssue[]): never {
  const [first] = issues;
  return refuse({
    code,
    message: first?.message ?? "diagnostic.admin.error.invalid",
    field: "json",
    details: { json, issues },
  });
}

/** Refuses a version id already used, built-in or published (`version_taken`). */
export function refuseVersionTaken(version: string, json?: string): never {
  const issue: BankIssue = {
    path: "version",
    message: "diagnostic.admin.error.versionTaken",
    params: { version },
  };
  return refuse({
    code: "version_taken",
    message: issue.message,
    field: "json",
    params: { version },
    details: json === undefined ? { issues: [issue] } : { json, issues: [issue] },
  });
}

/**
 * Reads the submitted bank: the uploaded file if one was chosen, else the pasted text. Refuses
 * (`bank_too_large`) a text or file over `maxBankBytes`.
 */
export async function submittedBankText(form: BankForm): Promise<string> {
  const tooLarge: BankIssue = { path: "", message: "diagnostic.admin.error.tooLarge" };
  if (form.file && form.file.size > 0) {
    if (form.file.size > maxBankBytes) refuseBank("bank_too_large", "", [tooLarge]);
    return form.file.text();
  }
  const text = form.json ?? "";
  if (text.length > maxBankBytes) refuseBank("bank_too_large", "", [tooLarge]);
  return text;
}

/** The page's answer to a refused bank: the text kept and the problems to list. */
export function bankRefusalReply(refusal: Refusal, form: BankForm): AdminBanksReply {
  const details = refusal.details ?? {};
  const json = typeof details.json === "string" ? details.json : (form.json ?? "");
  const issues = Array.isArray(details.issues) ? (details.issues as BankIssue[]) : [];
  return { json, issues, preview: null };
}
