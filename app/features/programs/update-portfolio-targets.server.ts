import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import { targetValues, toPortfolioTargets } from "./portfolio-targets";
import type { PortfolioTargetsInput } from "./programs.schema";
import { getProgrammeConfig } from "./queries.server";

/**
 * Sets the committee's portfolio targets. Only the programme's own axes and levels, the régions
 * and the size bands are kept (a field a hostile form invented is dropped); audited before/after.
 */
export async function updatePortfolioTargets(
  options: CommandContext & {
    readonly programmeId: string;
    readonly input: PortfolioTargetsInput;
  },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const config = await getProgrammeConfig(tx, programme.slug);
    const known = targetValues(config ?? { axes: [], levels: [] });
    const targets = toPortfolioTargets(
      {
        basis: options.input.basis,
        thresholdPoints: options.input.thresholdPoints,
        shares: options.input.shares ?? {},
      },
      known,
    );
    await tx
      .update(programs)
      .set({ portfolioTargets: targets })
      .where(eq(programs.id, programme.id));
    return {
      action: "programme.portfolio_targets_updated",
      before: { targets: toPortfolioTargets(programme.portfolioTargets) },
      after: { targets },
    };
  });
}
