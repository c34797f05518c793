// What the progress indicator of the application form says of each step (issue 11): the step
// shown, a step not reached yet, and for the steps reached, whether they are complete or how
// many points are still to complete there — the same points the summary lists, never "filled"
// only because the step was opened. Pure: the loaders count the points (validateApplication).
import { formSteps, STEP_COUNT, SUMMARY_STEP } from "./rules";

/** The state of one step in the progress indicator. */
export type StepState =
  | { readonly kind: "current" }
  | { readonly kind: "complete" }
  | { readonly kind: "incomplete"; readonly count: number }
  | { readonly kind: "todo" };

/** How many points to complete each form step holds (steps 1 to 5), from the draft's problems. */
export function problemCountsByStep(
  problems: readonly { readonly step: number }[],
): Record<number, number> {
  const counts: Record<number, number> = Object.fromEntries(formSteps.map((step) => [step, 0]));
  for (const problem of problems) counts[problem.step] = (counts[problem.step] ?? 0) + 1;
  return counts;
}

/**
 * The state of steps 1 to 6 for a page showing `step`, on a draft whose furthest step is
 * `reachedStep`: the current step; a step beyond the furthest (and the summary, whose own work,
 * sending, is still to do) is "todo"; any other form step is complete when it has no point to
 * complete, incomplete with their number otherwise.
 */
export function stepStates(input: {
  readonly step: number;
  readonly reachedStep: number;
  readonly problemCounts: Readonly<Record<number, number>>;
}): StepState[] {
  const furthest = Math.max(input.reachedStep, input.step);
  return Array.from({ length: STEP_COUNT }, (_, index): StepState => {
    const number = index + 1;
    if (number === input.step) return { kind: "current" };
    if (number > furthest || number === SUMMARY_STEP) return { kind: "todo" };
    const count = input.problemCounts[number] ?? 0;
    return count === 0 ? { kind: "complete" } : { kind: "incomplete", count };
  });
}
