import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { EligibilityRulesInput } from "./programs.schema";

/** Changes who may apply: accepted legal forms, ESUS, minimum age and territory. */
export async function updateEligibilityRules(
  options: CommandContext & { readonly programmeId: string; readonly input: EligibilityRulesInput },
): Promise<void> {
  const { input } = options;
  const acceptedLegalForms = [
    ...new Set([...(input.acceptedLegalForms ?? []), ...input.otherLegalForms]),
  ].sort();
  const after = {
    acceptedLegalForms,
    esusAccepted: input.esusAccepted,
    minimumAgeYears: input.minimumAgeYears,
    departements: input.departements,
  };
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    await tx.update(programs).set(after).where(eq(programs.id, programme.id));
    return {
      action: "programme.eligibility_updated",
      before: {
        acceptedLegalForms: programme.acceptedLegalForms,
        esusAccepted: programme.esusAccepted,
        minimumAgeYears: programme.minimumAgeYears,
        departements: programme.departements,
      },
      after,
    };
  });
}
