// The supports' forms (safe for the browser): one Zod schema per form of the support page,
// messages as catalogue keys of app/features/supports/messages.ts.
import { z } from "zod";
import { parseEurosToCents } from "~/platform/format/money";
import { ABANDON_DETAILS_MAX, abandonReasons, milestoneKinds } from "./support-state";

export const NOTES_MAX_LENGTH = 4000;
export const MILESTONE_TITLE_MAX_LENGTH = 200;
export const MILESTONE_NOTE_MAX_LENGTH = 2000;
export const PAYMENT_REFERENCE_MAX_LENGTH = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day typed in a date field ("2027-01-14"), a real one. */
function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const optionalDay = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isRealDay(value), message);

const requiredDay = (message: string) =>
  z.string({ error: message }).trim().refine(isRealDay, message);

/** The planning: consultant, planned start and end, staff notes. */
export const planSchema = z
  .object({
    consultantId: z
      .string()
      .trim()
      .max(100, "supports.plan.error.consultant")
      .optional()
      .transform((value) => (value ? value : null)),
    plannedStart: optionalDay("supports.plan.error.startInvalid"),
    plannedEnd: optionalDay("supports.plan.error.endInvalid"),
    notes: z
      .string()
      .max(NOTES_MAX_LENGTH, "supports.plan.error.notesTooLong")
      .optional()
      .transform((value) => value?.trim() ?? ""),
  })
  .superRefine((value, context) => {
    if (value.plannedStart && value.plannedEnd && value.plannedEnd < value.plannedStart) {
      context.addIssue({
        code: "custom",
        path: ["plannedEnd"],
        message: "supports.plan.error.endBeforeStart",
      });
    }
  });
export type PlanInput = z.output<typeof planSchema>;

/** A status move; abandoning carries its reason (checkAbandon says what is missing). */
export const statusSchema = z.object({
  action: z.enum(["start", "deliver", "close", "abandon"], {
    error: "supports.status.error.action",
  }),
  reason: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || (abandonReasons as readonly string[]).includes(value),
      "supports.abandon.error.reasonUnknown",
    ),
  details: z
    .string()
    .trim()
    .max(ABANDON_DETAILS_MAX, "supports.abandon.error.detailsTooLong")
    .optional()
    .transform((value) => (value ? value : null)),
});
export type StatusInput = z.output<typeof statusSchema>;

/** A milestone: its kind, title, date and note (a deliverable's file travels beside it). */
export const milestoneSchema = z
  .object({
    kind: z.enum(milestoneKinds, { error: "supports.milestone.error.kind" }),
    title: z
      .string({ error: "supports.milestone.error.titleRequired" })
      .trim()
      .min(1, "supports.milestone.error.titleRequired")
      .max(MILESTONE_TITLE_MAX_LENGTH, "supports.milestone.error.titleTooLong"),
    happenedOn: requiredDay("supports.milestone.error.date"),
    note: z
      .string()
      .trim()
      .max(MILESTONE_NOTE_MAX_LENGTH, "supports.milestone.error.noteTooLong")
      .optional()
      .transform((value) => value ?? ""),
    file: z
      .instanceof(File)
      .optional()
      .transform((file) => (file && (file.size > 0 || file.name !== "") ? file : null)),
  })
  .superRefine((value, context) => {
    if (value.kind === "deliverable" && value.file === null) {
      context.addIssue({
        code: "custom",
        path: ["file"],
        message: "supports.milestone.error.fileRequired",
      });
    }
  });
export type MilestoneInput = z.output<typeof milestoneSchema>;

/** An invoice or a payment on one funder's part, in euros as people type them. */
export const paymentSchema = z.object({
  partId: z
    .string({ error: "supports.payment.error.part" })
    .regex(UUID, "supports.payment.error.part")
    .transform((id) => id.toLowerCase()),
  kind: z.enum(["invoiced", "paid"], { error: "supports.payment.error.kind" }),
  amount: z.string({ error: "supports.payment.error.amount" }).transform((text, context) => {
    const cents = parseEurosToCents(text);
    if (cents === null || cents <= 0) {
      context.addIssue({ code: "custom", message: "supports.payment.error.amount" });
      return z.NEVER;
    }
    return cents;
  }),
  on: requiredDay("supports.payment.error.date"),
  reference: z
    .string()
    .trim()
    .max(PAYMENT_REFERENCE_MAX_LENGTH, "supports.payment.error.referenceTooLong")
    .optional()
    .transform((value) => value ?? ""),
});
export type PaymentInput = z.output<typeof paymentSchema>;

/** How many supports at once, per level, for an antenna or one consultant; blank: no limit. */
export const CAPACITY_MAX = 100;
const capacity = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      if (!/^\d{1,3}$/.test(value) || Number(value) > CAPACITY_MAX) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(value);
    });

export const capacitySchema = z.object({
  antennaId: z
    .string({ error: "supports.capacity.error.antenna" })
    .regex(UUID, "supports.capacity.error.antenna")
    .transform((id) => id.toLowerCase()),
  consultantId: z
    .string()
    .trim()
    .max(100, "supports.capacity.error.consultant")
    .optional()
    .transform((value) => (value ? value : null)),
  diagnostic: capacity("supports.capacity.error.diagnostic"),
  scoping: capacity("supports.capacity.error.scoping"),
  production: capacity("supports.capacity.error.production"),
});
export type CapacityInput = z.output<typeof capacitySchema>;
