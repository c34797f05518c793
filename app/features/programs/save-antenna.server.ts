import { and, eq } from "drizzle-orm";
import { antennas } from "../../../db/schema";
import {
  type CommandContext,
  CommandRefused,
  type CommandResult,
  changeProgramme,
  ProgrammeNotFoundError,
} from "./command.server";
import type { AntennaInput } from "./programs.schema";
import { departementConflicts, outsideTerritory } from "./rules";

/**
 * Creates an antenna, or updates it when `antennaId` is given. A département belongs to one
 * antenna of the programme at most, and must be in the programme's territory.
 */
export async function saveAntenna(
  options: CommandContext & { readonly programmeId: string; readonly input: AntennaInput },
): Promise<CommandResult> {
  const { input } = options;
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const current = await tx.select().from(antennas).where(eq(antennas.programId, programme.id));
    const before = input.antennaId ? current.find((a) => a.id === input.antennaId) : undefined;
    if (input.antennaId && !before) throw new ProgrammeNotFoundError(`antenna ${input.antennaId}`);
    const outside = outsideTerritory(input.departements, programme.departements);
    const conflicts = departementConflicts(current, {
      antennaId: input.antennaId ?? null,
      departements: input.departements,
    });
    if (outside.length > 0 || conflicts.length > 0) {
      throw new CommandRefused([
        ...(outside.length > 0
          ? [
              {
                field: "departements",
                key: "programs.error.outsideTerritory" as const,
                params: { departements: outside.join(", ") },
              },
            ]
          : []),
        ...conflicts.map(({ departement, antennaName }) => ({
          field: "departements",
          key: "programs.error.departementTaken" as const,
          params: { departement, antenna: antennaName },
        })),
      ]);
    }
    const values = {
      name: input.name,
      city: input.city,
      departements: input.departements,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
    };
    if (before) {
      await tx
        .update(antennas)
        .set(values)
        .where(and(eq(antennas.id, before.id), eq(antennas.programId, programme.id)));
    } else {
      await tx.insert(antennas).values({ ...values, programId: programme.id });
    }
    return {
      action: before ? "programme.antenna_updated" : "programme.antenna_added",
      before: before
        ? { name: before.name, city: before.city, departements: before.departements }
        : null,
      after: { name: input.name, city: input.city, departements: input.departements },
    };
  });
}
