import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { ProgrammeInfoInput } from "./programs.schema";

/** Changes a programme's name, description, status, dates and target, with an audit event. */
export async function updateProgrammeInfo(
  options: CommandContext & { readonly programmeId: string; readonly input: ProgrammeInfoInput },
): Promise<void> {
  const { input } = options;
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const after = {
      name: input.name,
      description: input.description,
      status: input.status,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      targetSupportedCount: input.targetSupportedCount ?? null,
    };
    await tx.update(programs).set(after).where(eq(programs.id, programme.id));
    return {
      action: "programme.info_updated",
      before: {
        name: programme.name,
        status: programme.status,
        startsOn: programme.startsOn,
        endsOn: programme.endsOn,
        targetSupportedCount: programme.targetSupportedCount,
      },
      after: { ...after, description: undefined },
    };
  });
}
