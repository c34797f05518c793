/**
 * Every question bank version a diagnostic can use: the built-in ones (code, reviewed data) and
 * those an administrator published later (table question_bank_versions, validated again when
 * read). New diagnostics use the most recently published version.
 */
import { desc, eq } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { questionBankVersions } from "../../../db/schema";
import {
  bankVersions,
  currentVersion,
  getQuestionBank,
  type QuestionBank,
  scoredQuestions,
} from "./question-bank";
import { parseQuestionBank } from "./question-bank/bank.schema";

export interface BankSummary {
  readonly version: string;
  readonly builtIn: boolean;
  readonly publishedAt: Date | null;
  readonly questionCount: number;
  /** True for the version new diagnostics are taken with. */
  readonly current: boolean;
}

/** Returns the question bank of a version, built-in or published; undefined if unknown. */
export async function loadQuestionBank(
  db: Executor,
  version: string,
): Promise<QuestionBank | undefined> {
  const builtIn = getQuestionBank(version);
  if (builtIn) return builtIn;
  const [row] = await db
    .select({ bank: questionBankVersions.bank })
    .from(questionBankVersions)
    .where(eq(questionBankVersions.version, version))
    .limit(1);
  if (!row) return undefined;
  const parsed = parseQuestionBank(row.bank);
  return parsed.ok && parsed.bank.version === version ? parsed.bank : undefined;
}

/** The question bank new diagnostics are taken with: the last published, else the built-in one. */
export async function loadCurrentQuestionBank(db: Executor): Promise<QuestionBank> {
  const [row] = await db
    .select({ bank: questionBankVersions.bank })
    .from(questionBankVersions)
    .orderBy(desc(questionBankVersions.publishedAt))
    .limit(1);
  if (row) {
    const parsed = parseQuestionBank(row.bank);
    if (parsed.ok) return parsed.bank;
  }
  return getQuestionBank(currentVersion);
}

/** Lists every version, built-in first then published ones, oldest first. */
export async function listQuestionBanks(db: Executor): Promise<BankSummary[]> {
  const rows = await db
    .select({
      version: questionBankVersions.version,
      bank: questionBankVersions.bank,
      publishedAt: questionBankVersions.publishedAt,
    })
    .from(questionBankVersions)
    .orderBy(questionBankVersions.publishedAt);
  const current = (await loadCurrentQuestionBank(db)).version;
  const builtIn = bankVersions.map((version) => ({
    version,
    builtIn: true,
    publishedAt: null,
    questionCount: scoredQuestions(getQuestionBank(version)).length,
    current: version === current,
  }));
  const published = rows.flatMap((row) => {
    const parsed = parseQuestionBank(row.bank);
    if (!parsed.ok) return [];
    return [
      {
        version: row.version,
        builtIn: false,
        publishedAt: row.publishedAt,
        questionCount: scoredQuestions(parsed.bank).length,
        current: row.version === current,
      },
    ];
  });
  return [...builtIn, ...published];
}
