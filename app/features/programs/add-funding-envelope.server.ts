import { and, eq, sql } from "drizzle-orm";
import { refuse } from "~/platform/commands/outcome";
import { funders, fundingEnvelopes } from "../../../db/schema";
import { type CommandContext, changeProgramme } from "./command.server";

/**
 * Gives a funder a budget envelope in the programme; the funder is found by name (ignoring case)
 * or created. A funder has one envelope per programme.
 */
export async function addFundingEnvelope(
  options: CommandContext & {
    readonly programmeId: string;
    readonly funderName: string;
    readonly amountCents: number;
  },
): Promise<void> {
  return changeProgramme(options, options.programmeId, async (tx, programme) => {
    const findFunder = () =>
      tx
        .select()
        .from(funders)
        .where(sql`lower(${funders.name}) = lower(${options.funderName})`)
        .limit(1);
    let [funder] = await findFunder();
    if (!funder) {
      await tx.insert(funders).values({ name: options.funderName }).onConflictDoNothing();
      [funder] = await findFunder();
    }
    if (!funder) throw new Error(`funder ${options.funderName} neither found nor created`);
    const [existing] = await tx
      .select({ id: fundingEnvelopes.id })
      .from(fundingEnvelopes)
      .where(
        and(eq(fundingEnvelopes.programId, programme.id), eq(fundingEnvelopes.funderId, funder.id)),
      );
    if (existing)
      refuse({
        code: "envelope_exists",
        message: "programs.error.envelopeExists",
        field: "funderName",
      });
    await tx.insert(fundingEnvelopes).values({
      programId: programme.id,
      funderId: funder.id,
      amountCents: options.amountCents,
    });
    return {
      action: "programme.envelope_added",
      after: { funder: funder.name, amountCents: options.amountCents },
    };
  });
}
