import { and, eq } from "drizzle-orm";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import { antennas } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { AntennaInput } from "./programs.schema";
import { departementConflicts, outsideTerritory } from "./rules";

/**
 * Creates an antenna, or updates it when `antennaId` is given. A département belongs to one
 * antenna of the programme at most, and must be in the programme's territory: the refusal names
 * the first problem (départements outside the territory, then the first one already covered),
 * and its details list every département already covered.
 */
export async function saveAntenna(
  options: CommandContext & { readonly programmeId: string; readonly input: AntennaInput },
): Promise<void> {
  const { input } = options;
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const current = await tx.select().from(antennas).where(eq(antennas.programId, programme.id));
    const before = input.antennaId ? current.find((a) => a.id === input.antennaId) : undefined;
    if (input.antennaId && !before) notFoundError(`antenna ${input.antennaId}`);
    const outside = outsideTerritory(input.departements, programme.departements);
    const conflicts = departementConflicts(current, {
      antennaId: input.antennaId ?? null,
      departements: input.departements,
    });
    if (outside.length > 0) {
      refuse({
        code: "outside_territory",
        message: "programs.error.outsideTerritory",
        field: "departements",
        params: { departements: outside.join(", ") },
      });
    }
    const [conflict] = conflicts;
    if (conflict) {
      refuse({
        code: "departement_taken",
        message: "programs.error.departementTaken",
        field: "departements",
        params: { departement: conflict.departement, antenna: conflict.antennaName },
        details: { conflicts },
      });
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
