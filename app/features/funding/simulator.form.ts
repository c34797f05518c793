/**
 * The public funding simulator's form (one schema for the browser and the action): a level,
 * a total cost typed in euros, and an optional rate typed in percent. Messages are catalogue keys.
 */
import { z } from "zod";
import { parseEurosToCents } from "~/platform/format/money";
import { supportLevelIds } from "./levels";
import { MAX_TOTAL_COST_CENTS } from "./rules";

/** The simulator form's fields, as posted. */
export const simulatorFormSchema = z.object({
  level: z.enum(supportLevelIds, { error: "funding.form.error.level" }),
  totalCost: z.string({ error: "funding.form.error.totalCostRequired" }).transform((value, ctx) => {
    const cents = parseEurosToCents(value);
    if (cents === null) ctx.addIssue({ code: "custom", message: "funding.form.error.totalCost" });
    else if (cents > MAX_TOTAL_COST_CENTS) {
      ctx.addIssue({ code: "custom", message: "funding.error.totalCostTooLarge" });
    }
    return cents ?? 0;
  }),
  ratePercent: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const compact = (value ?? "").replace(/[\s%]/g, "");
      if (compact === "") return null;
      const rate = /^\d{1,3}$/.test(compact) ? Number(compact) : Number.NaN;
      if (!(rate >= 0 && rate <= 100)) {
        ctx.addIssue({ code: "custom", message: "funding.form.error.rate" });
      }
      return rate;
    }),
});

/** The simulator form's values once valid (cost in cents, rate or null). */
export type SimulatorFormValue = z.output<typeof simulatorFormSchema>;
