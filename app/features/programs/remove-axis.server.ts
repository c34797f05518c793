import { and, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { programAxes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Removes a priority axis from a programme. */
export async function removeAxis(
  options: CommandContext & { readonly programmeId: string; readonly axisId: string },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const where = and(eq(programAxes.id, options.axisId), eq(programAxes.programId, programme.id));
    const [axis] = await tx.select().from(programAxes).where(where);
    if (!axis) notFoundError(`axis ${options.axisId}`);
    await tx.delete(programAxes).where(where);
    return { action: "programme.axis_removed", before: { code: axis.code, label: axis.label } };
  });
}
