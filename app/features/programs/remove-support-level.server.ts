import { and, eq } from "drizzle-orm";
import type { SupportLevelId } from "~/features/funding";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import { applicationLevels, applications, programSupportLevels } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Removes a support level, unless applications to the programme already asked for it. */
export async function removeSupportLevel(
  options: CommandContext & { readonly programmeId: string; readonly kind: SupportLevelId },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const where = and(
      eq(programSupportLevels.programId, programme.id),
      eq(programSupportLevels.kind, options.kind),
    );
    const [level] = await tx.select().from(programSupportLevels).where(where);
    if (!level) notFoundError(`level ${options.kind}`);
    const [used] = await tx
      .select({ id: applications.id })
      .from(applicationLevels)
      .innerJoin(applications, eq(applications.id, applicationLevels.applicationId))
      .where(
        and(eq(applications.programId, programme.id), eq(applicationLevels.kind, options.kind)),
      )
      .limit(1);
    if (used) refuse({ code: "level_in_use", message: "programs.error.levelInUse" });
    await tx.delete(programSupportLevels).where(where);
    return {
      action: "programme.level_removed",
      before: {
        kind: level.kind,
        label: level.label,
        minRatePercent: level.minRatePercent,
        maxRatePercent: level.maxRatePercent,
      },
    };
  });
}
