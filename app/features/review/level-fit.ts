// Level fit (issue 13, "Diagnostic beside the request"): compares the support levels an
// application requests with the level its organisation's latest diagnostic recommends, and says
// plainly when they do not match. Pure: the file page shows the verdict next to the diagnostic.
import type { LevelKind } from "~/features/applications";

/** The levels from the lightest to the most advanced: a diagnostic, then scoping, then production. */
const order: Readonly<Record<LevelKind, number>> = { diagnostic: 0, scoping: 1, production: 2 };

export type LevelFit =
  /** No completed diagnostic: nothing to compare with. */
  | { kind: "no_diagnostic" }
  /** No level requested (cannot happen once submitted; said rather than guessed). */
  | { kind: "no_levels"; recommended: LevelKind }
  /** The most advanced level requested is the one the diagnostic recommends. */
  | { kind: "match"; recommended: LevelKind }
  /** A more advanced level than recommended is requested (production while a diagnostic first). */
  | { kind: "ahead"; requested: LevelKind; recommended: LevelKind }
  /** Only lighter levels than recommended are requested. */
  | { kind: "behind"; requested: LevelKind; recommended: LevelKind };

/** The most advanced of `levels`, or null when there is none. */
export function mostAdvancedLevel(levels: readonly LevelKind[]): LevelKind | null {
  let best: LevelKind | null = null;
  for (const level of levels) {
    if (best === null || order[level] > order[best]) best = level;
  }
  return best;
}

/** The verdict of `requested` levels against the `recommended` one (null: no diagnostic). */
export function levelFit(requested: readonly LevelKind[], recommended: LevelKind | null): LevelFit {
  if (recommended === null) return { kind: "no_diagnostic" };
  const highest = mostAdvancedLevel(requested);
  if (highest === null) return { kind: "no_levels", recommended };
  if (order[highest] > order[recommended])
    return { kind: "ahead", requested: highest, recommended };
  if (order[highest] < order[recommended]) {
    return { kind: "behind", requested: highest, recommended };
  }
  return { kind: "match", recommended };
}

/** Tells whether the verdict is a mismatch the file flags. */
export function isMismatch(fit: LevelFit): boolean {
  return fit.kind === "ahead" || fit.kind === "behind";
}
