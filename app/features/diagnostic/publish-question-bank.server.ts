import { eq } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { questionBankVersions } from "../../../db/schema";
import { refuseVersionTaken } from "./bank.form";
import { getQuestionBank, type QuestionBank, scoredQuestions } from "./question-bank";

export interface PublishQuestionBankOptions {
  readonly db: Database;
  /** A bank already validated by `parseQuestionBank`. */
  readonly bank: QuestionBank;
  /** The administrator publishing it. */
  readonly userId: string;
  readonly requestId?: string | null;
}

/**
 * Publishes a new version of the question bank: from now on new diagnostics use it; diagnostics
 * already taken keep theirs. A version id is never reused (built-in or published): refused with
 * `version_taken`, its issue in `details.issues`.
 */
export async function publishQuestionBank(options: PublishQuestionBankOptions): Promise<void> {
  const { db, bank, userId } = options;
  if (getQuestionBank(bank.version)) refuseVersionTaken(bank.version);
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ version: questionBankVersions.version })
      .from(questionBankVersions)
      .where(eq(questionBankVersions.version, bank.version));
    if (existing) refuseVersionTaken(bank.version);
    const inserted = await tx
      .insert(questionBankVersions)
      .values({ version: bank.version, bank, publishedBy: userId })
      .onConflictDoNothing()
      .returning({ version: questionBankVersions.version });
    if (inserted.length === 0) refuseVersionTaken(bank.version);
    await appendAuditEvent(tx, {
      actorId: userId,
      entityType: "question_bank_version",
      entityId: bank.version,
      action: "question_bank_version.published",
      after: {
        version: bank.version,
        dimensions: bank.dimensions.length,
        questions: scoredQuestions(bank).length,
      },
      requestId: options.requestId ?? null,
    });
  });
}
