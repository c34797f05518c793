/**
 * The committee's envelopes count what the supports count (issue 15), on PGlite then PostgreSQL:
 * with a programme split 70/30, a decision not final yet commits 70/30 whatever funder the form
 * names; once the session closes, its supports' funding parts replace it (never counted twice);
 * an abandoned support gives its money back; the item being amended is left out, supports too.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeSupportStatus, supportCommitments } from "~/features/supports/index.server";
import { dataVersion } from "~/platform/db/kept-by-version.server";
import type { Services } from "~/services.server";
import { programs, supportFundingParts, supports } from "../../../db/schema";
import { digitessProgramId } from "../../../tests/factories/applications";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import {
  addItem,
  changeSessionStatus,
  closeSession,
  decideItem,
  envelopeBalancesOf,
  programEnvelopes,
} from "./index.server";

let services: Services & { dataDir: string };
let instructor: SignedInUser;
let member: SignedInUser;
let admin: SignedInUser;
let programId: string;
let first: string;
let second: string;
let sessionId: string;
let itemId: string;
let applicationId: string;

/** What each funder has committed so far, in cents, the first funder of the split first. */
async function committed(exceptItemId: string | null = null) {
  const balances = await envelopeBalancesOf(services.db, programId, exceptItemId);
  const of = (funderId: string) => balances.find((b) => b.funderId === funderId)?.grantedCents;
  return [of(first), of(second)];
}

beforeAll(async () => {
  services = await createTestServices();
  const { db, jobs } = services;
  instructor = await signInAs(services, { role: "instructor" });
  member = await signInAs(services, { role: "committee_member" });
  admin = await signInAs(services, { role: "admin" });
  programId = await digitessProgramId(db);
  const envelopes = await programEnvelopes(db, programId);
  if (envelopes.length < 2) throw new Error("the test programme needs two funders");
  first = envelopes[0]?.funderId as string;
  second = envelopes[1]?.funderId as string;
  await db
    .update(programs)
    .set({
      fundingSplit: [
        { funderId: first, weight: 70 },
        { funderId: second, weight: 30 },
      ],
    })
    .where(eq(programs.id, programId));
  ({ applicationId } = await buildSubmittedApplication(services, {
    organizationName: "Enveloppe Partagée",
    status: "ready_for_committee",
  }));
  sessionId = await buildCommitteeSession(db, {
    members: [{ userId: member.id, side: "funder", present: true }],
    minOperatorPresent: 0,
  });
  ({ itemId } = await addItem({ db, actor: instructor, sessionId, applicationId }));
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "open_pre_review" });
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "start_session" });
});
afterAll(async () => {
  await services?.close();
});

describe("the committee's envelopes", () => {
  it("count a decision not final yet split as its supports will be", async () => {
    expect(await committed()).toEqual([0, 0]);
    await decideItem({
      db: services.db,
      actor: member,
      sessionId,
      itemId,
      input: {
        outcome: "accepted",
        // 70 % of 1 200 001 cents = 840 000,7 → 840 001 (half up); the form names the second
        // funder, the programme's split decides: 588 001 (remainder to the first) + 252 000.
        levels: [
          {
            kind: "scoping",
            granted: true,
            ratePercent: 70,
            costCents: 1_200_001,
            funderId: second,
          },
        ],
        confirmOverEnvelope: true,
        amendmentReason: null,
      },
    });
    expect(await committed()).toEqual([588_001, 252_000]);
    expect(await committed(itemId)).toEqual([0, 0]);
  });

  it("count the supports once the session closes, not the decision again", async () => {
    await closeSession({
      db: services.db,
      jobs: services.jobs,
      actor: member,
      sessionId,
      appUrl: services.env.APP_URL,
    });
    const created = await services.db
      .select({ id: supports.id, shareCents: supports.shareCents })
      .from(supports)
      .where(eq(supports.applicationId, applicationId));
    expect(created).toEqual([{ id: expect.any(String), shareCents: 840_001 }]);
    expect(await committed()).toEqual([588_001, 252_000]);
    // Amending that item: its supports are left out with its decision.
    expect(await committed(itemId)).toEqual([0, 0]);
  });

  it("give back an abandoned support's money", async () => {
    const [support] = await services.db
      .select({ id: supports.id })
      .from(supports)
      .where(eq(supports.applicationId, applicationId));
    await changeSupportStatus({
      db: services.db,
      actor: admin,
      supportId: support?.id as string,
      input: { action: "abandon", reason: "structure_withdrew", details: null },
      onClosed: async () => {},
    });
    expect(await committed()).toEqual([0, 0]);
  });

  it("keep the supports' sums until a funding part or a support's state changes", async () => {
    const { db } = services;
    const [support] = await db
      .select({ id: supports.id })
      .from(supports)
      .where(eq(supports.applicationId, applicationId));
    const supportId = support?.id as string;
    const kept = await supportCommitments(db, programId);
    expect(await supportCommitments(db, programId)).toBe(kept);
    // Staff notes change nothing the sums read.
    const version = await dataVersion(db, "support_commitments");
    await db.update(supports).set({ notes: "Relancée" }).where(eq(supports.id, supportId));
    expect(await dataVersion(db, "support_commitments")).toBe(version);
    expect(await supportCommitments(db, programId)).toBe(kept);
    // The abandoned support keeps what was invoiced: 1 000,00 € to each funder.
    await db
      .update(supportFundingParts)
      .set({ invoicedCents: 100_000 })
      .where(eq(supportFundingParts.supportId, supportId));
    expect(await committed()).toEqual([100_000, 100_000]);
    expect(await supportCommitments(db, programId)).not.toBe(kept);
  });
});
