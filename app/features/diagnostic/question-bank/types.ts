/** Stable ids of the dimensions, shared by every version of the question bank. */
export const dimensionIds = [
  "strategy",
  "equipment",
  "online_presence",
  "data",
  "security",
  "skills",
  "beneficiaries",
  "responsible",
] as const;

export type DimensionId = (typeof dimensionIds)[number];

/** A maturity level given as an answer to a scored question. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** The stored value of a "Non concerné" answer. */
export const notApplicable = "na";
export type NotApplicable = typeof notApplicable;

/** An answer to one of the next-step questions P1 and P2. */
export type NextStepChoice = 0 | 1 | 2;

/** Ids of the two questions that choose the recommended next step (outside the score). */
export const nextStepQuestionIds = ["P1", "P2"] as const;
export type NextStepQuestionId = (typeof nextStepQuestionIds)[number];

/** The five answer labels of a scored question, indexed by level 0 to 4. */
export type LevelLabels = readonly [string, string, string, string, string];

/** The three answer labels of a next-step question, indexed by choice 0 to 2. */
export type NextStepLabels = readonly [string, string, string];

export interface Question {
  readonly id: string;
  readonly text: string;
  readonly labels: LevelLabels;
  readonly allowsNotApplicable: boolean;
}

export interface Dimension {
  readonly id: DimensionId;
  readonly title: string;
  readonly questions: readonly Question[];
}

export interface NextStepQuestion {
  readonly id: NextStepQuestionId;
  readonly text: string;
  readonly labels: NextStepLabels;
}

export interface QuestionBank {
  readonly version: string;
  /** Label shown for the "not applicable" answer where a question allows it. */
  readonly notApplicableLabel: string;
  readonly dimensions: readonly Dimension[];
  readonly nextStepQuestions: readonly [NextStepQuestion, NextStepQuestion];
}

/** An answer as stored and sent by the API: a level, "na" where allowed, or a next-step choice. */
export type Answer = Level | NotApplicable;

/** Validated answers keyed by question id (S1 ... R4, P1, P2). */
export type DiagnosticAnswers = Readonly<Record<string, Answer>>;
