// The committees' forms (safe for the browser): one Zod schema per form, messages as catalogue
// keys, except the decision's, which name their level and so arrive already written
// (`decisionSchemaFor` takes the page's messages, like the review grid).
import { z } from "zod";
import { parseEurosToCents } from "~/platform/format/money";
import { memberSides, QUORUM_MAX, QUORUM_MIN } from "./rules";

export const PLACE_MAX_LENGTH = 300;
export const VIDEO_URL_MAX_LENGTH = 500;
export const APPLICANT_MESSAGE_MAX_LENGTH = 3000;
export const MISSING_MAX_LENGTH = 3000;
export const AMENDMENT_REASON_MAX_LENGTH = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuid = (message: string) =>
  z
    .string({ error: message })
    .regex(UUID, message)
    .transform((id) => id.toLowerCase());

/** An optional text: blank is none. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

const quorum = (message: string) =>
  z.coerce
    .number({ error: message })
    .int(message)
    .min(QUORUM_MIN, message)
    .max(QUORUM_MAX, message);

/** A checkbox that must be ticked. */
const ticked = (message: string) =>
  z.literal("on", { error: message }).transform(() => true as const);

/** A session's date, time (Paris), place or video link and quorum: created or changed. */
const sessionFields = z.object({
  date: z
    .string({ error: "committees.session.error.dateRequired" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "committees.session.error.dateInvalid"),
  time: z
    .string({ error: "committees.session.error.timeRequired" })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "committees.session.error.timeInvalid"),
  place: optionalText(PLACE_MAX_LENGTH, "committees.session.error.placeTooLong"),
  videoUrl: z
    .string()
    .trim()
    .max(VIDEO_URL_MAX_LENGTH, "committees.session.error.videoUrlInvalid")
    .optional()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value),
      "committees.session.error.videoUrlInvalid",
    ),
  minFunderPresent: quorum("committees.session.error.quorum"),
  minOperatorPresent: quorum("committees.session.error.quorum"),
});

/** A session meets somewhere: a place, a video link, or both. */
function placeOrVideo(
  value: { place: string | null; videoUrl: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.place === null && value.videoUrl === null) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "committees.session.error.placeRequired",
    });
  }
}

/** The creation form (/comites/nouvelle): its programme, then the session's fields. */
export const sessionSchema = sessionFields
  .extend({ programId: uuid("committees.session.error.programRequired") })
  .superRefine(placeOrVideo);
export type SessionInput = z.output<typeof sessionSchema>;

/** The edit form (/comites/:sessionId/modifier): the same fields, the programme stays. */
export const sessionChangeSchema = sessionFields.superRefine(placeOrVideo);
export type SessionChangeInput = z.output<typeof sessionChangeSchema>;

export const addMemberSchema = z.object({
  userId: z
    .string({ error: "committees.members.error.userRequired" })
    .trim()
    .min(1, "committees.members.error.userRequired")
    .max(100, "committees.members.error.userRequired"),
  side: z.enum(memberSides, { error: "committees.members.error.sideRequired" }),
});

export const removeMemberSchema = z.object({
  userId: z.string({ error: "committees.members.error.userRequired" }).trim().min(1).max(100),
});

export const addItemSchema = z.object({
  applicationId: uuid("committees.agenda.error.applicationRequired"),
});

export const removeItemSchema = z.object({ itemId: uuid("committees.agenda.error.itemRequired") });

export const moveItemSchema = z.object({
  itemId: uuid("committees.agenda.error.itemRequired"),
  direction: z.enum(["up", "down"], { error: "committees.agenda.error.itemRequired" }),
});

/** No field: the intent says what to do. */
export const sessionStepSchema = z.object({});

/** The members ticked present (every other member is absent). */
export const presenceSchema = z.object({
  present: z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string().trim().min(1).max(100)).max(100),
    )
    .default([]),
});

export const conflictSchema = z.object({
  confirm: ticked("committees.conflict.error.confirm"),
});

export const closeSchema = z.object({
  confirm: ticked("committees.close.error.confirm"),
});

/** The reasons a committee refuses an application (the e-mail names it in plain French). */
export const refusalReasons = [
  "priorities",
  "need_unclear",
  "capacity",
  "budget",
  "other_scheme",
  "other",
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const decisionOutcomeValues = ["accepted", "refused", "postponed"] as const;

/** The names of a requested level's fields on the decision form. */
export const levelField = {
  granted: (kind: string) => `granted_${kind}`,
  rate: (kind: string) => `rate_${kind}`,
  cost: (kind: string) => `cost_${kind}`,
  funder: (kind: string) => `funder_${kind}`,
};

/** One requested level the form decides on, with its bounds. */
export type DecisionFormLevel = {
  kind: string;
  label: string;
  minRatePercent: number;
  maxRatePercent: number;
};

/** The messages of the decision form that name a level, written by the page's translator. */
export type DecisionMessages = {
  rateRequired(level: string): string;
  rateOutOfBounds(level: string, min: number, max: number): string;
  costRequired(level: string): string;
  funderRequired(level: string): string;
};

/** What a valid decision form gives. */
export type DecisionInput =
  | {
      outcome: "accepted";
      levels: {
        kind: string;
        granted: boolean;
        ratePercent: number | null;
        costCents: number | null;
        funderId: string | null;
      }[];
      confirmOverEnvelope: boolean;
      amendmentReason: string | null;
    }
  | {
      outcome: "refused";
      refusalReason: RefusalReason;
      applicantMessage: string;
      amendmentReason: string | null;
    }
  | { outcome: "postponed"; missing: string; amendmentReason: string | null };

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The decision form of an item: the outcome, then what it needs. Accepted: at least one level
 * granted, each with a whole rate within its bounds, a cost in euros and the funder paying it;
 * refused: a reason of the list and the message to the applicant; postponed: what is missing.
 * Fields of the other outcomes are ignored. `amendment: true` also requires the reason of the
 * correction (a closed session's decision).
 */
export function decisionSchemaFor(
  levels: readonly DecisionFormLevel[],
  funderIds: readonly string[],
  messages: DecisionMessages,
  options: { amendment?: boolean } = {},
) {
  return z.looseObject({}).transform((raw, ctx): DecisionInput => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    let amendmentReason: string | null = null;
    if (options.amendment) {
      amendmentReason = text(raw.amendmentReason);
      if (amendmentReason === "") issue("amendmentReason", "committees.amend.error.reasonRequired");
      else if (amendmentReason.length > AMENDMENT_REASON_MAX_LENGTH) {
        issue("amendmentReason", "committees.amend.error.reasonTooLong");
      }
    }
    const outcome = text(raw.outcome);
    if (outcome === "refused") {
      const reason = text(raw.refusalReason);
      const message = text(raw.applicantMessage);
      if (!(refusalReasons as readonly string[]).includes(reason)) {
        issue("refusalReason", "committees.decision.error.reasonRequired");
      }
      if (message === "") issue("applicantMessage", "committees.decision.error.messageRequired");
      else if (message.length > APPLICANT_MESSAGE_MAX_LENGTH) {
        issue("applicantMessage", "committees.decision.error.messageTooLong");
      }
      return {
        outcome,
        refusalReason: reason as RefusalReason,
        applicantMessage: message,
        amendmentReason,
      };
    }
    if (outcome === "postponed") {
      const missing = text(raw.missing);
      if (missing === "") issue("missing", "committees.decision.error.missingRequired");
      else if (missing.length > MISSING_MAX_LENGTH) {
        issue("missing", "committees.decision.error.missingTooLong");
      }
      return { outcome, missing, amendmentReason };
    }
    if (outcome !== "accepted") {
      issue("outcome", "committees.decision.error.outcomeRequired");
      return { outcome: "postponed", missing: "", amendmentReason };
    }
    const decided = levels.map((level) => {
      const granted = raw[levelField.granted(level.kind)] === "on";
      if (!granted) {
        return { kind: level.kind, granted, ratePercent: null, costCents: null, funderId: null };
      }
      const rateText = text(raw[levelField.rate(level.kind)]).replace(/\s*%$/, "");
      let ratePercent: number | null = null;
      if (rateText === "") issue(levelField.rate(level.kind), messages.rateRequired(level.label));
      else if (
        !/^\d{1,3}$/.test(rateText) ||
        Number(rateText) < level.minRatePercent ||
        Number(rateText) > level.maxRatePercent
      ) {
        issue(
          levelField.rate(level.kind),
          messages.rateOutOfBounds(level.label, level.minRatePercent, level.maxRatePercent),
        );
      } else ratePercent = Number(rateText);
      const costCents = parseEurosToCents(text(raw[levelField.cost(level.kind)]));
      if (costCents === null || costCents <= 0) {
        issue(levelField.cost(level.kind), messages.costRequired(level.label));
      }
      const funderId = text(raw[levelField.funder(level.kind)]).toLowerCase();
      if (!funderIds.includes(funderId)) {
        issue(levelField.funder(level.kind), messages.funderRequired(level.label));
      }
      return {
        kind: level.kind,
        granted,
        ratePercent,
        costCents,
        funderId: funderIds.includes(funderId) ? funderId : null,
      };
    });
    if (!decided.some((level) => level.granted)) {
      issue("outcome", "committees.decision.error.noLevelGranted");
    }
    return {
      outcome,
      levels: decided,
      confirmOverEnvelope: raw.confirmOverEnvelope === "on",
      amendmentReason,
    };
  });
}
