import { eq } from "drizzle-orm";
import { programs } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";
import type { CommitteeCadence } from "./types";

/** Changes how often the programme's committees meet. */
export async function updateCommitteeCadence(
  options: CommandContext & { readonly programmeId: string; readonly cadence: CommitteeCadence },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    await tx
      .update(programs)
      .set({ committeeCadence: options.cadence })
      .where(eq(programs.id, programme.id));
    return {
      action: "programme.committee_cadence_updated",
      before: { cadence: programme.committeeCadence },
      after: { cadence: options.cadence },
    };
  });
}
