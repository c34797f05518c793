import { and, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { programAxes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Changes the label of a priority axis (its code stays: answers and applications use it). */
export async function renameAxis(
  options: CommandContext & {
    readonly programmeId: string;
    readonly axisId: string;
    readonly label: string;
  },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const where = and(eq(programAxes.id, options.axisId), eq(programAxes.programId, programme.id));
    const [axis] = await tx.select().from(programAxes).where(where);
    if (!axis) notFoundError(`axis ${options.axisId}`);
    await tx.update(programAxes).set({ label: options.label }).where(where);
    return {
      action: "programme.axis_renamed",
      before: { code: axis.code, label: axis.label },
      after: { code: axis.code, label: options.label },
    };
  });
}
