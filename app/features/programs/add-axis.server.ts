import { and, eq, max } from "drizzle-orm";
import { refuse } from "~/platform/commands/outcome";
import { programAxes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Adds a priority axis at the end of the list; its code must be new in the programme. */
export async function addAxis(
  options: CommandContext & {
    readonly programmeId: string;
    readonly code: string;
    readonly label: string;
  },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const [existing] = await tx
      .select({ id: programAxes.id })
      .from(programAxes)
      .where(and(eq(programAxes.programId, programme.id), eq(programAxes.code, options.code)));
    if (existing)
      refuse({ code: "axis_code_taken", message: "programs.error.axisCodeTaken", field: "code" });
    const [last] = await tx
      .select({ position: max(programAxes.position) })
      .from(programAxes)
      .where(eq(programAxes.programId, programme.id));
    await tx.insert(programAxes).values({
      programId: programme.id,
      code: options.code,
      label: options.label,
      position: (last?.position ?? -1) + 1,
    });
    return { action: "programme.axis_added", after: { code: options.code, label: options.label } };
  });
}
