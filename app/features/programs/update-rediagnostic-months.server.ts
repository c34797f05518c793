import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/**
 * Changes how many months after a structure's last support closes it is invited to take the
 * diagnostic again (features/supports reads `programs.rediagnostic_months`). The bounds (1 to
 * 36) are the form's schema's; the database checks them too.
 */
export async function updateRediagnosticMonths(
  options: CommandContext & { readonly programmeId: string; readonly months: number },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    await tx
      .update(programs)
      .set({ rediagnosticMonths: options.months })
      .where(eq(programs.id, programme.id));
    return {
      action: "programme.rediagnostic_months_updated",
      before: { months: programme.rediagnosticMonths },
      after: { months: options.months },
    };
  });
}
