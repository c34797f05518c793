// What the funders' envelopes of a programme are committed to by its supports, and the
// programme's funding split: read by the supports' pages and by the committee, which checks its
// decisions against the same figures (envelopeBalancesOf). A small module on purpose: the
// committee's pages import it without the supports' pages and their messages.
import { and, eq, ne, sql } from "drizzle-orm";
import { keptByVersion } from "~/platform/db/kept-by-version.server";
import type { Executor } from "~/platform/db/types";
import { committeeDecisions, programs, supportFundingParts, supports } from "../../../db/schema";
import { programmeSplitOf } from "./co-funding";

/**
 * What a funder's envelope is consumed by: each support's funding part, committed, except an
 * abandoned support's, which keeps only what was invoiced (the rest goes back to the envelope).
 */
export const committedSum = sql<string>`coalesce(sum(case when ${supports.status} = 'abandoned' then ${supportFundingParts.invoicedCents} else ${supportFundingParts.committedCents} end), 0)`;

/** Each programme's commitments, until a funding part or a support's state changes (ADR 0025). */
const keptCommitments = keptByVersion<ReadonlyMap<string, number>>("support_commitments", 256);

/**
 * What the supports of a programme commit per funder (committedSum); `exceptItemId` leaves out
 * the supports of one committee item (its decision being amended replaces them). The committee
 * adds the grants of decisions not final yet, which have no support so far. The whole
 * programme's sums (every support at 100 000 applications) are kept until they change.
 */
export function supportCommitments(
  db: Executor,
  programId: string,
  exceptItemId: string | null = null,
): Promise<ReadonlyMap<string, number>> {
  if (exceptItemId) return readCommitments(db, programId, exceptItemId);
  return keptCommitments(db, programId, () => readCommitments(db, programId, null));
}

async function readCommitments(
  db: Executor,
  programId: string,
  exceptItemId: string | null,
): Promise<ReadonlyMap<string, number>> {
  const parts = db
    .select({ funderId: supportFundingParts.funderId, cents: committedSum })
    .from(supportFundingParts)
    .innerJoin(supports, eq(supports.id, supportFundingParts.supportId));
  // The decisions are joined only to leave an item out (tens of thousands of rows otherwise).
  const rows = exceptItemId
    ? await parts
        .innerJoin(committeeDecisions, eq(committeeDecisions.id, supports.decisionId))
        .where(and(eq(supports.programId, programId), ne(committeeDecisions.itemId, exceptItemId)))
        .groupBy(supportFundingParts.funderId)
    : await parts.where(eq(supports.programId, programId)).groupBy(supportFundingParts.funderId);
  return new Map(rows.map((row) => [row.funderId, Number(row.cents)]));
}

/** The programme's default funding split (programs.funding_split), or null. */
export async function fundingSplitOf(db: Executor, programId: string) {
  const [row] = await db
    .select({ split: programs.fundingSplit })
    .from(programs)
    .where(eq(programs.id, programId));
  return programmeSplitOf(row?.split);
}
