// The support state machine: the only place that says which change of a support's status is
// allowed, from where, by whom, and on what conditions. A support is one level granted by the
// committee (diagnostic, scoping, production) and delivered to the structure. Pure, safe for the
// browser.
//
//   planned -> in_progress -> delivered -> closed
//      \____________\_____________\______-> abandoned (with a reason)
//
// Who:
// - Starting, delivering and closing are the work of the team that delivers the support: the
//   antenna managers (the antenna and its consultants) and administrators. Being the manager of
//   this support's antenna is checked by the command (a resource scope), not here.
// - Abandoning is also open to instructors: they are the programme staff the structure talks to,
//   and are often the first to learn that it withdraws, cannot be reached or no longer has the
//   need. They never start, deliver or close: they do not deliver the support.
// - Nothing leaves "closed" or "abandoned": a support taken up again is a new support.
//
// On what conditions (checked on top of the table, `actionProblems`):
// - deliver: at least one deliverable milestone with a file (`canDeliver`);
// - close: the closing meeting milestone is done (`canClose`);
// - abandon: a reason from `abandonReasons`, with a free text when it is "other" (`checkAbandon`).
//
// Milestones are recorded in the state they belong to: the kickoff while planned or in progress,
// deliverables while in progress, the closing meeting once delivered (`milestoneRecordable`).
import type { Role } from "~/features/auth";

export const supportStates = [
  "planned",
  "in_progress",
  "delivered",
  "closed",
  "abandoned",
] as const;
export type SupportState = (typeof supportStates)[number];

export const supportActions = ["start", "deliver", "close", "abandon"] as const;
export type SupportAction = (typeof supportActions)[number];

type SupportRule = {
  readonly from: readonly SupportState[];
  readonly to: SupportState;
  readonly roles: readonly Role[];
};

const deliveryTeam = ["antenna_manager", "admin"] as const satisfies readonly Role[];
const deliveryTeamAndStaff = [
  "antenna_manager",
  "instructor",
  "admin",
] as const satisfies readonly Role[];

export const supportTransitions: { readonly [A in SupportAction]: SupportRule } = {
  start: { from: ["planned"], to: "in_progress", roles: deliveryTeam },
  deliver: { from: ["in_progress"], to: "delivered", roles: deliveryTeam },
  close: { from: ["delivered"], to: "closed", roles: deliveryTeam },
  abandon: {
    from: ["planned", "in_progress", "delivered"],
    to: "abandoned",
    roles: deliveryTeamAndStaff,
  },
};

export type SupportTransitionResult =
  | { readonly ok: true; readonly to: SupportState }
  | { readonly ok: false; readonly reason: "not_allowed_from_state" | "role_not_allowed" };

/** The status `action` leads to from `from` for `role`, or why not (the state is checked first). */
export function supportTransition(
  from: SupportState,
  action: SupportAction,
  role: Role,
): SupportTransitionResult {
  const rule = Object.hasOwn(supportTransitions, action) ? supportTransitions[action] : undefined;
  if (!rule?.from.includes(from)) return { ok: false, reason: "not_allowed_from_state" };
  if (!rule.roles.includes(role)) return { ok: false, reason: "role_not_allowed" };
  return { ok: true, to: rule.to };
}

/** The actions `role` may take on a support in `state`, in table order (conditions aside). */
export function allowedSupportActions(state: SupportState, role: Role): SupportAction[] {
  return supportActions.filter((action) => supportTransition(state, action, role).ok);
}

/** True for a known support status (a value read from the database or a URL). */
export function isSupportState(value: unknown): value is SupportState {
  return typeof value === "string" && (supportStates as readonly string[]).includes(value);
}

/** True for a known support action (a value read from a form). */
export function isSupportAction(value: unknown): value is SupportAction {
  return typeof value === "string" && (supportActions as readonly string[]).includes(value);
}

/** Nothing happens to a support any more: it is closed or abandoned. */
export function isFinalSupportState(state: SupportState): boolean {
  return state === "closed" || state === "abandoned";
}

// Milestones ----------------------------------------------------------------------------------

export const milestoneKinds = ["kickoff", "deliverable", "closing"] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

/** True for a known milestone kind. */
export function isMilestoneKind(value: unknown): value is MilestoneKind {
  return typeof value === "string" && (milestoneKinds as readonly string[]).includes(value);
}

const milestoneStates: { readonly [K in MilestoneKind]: readonly SupportState[] } = {
  kickoff: ["planned", "in_progress"],
  deliverable: ["in_progress"],
  closing: ["delivered"],
};

/** A milestone of `kind` may be recorded (added, edited, marked done) on a support in `state`. */
export function milestoneRecordable(kind: MilestoneKind, state: SupportState): boolean {
  return Object.hasOwn(milestoneStates, kind) && milestoneStates[kind].includes(state);
}

/** The milestone kinds that may be recorded on a support in `state`, in `milestoneKinds` order. */
export function recordableMilestones(state: SupportState): MilestoneKind[] {
  return milestoneKinds.filter((kind) => milestoneRecordable(kind, state));
}

/** A milestone of a support, as the rules need it. */
export interface Milestone {
  readonly kind: MilestoneKind;
  /** Recorded as having happened (the meeting held, the deliverable handed over). */
  readonly done: boolean;
  /** How many files are attached to it. */
  readonly files: number;
}

/** What the milestones of a support amount to. */
export interface MilestoneSummary {
  readonly kickoffDone: boolean;
  /** Deliverable milestones that are done and have at least one file. */
  readonly deliverables: number;
  readonly closingDone: boolean;
}

/** Sums up the milestones of one support (unknown kinds are ignored). */
export function milestoneSummary(milestones: readonly Milestone[]): MilestoneSummary {
  let kickoffDone = false;
  let deliverables = 0;
  let closingDone = false;
  for (const milestone of milestones) {
    if (!milestone.done) continue;
    if (milestone.kind === "kickoff") kickoffDone = true;
    else if (milestone.kind === "closing") closingDone = true;
    else if (milestone.kind === "deliverable" && milestone.files > 0) deliverables += 1;
  }
  return { kickoffDone, deliverables, closingDone };
}

/** A support may be delivered once at least one deliverable milestone has a file. */
export function canDeliver(input: { readonly deliverables: number }): boolean {
  return Number.isFinite(input.deliverables) && input.deliverables >= 1;
}

/** A support may be closed once the closing meeting is done. */
export function canClose(input: { readonly closingDone: boolean }): boolean {
  return input.closingDone === true;
}

// Abandoning ----------------------------------------------------------------------------------

export const abandonReasons = [
  "structure_withdrew",
  "structure_unreachable",
  "needs_changed",
  "consultant_unavailable",
  "other",
] as const;
export type AbandonReason = (typeof abandonReasons)[number];

/** Longest free text explaining an abandon, in characters as JavaScript counts them (like Zod). */
export const ABANDON_DETAILS_MAX = 2000;

/** True for a known abandon reason. */
export function isAbandonReason(value: unknown): value is AbandonReason {
  return typeof value === "string" && (abandonReasons as readonly string[]).includes(value);
}

export type AbandonProblem =
  | "supports.abandon.error.reasonRequired"
  | "supports.abandon.error.reasonUnknown"
  | "supports.abandon.error.detailsRequired"
  | "supports.abandon.error.detailsTooLong";

/**
 * What is wrong with an abandon, as message keys (empty when it may go ahead). The reason is
 * required and must be one of `abandonReasons`; the free text (trimmed) is required for "other"
 * and may be given for any reason, up to ABANDON_DETAILS_MAX characters.
 */
export function checkAbandon(input: {
  readonly reason: string | null | undefined;
  readonly details?: string | null | undefined;
}): AbandonProblem[] {
  const problems: AbandonProblem[] = [];
  const reason = input.reason?.trim() ?? "";
  const details = input.details?.trim() ?? "";
  if (reason === "") problems.push("supports.abandon.error.reasonRequired");
  else if (!isAbandonReason(reason)) problems.push("supports.abandon.error.reasonUnknown");
  if (reason === "other" && details === "") problems.push("supports.abandon.error.detailsRequired");
  if (details.length > ABANDON_DETAILS_MAX) problems.push("supports.abandon.error.detailsTooLong");
  return problems;
}

export type SupportActionProblem =
  | "supports.deliver.error.deliverableRequired"
  | "supports.close.error.closingRequired"
  | AbandonProblem;

/**
 * The conditions of `action` that are not met, as message keys (empty when none). The state and
 * the role are `supportTransition`'s concern; a command checks both.
 */
export function actionProblems(
  action: SupportAction,
  context: {
    readonly milestones: readonly Milestone[];
    readonly reason?: string | null;
    readonly details?: string | null;
  },
): SupportActionProblem[] {
  const summary = milestoneSummary(context.milestones);
  switch (action) {
    case "start":
      return [];
    case "deliver":
      return canDeliver(summary) ? [] : ["supports.deliver.error.deliverableRequired"];
    case "close":
      return canClose(summary) ? [] : ["supports.close.error.closingRequired"];
    case "abandon":
      return checkAbandon({ reason: context.reason, details: context.details });
  }
}

// Progress ------------------------------------------------------------------------------------

/** The steps the structure sees, in order: step 1 is "planned", step 4 "closed". */
export const progressSteps = ["planned", "started", "delivered", "closed"] as const;
export type ProgressStep = (typeof progressSteps)[number];

export type SupportProgress =
  | {
      readonly kind: "steps";
      /** 1 to 4, the index (1-based) in `progressSteps`. */
      readonly step: 1 | 2 | 3 | 4;
      readonly of: 4;
      readonly label: ProgressStep;
      /** 0 to 100, never lower at a later step. */
      readonly percent: number;
    }
  /** An abandoned support shows no progress, only that it stopped. */
  | { readonly kind: "abandoned" };

/**
 * The progress the structure sees. Each step has a band of percent and the milestones done move it
 * inside its band, so a later step always shows more:
 * - planned: 0, 10 once the kickoff meeting is done;
 * - started (in progress): 25, +15 once the kickoff is done, +20 once a deliverable has a file;
 * - delivered: 75, 90 once the closing meeting is done;
 * - closed: 100.
 */
export function progressOf(state: SupportState, milestones: readonly Milestone[]): SupportProgress {
  const summary = milestoneSummary(milestones);
  switch (state) {
    case "planned":
      return steps(1, summary.kickoffDone ? 10 : 0);
    case "in_progress":
      return steps(2, 25 + (summary.kickoffDone ? 15 : 0) + (canDeliver(summary) ? 20 : 0));
    case "delivered":
      return steps(3, summary.closingDone ? 90 : 75);
    case "closed":
      return steps(4, 100);
    case "abandoned":
      return { kind: "abandoned" };
  }
}

function steps(step: 1 | 2 | 3 | 4, percent: number): SupportProgress {
  return { kind: "steps", step, of: 4, label: progressSteps[step - 1] as ProgressStep, percent };
}
