import { and, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { antennas } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Removes an antenna; its départements are then covered by no antenna until reassigned. */
export async function removeAntenna(
  options: CommandContext & { readonly programmeId: string; readonly antennaId: string },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const where = and(eq(antennas.id, options.antennaId), eq(antennas.programId, programme.id));
    const [antenna] = await tx.select().from(antennas).where(where);
    if (!antenna) notFoundError(`antenna ${options.antennaId}`);
    await tx.delete(antennas).where(where);
    return {
      action: "programme.antenna_removed",
      before: { name: antenna.name, city: antenna.city, departements: antenna.departements },
    };
  });
}
