// The next level's application (issue 15): once a support closes, the structure is invited to
// apply for the next level with a new application prefilled from the previous one. Pure: what of
// the previous draft still holds is copied into the new draft, the rest is asked again.
//
// Copied: the project step (situation, needs, goals, beneficiaries, people helped per year, the
// axes the new programme still has) and the signatory's role. Never copied: step 1 (it starts from
// the organisation's record, as for any new application), the levels' cost, rate and quotes (the
// structure gives its quotes again), the documents (rows of their own, never read here), the
// signatory's name, the sworn statement and the consent (a new signature for a new application).
import { OTHER_AXIS } from "~/features/eligibility";
import type { RawValues } from "./application.schema";
import { type DraftData, stepValues } from "./draft";
import type { ProgramFormConfig } from "./program-config";
import { type LevelKind, levelKinds } from "./rules";

/** The project step's fields that still hold for the next level. */
export const followUpProjectFields = [
  "situation",
  "needs",
  "goals",
  "beneficiaries",
  "beneficiariesCount",
] as const;

/**
 * The level after the highest one closed ("diagnostic" → "scoping" → "production"), or null when
 * none closed or the last level did.
 */
export function levelAfter(closed: readonly string[]): LevelKind | null {
  let highest = -1;
  for (const [index, kind] of levelKinds.entries()) {
    if (closed.includes(kind)) highest = index;
  }
  return highest < 0 ? null : (levelKinds[highest + 1] ?? null);
}

/**
 * The new draft's raw values: `base` (the usual prefill from the organisation's record) with what
 * still holds from `previous`, and the next level ticked when the programme offers it.
 */
export function followUpDraftData(options: {
  base: DraftData;
  previous: DraftData;
  nextLevel: LevelKind | null;
  program: Pick<ProgramFormConfig, "axes" | "levels">;
}): DraftData {
  const { base, previous, nextLevel, program } = options;
  const steps: DraftData["steps"] = { ...base.steps };

  const before = stepValues(previous, 2);
  const project: RawValues = { ...stepValues(base, 2) };
  for (const field of followUpProjectFields) {
    const value = before[field];
    if (typeof value === "string" && value.trim() !== "") project[field] = value;
  }
  const codes = new Set([...program.axes.map((axis) => axis.code), OTHER_AXIS]);
  const axes = (Array.isArray(before.axes) ? before.axes : before.axes ? [before.axes] : []).filter(
    (code) => codes.has(code),
  );
  if (axes.length > 0) project.axes = axes;
  if (Object.keys(project).length > 0) steps["2"] = project;

  if (nextLevel && program.levels.some((level) => level.kind === nextLevel)) {
    steps["3"] = { levels: [nextLevel] };
  }

  const role = stepValues(previous, 5).signatoryRole;
  if (typeof role === "string" && role.trim() !== "") steps["5"] = { signatoryRole: role };

  return { steps };
}
