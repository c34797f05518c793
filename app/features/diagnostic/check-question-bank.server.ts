import type { Executor } from "~/platform/db/types";
import { refuseBank, refuseVersionTaken } from "./bank.form";
import type { QuestionBank } from "./question-bank";
import { parseQuestionBankJson } from "./question-bank/bank.schema";
import { loadQuestionBank } from "./question-banks.server";

export interface CheckQuestionBankOptions {
  readonly db: Executor;
  /** The JSON text submitted by the administrator. */
  readonly json: string;
}

/**
 * Reads a submitted question bank before it is previewed or published: refused when it is not
 * a valid bank (`bank_invalid`, its problems in `details.issues`) or when its version id is
 * already used (`version_taken`).
 */
export async function checkQuestionBank(options: CheckQuestionBankOptions): Promise<QuestionBank> {
  const { db, json } = options;
  const parsed = parseQuestionBankJson(json);
  if (!parsed.ok) refuseBank("bank_invalid", json, parsed.issues);
  if (await loadQuestionBank(db, parsed.bank.version)) {
    refuseVersionTaken(parsed.bank.version, json);
  }
  return parsed.bank;
}
