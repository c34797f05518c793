import { questionBank2026_1 } from "./2026-1";
import type { Question, QuestionBank } from "./types";

export * from "./types";

/** Every published version of the question bank, by version id. */
const banks = {
  "2026-1": questionBank2026_1,
} as const satisfies Record<string, QuestionBank>;

export type BankVersion = keyof typeof banks;

/** The published version ids, oldest first. */
export const bankVersions = Object.keys(banks) as BankVersion[];

/** The version new diagnostics are taken with. */
export const currentVersion: BankVersion = "2026-1";

/** Tells whether a string is the id of a published question bank version. */
export function isBankVersion(version: string): version is BankVersion {
  return Object.hasOwn(banks, version);
}

/** Returns the question bank of a version (undefined for an unknown version string). */
export function getQuestionBank(version: BankVersion): QuestionBank;
export function getQuestionBank(version: string): QuestionBank | undefined;
export function getQuestionBank(version: string): QuestionBank | undefined {
  return isBankVersion(version) ? banks[version] : undefined;
}

/** Lists the scored questions of a bank, in display order (dimension by dimension). */
export function scoredQuestions(bank: QuestionBank): readonly Question[] {
  return bank.dimensions.flatMap((dimension) => dimension.questions);
}
