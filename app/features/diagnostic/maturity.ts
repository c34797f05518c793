/** Maturity levels read from the global score, lowest first. */
export const maturityLevels = ["debutant", "en_construction", "intermediaire", "avance"] as const;
export type MaturityLevel = (typeof maturityLevels)[number];

/** Reads the maturity level of a global score: 0-25, 26-50, 51-70, 71-100. */
export function maturityLevelOf(globalScore: number): MaturityLevel {
  if (globalScore <= 25) return "debutant";
  if (globalScore <= 50) return "en_construction";
  if (globalScore <= 70) return "intermediaire";
  return "avance";
}

/** Bands of a dimension score, used to choose its sentence and recommendations. */
export const scoreBands = ["priority", "progressing", "solid"] as const;
export type ScoreBand = (typeof scoreBands)[number];

/** Under this dimension score, a dimension is a priority. */
export const priorityThreshold = 40;

/** Reads the band of a dimension score: under 40 priority, 40-70 progressing, over 70 solid. */
export function scoreBandOf(score: number): ScoreBand {
  if (score < priorityThreshold) return "priority";
  if (score <= 70) return "progressing";
  return "solid";
}
