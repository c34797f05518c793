/**
 * One Zod schema per admin form, shared by the form (Conform, in the browser) and its action.
 * Messages are catalogue keys ("programs.error.*"); checks that need the database (a département
 * already in another antenna) are made by the commands.
 */
import { z } from "zod";
import { axisCodePattern, OTHER_AXIS, parseDateInput } from "~/features/eligibility";
import { supportLevelIds } from "~/features/funding";
import { parseEurosToCents } from "~/platform/format/money";
import { parseDepartementList } from "~/platform/geo";
import { rateBoundsProblems } from "./rules";
import { committeeCadences, programmeStatuses, rediagnosticMonthsBounds } from "./types";

const text = (max: number, required: string, tooLong = "programs.error.tooLong") =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

const optionalText = (max: number) =>
  z.string().trim().max(max, "programs.error.tooLong").optional().default("");

const wholeNumber = (min: number, max: number, key: string) =>
  z.number({ error: key }).int(key).min(min, key).max(max, key);

const optionalDate = (key: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return null;
      const iso = parseDateInput(value);
      if (iso === null) ctx.addIssue({ code: "custom", message: key });
      return iso;
    });

const optionalEuros = (key: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return null;
      const cents = parseEurosToCents(value);
      if (cents === null) ctx.addIssue({ code: "custom", message: key });
      return cents;
    });

const requiredEuros = (required: string, invalid: string) =>
  z.string({ error: required }).transform((value, ctx) => {
    const cents = parseEurosToCents(value);
    if (cents === null) ctx.addIssue({ code: "custom", message: invalid });
    return cents ?? 0;
  });

const departementList = (required: string) =>
  z.string({ error: required }).transform((value, ctx) => {
    const { codes, invalid } = parseDepartementList(value);
    if (invalid.length > 0)
      ctx.addIssue({ code: "custom", message: "programs.error.departements" });
    else if (codes.length === 0) ctx.addIssue({ code: "custom", message: required });
    return codes;
  });

const id = z.uuid({ error: "programs.error.missingId" });

/** A programme slug typed by an administrator. */
export const slugSchema = z
  .string({ error: "programs.error.slugRequired" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "programs.error.slug");

/** Creates a programme: a name and its address (slug). */
export const createProgrammeSchema = z.object({
  intent: z.literal("create"),
  name: text(120, "programs.error.nameRequired"),
  slug: slugSchema,
});

/** General information: name, description, status, dates, target. */
export const programmeInfoSchema = z
  .object({
    intent: z.literal("info"),
    name: text(120, "programs.error.nameRequired"),
    description: optionalText(4000),
    status: z.enum(programmeStatuses, { error: "programs.error.status" }),
    startsOn: optionalDate("programs.error.date"),
    endsOn: optionalDate("programs.error.date"),
    targetSupportedCount: wholeNumber(0, 1_000_000, "programs.error.target").optional(),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
    message: "programs.error.endsBeforeStart",
    path: ["endsOn"],
  });

/** A support level: labels, funding-rate bounds (0-100, min <= max), optional ceiling. */
export const supportLevelSchema = z
  .object({
    intent: z.literal("level"),
    kind: z.enum(supportLevelIds, { error: "programs.error.levelKind" }),
    label: text(120, "programs.error.labelRequired"),
    description: optionalText(2000),
    minRatePercent: wholeNumber(0, 100, "programs.error.rate"),
    maxRatePercent: wholeNumber(0, 100, "programs.error.rate"),
    costCeiling: optionalEuros("programs.error.amount"),
  })
  .superRefine((v, ctx) => {
    if (rateBoundsProblems(v.minRatePercent, v.maxRatePercent).includes("minAboveMax")) {
      ctx.addIssue({
        code: "custom",
        message: "programs.error.minAboveMax",
        path: ["maxRatePercent"],
      });
    }
  });

/** Removes a support level. */
export const removeLevelSchema = z.object({
  intent: z.literal("removeLevel"),
  kind: z.enum(supportLevelIds, { error: "programs.error.levelKind" }),
});

/** Adds a priority axis: a code (never "other", reserved) and a label. */
export const addAxisSchema = z.object({
  intent: z.literal("addAxis"),
  code: z
    .string({ error: "programs.error.axisCodeRequired" })
    .trim()
    .regex(axisCodePattern, "programs.error.axisCode")
    .refine((code) => code !== OTHER_AXIS, "programs.error.axisCodeReserved"),
  label: text(160, "programs.error.labelRequired"),
});

/** Renames a priority axis (its code never changes: answers and applications refer to it). */
export const editAxisSchema = z.object({
  intent: z.literal("editAxis"),
  axisId: id,
  label: text(160, "programs.error.labelRequired"),
});

/** Removes a priority axis. */
export const removeAxisSchema = z.object({ intent: z.literal("removeAxis"), axisId: id });

/** Eligibility rules: accepted legal forms, ESUS, minimum age, territory. */
export const eligibilityRulesSchema = z.object({
  intent: z.literal("eligibility"),
  acceptedLegalForms: z.array(z.string().regex(/^\d{4}$/, "programs.error.legalForms")).optional(),
  otherLegalForms: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const pieces = (value ?? "").split(/[\s,;]+/).filter(Boolean);
      if (pieces.some((piece) => !/^\d{4}$/.test(piece))) {
        ctx.addIssue({ code: "custom", message: "programs.error.legalForms" });
      }
      return pieces;
    }),
  esusAccepted: z.boolean().optional().default(false),
  minimumAgeYears: wholeNumber(0, 100, "programs.error.minimumAge"),
  departements: departementList("programs.error.territoryRequired"),
});

/** An antenna: name, city, départements (each in one antenna only), contact. */
export const antennaSchema = z.object({
  intent: z.literal("antenna"),
  antennaId: id.optional(),
  name: text(120, "programs.error.nameRequired"),
  city: text(80, "programs.error.cityRequired"),
  departements: departementList("programs.error.antennaDepartementsRequired"),
  contactEmail: z.email("programs.error.email").max(200, "programs.error.tooLong").optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[+0-9][0-9 ().-]{5,24}$/, "programs.error.phone")
    .optional(),
});

/** Removes an antenna. */
export const removeAntennaSchema = z.object({ intent: z.literal("removeAntenna"), antennaId: id });

/** Adds a funder's envelope (the funder is created when its name is new). */
export const addEnvelopeSchema = z.object({
  intent: z.literal("addEnvelope"),
  funderName: text(120, "programs.error.funderRequired"),
  amount: requiredEuros("programs.error.amountRequired", "programs.error.amount"),
});

/** Changes an envelope's amount. */
export const editEnvelopeSchema = z.object({
  intent: z.literal("editEnvelope"),
  envelopeId: id,
  amount: requiredEuros("programs.error.amountRequired", "programs.error.amount"),
});

/** Removes an envelope. */
export const removeEnvelopeSchema = z.object({
  intent: z.literal("removeEnvelope"),
  envelopeId: id,
});

/** The committee cadence. */
export const committeeSchema = z.object({
  intent: z.literal("committee"),
  cadence: z.enum(committeeCadences, { error: "programs.error.cadence" }),
});

/** How many months after its last support closes a structure is invited to a new diagnostic. */
export const rediagnosticSchema = z.object({
  intent: z.literal("rediagnostic"),
  // One check, so that a huge number (not a safe integer, and above 36) gets one message.
  rediagnosticMonths: z
    .number({ error: "programs.error.rediagnosticMonths" })
    .refine(
      (months) =>
        Number.isInteger(months) &&
        months >= rediagnosticMonthsBounds.min &&
        months <= rediagnosticMonthsBounds.max,
      "programs.error.rediagnosticMonths",
    ),
});

/**
 * A target share, whole percent from 0 to 100; an empty field sets none. Read from the text
 * itself: a field of a record is not coerced to a number like a named one.
 */
const targetShare = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value, ctx) => {
    const text = value === undefined ? "" : String(value).trim();
    if (text === "") return undefined;
    const share = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
    if (!(share >= 0 && share <= 100)) {
      ctx.addIssue({ code: "custom", message: "programs.error.targetShare" });
      return undefined;
    }
    return share;
  });

/** Values of one dimension (`shares.axis.housing`, `shares.region.La Réunion`, ...). */
const targetShares = z.record(z.string().max(80), targetShare).optional();

/**
 * The committee's portfolio targets. Which values exist (the programme's axes and levels, the
 * régions, the size bands) is the command's to check: it keeps the known ones only.
 */
export const portfolioTargetsSchema = z.object({
  intent: z.literal("targets"),
  basis: z.enum(["count", "amount"], { error: "programs.error.targetBasis" }),
  thresholdPoints: wholeNumber(0, 100, "programs.error.targetThreshold"),
  shares: z
    .object({
      axis: targetShares,
      region: targetShares,
      level: targetShares,
      size: targetShares,
    })
    .optional(),
});

/** Adds or edits a review criterion (weight 1 to 5). */
export const reviewCriterionSchema = z.object({
  intent: z.literal("criterion"),
  criterionId: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/)
    .optional(),
  label: text(160, "programs.error.labelRequired"),
  description: optionalText(1000),
  weight: wholeNumber(1, 5, "programs.error.weight"),
});

/** Removes a review criterion. */
export const removeCriterionSchema = z.object({
  intent: z.literal("removeCriterion"),
  criterionId: z.string({ error: "programs.error.missingId" }).min(1, "programs.error.missingId"),
});

/** The values of each form, once valid. */
export type CreateProgrammeInput = z.output<typeof createProgrammeSchema>;
export type ProgrammeInfoInput = z.output<typeof programmeInfoSchema>;
export type SupportLevelInput = z.output<typeof supportLevelSchema>;
export type EligibilityRulesInput = z.output<typeof eligibilityRulesSchema>;
export type AntennaInput = z.output<typeof antennaSchema>;
export type ReviewCriterionInput = z.output<typeof reviewCriterionSchema>;
export type PortfolioTargetsInput = z.output<typeof portfolioTargetsSchema>;
