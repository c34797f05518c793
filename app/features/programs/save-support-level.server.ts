import { and, eq } from "drizzle-orm";
import { supportLevelIds } from "~/features/funding";
import { refuse } from "~/platform/commands/outcome";
import { programSupportLevels } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { SupportLevelInput } from "./programs.schema";
import { rateBoundsProblems } from "./rules";

/**
 * Creates or updates a programme's support level (one per kind). Rates are whole percent, 0-100,
 * minimum not above maximum. Decisions already taken keep the rates they were given: they store
 * their own copy, so changing a level only affects what comes next.
 */
export async function saveSupportLevel(
  options: CommandContext & { readonly programmeId: string; readonly input: SupportLevelInput },
): Promise<void> {
  const { input } = options;
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    if (rateBoundsProblems(input.minRatePercent, input.maxRatePercent).length > 0) {
      refuse({
        code: "min_above_max",
        message: "programs.error.minAboveMax",
        field: "maxRatePercent",
      });
    }
    const values = {
      label: input.label,
      description: input.description,
      minRatePercent: input.minRatePercent,
      maxRatePercent: input.maxRatePercent,
      costCeilingCents: input.costCeiling,
    };
    const where = and(
      eq(programSupportLevels.programId, programme.id),
      eq(programSupportLevels.kind, input.kind),
    );
    const [before] = await tx.select().from(programSupportLevels).where(where);
    if (before) {
      await tx.update(programSupportLevels).set(values).where(where);
    } else {
      await tx.insert(programSupportLevels).values({
        ...values,
        programId: programme.id,
        kind: input.kind,
        position: supportLevelIds.indexOf(input.kind),
      });
    }
    return {
      action: before ? "programme.level_updated" : "programme.level_added",
      before: before
        ? {
            kind: before.kind,
            label: before.label,
            minRatePercent: before.minRatePercent,
            maxRatePercent: before.maxRatePercent,
            costCeilingCents: before.costCeilingCents,
          }
        : null,
      after: {
        kind: input.kind,
        label: input.label,
        minRatePercent: input.minRatePercent,
        maxRatePercent: input.maxRatePercent,
        costCeilingCents: input.costCeiling,
      },
    };
  });
}
