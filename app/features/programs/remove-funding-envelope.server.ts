import { and, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { funders, fundingEnvelopes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Removes a funder's envelope from the programme (the funder itself stays). */
export async function removeFundingEnvelope(
  options: CommandContext & { readonly programmeId: string; readonly envelopeId: string },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const where = and(
      eq(fundingEnvelopes.id, options.envelopeId),
      eq(fundingEnvelopes.programId, programme.id),
    );
    const [envelope] = await tx
      .select({ amountCents: fundingEnvelopes.amountCents, funder: funders.name })
      .from(fundingEnvelopes)
      .innerJoin(funders, eq(funders.id, fundingEnvelopes.funderId))
      .where(where);
    if (!envelope) notFoundError(`envelope ${options.envelopeId}`);
    await tx.delete(fundingEnvelopes).where(where);
    return { action: "programme.envelope_removed", before: envelope };
  });
}
