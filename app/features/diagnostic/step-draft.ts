/**
 * Answers ticked on a step but not sent yet, kept in the browser tab (sessionStorage) so that a
 * reload does not lose them. Pure rules: what is stored, when a stored draft still applies, and
 * what it changes. The page (ui/step-draft.ts) does the storage and the radio buttons.
 *
 * A draft remembers the step's answers as the server had them when the page was shown (`base`).
 * It is put back only while the server still has exactly those: once the step is sent (from this
 * tab or another one), the server's answers are newer than the draft and the draft is dropped.
 */
import { z } from "zod";

/** The selected value of each question of a step ("0".."4", "na"), by question id. */
export type StepValues = Readonly<Record<string, string>>;

export interface StepDraft {
  /** The step's answers on the server when the draft began. */
  readonly base: StepValues;
  /** The answers ticked in the page, sent or not. */
  readonly answers: StepValues;
}

/** The sessionStorage key of the draft of one step of one diagnostic. */
export function stepDraftStorageKey(diagnosticId: string, step: number): string {
  return `digitess:diagnostic-draft:${diagnosticId}:${step}`;
}

const valuesSchema = z.record(z.string(), z.string());
const draftSchema = z.object({ base: valuesSchema, answers: valuesSchema });

/** Reads a stored draft; null when there is none or when it is not a draft (never trusted). */
export function parseStepDraft(stored: string | null): StepDraft | null {
  if (stored === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = draftSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The text stored for a draft. */
export function serializeStepDraft(draft: StepDraft): string {
  return JSON.stringify({ base: draft.base, answers: draft.answers });
}

/** True when both hold the same answer for every question (order of keys aside). */
export function sameStepValues(a: StepValues, b: StepValues): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** What to do with the stored draft of a step when its page is shown with `server` answers. */
export type DraftDecision =
  /** Nothing stored, or the draft changes nothing: the page shows the server's answers. */
  | { readonly kind: "none" }
  /** The step was sent since the draft began (or the draft is unreadable): forget it. */
  | { readonly kind: "discard" }
  /** Tick these answers again (only questions of the step, valid values). */
  | { readonly kind: "restore"; readonly answers: StepValues };

/**
 * Decides whether a stored draft is put back on the page. `allowed` gives, for each question of
 * the step, the values it accepts: answers to other questions or with other values are left out
 * (a draft is data from the browser, like a form post).
 */
export function decideStepDraft(
  stored: string | null,
  server: StepValues,
  allowed: Readonly<Record<string, readonly string[]>>,
): DraftDecision {
  if (stored === null) return { kind: "none" };
  const draft = parseStepDraft(stored);
  if (!draft || !sameStepValues(draft.base, server)) return { kind: "discard" };
  const answers: Record<string, string> = {};
  for (const [question, value] of Object.entries(draft.answers)) {
    if (Object.hasOwn(allowed, question) && allowed[question]?.includes(value)) {
      answers[question] = value;
    }
  }
  if (sameStepValues({ ...server, ...answers }, server)) return { kind: "none" };
  return { kind: "restore", answers };
}
