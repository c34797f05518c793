import { and, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import { funders, fundingEnvelopes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/** Changes the amount of a funder's envelope in the programme. */
export async function updateFundingEnvelope(
  options: CommandContext & {
    readonly programmeId: string;
    readonly envelopeId: string;
    readonly amountCents: number;
  },
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
    await tx.update(fundingEnvelopes).set({ amountCents: options.amountCents }).where(where);
    return {
      action: "programme.envelope_updated",
      before: { funder: envelope.funder, amountCents: envelope.amountCents },
      after: { funder: envelope.funder, amountCents: options.amountCents },
    };
  });
}
