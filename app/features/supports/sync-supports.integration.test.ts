/**
 * Supports follow a committee's amendment (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg): a
 * corrected rate moves the support to the new revision with its new share, split again; a level
 * withdrawn abandons its planned support; once money is invoiced, an amendment that changes the
 * amount is refused (409) and nothing changes.
 */
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addItem,
  amendDecision,
  changeSessionStatus,
  closeSession,
  decideItem,
  programEnvelopes,
} from "~/features/committees/index.server";
import type { Services } from "~/services.server";
import { supportFundingParts, supports } from "../../../db/schema";
import { digitessProgramId } from "../../../tests/factories/applications";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";

let services: Services & { dataDir: string };
let instructor: SignedInUser;
let member: SignedInUser;
let sessionId: string;
let itemId: string;
let applicationId: string;
let funderId: string;

const level = (
  kind: string,
  granted: boolean,
  ratePercent: number | null,
  costCents: number | null,
) => ({
  kind,
  granted,
  ratePercent,
  costCents,
  funderId: granted ? funderId : null,
});

function amend(levels: ReturnType<typeof level>[]) {
  return amendDecision({
    db: services.db,
    jobs: services.jobs,
    actor: member,
    sessionId,
    itemId,
    appUrl: services.env.APP_URL,
    input: {
      outcome: "accepted",
      levels,
      confirmOverEnvelope: true,
      amendmentReason: "Erreur de saisie en séance.",
    },
  });
}

async function supportsOf() {
  return services.db
    .select()
    .from(supports)
    .where(eq(supports.applicationId, applicationId))
    .orderBy(supports.levelKind);
}

beforeAll(async () => {
  services = await createTestServices();
  const { db, jobs } = services;
  instructor = await signInAs(services, { role: "instructor" });
  member = await signInAs(services, { role: "committee_member" });
  const built = await buildSubmittedApplication(services, {
    organizationName: "Avenant Alpha",
    status: "ready_for_committee",
  });
  applicationId = built.applicationId;
  funderId = (await programEnvelopes(db, await digitessProgramId(db)))[0]?.funderId as string;
  sessionId = await buildCommitteeSession(db, {
    members: [{ userId: member.id, side: "funder", present: true }],
    minOperatorPresent: 0,
  });
  ({ itemId } = await addItem({ db, actor: instructor, sessionId, applicationId }));
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "open_pre_review" });
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "start_session" });
  await decideItem({
    db,
    actor: member,
    sessionId,
    itemId,
    input: {
      outcome: "accepted",
      levels: [level("diagnostic", true, 100, 300_000), level("scoping", true, 70, 1_200_000)],
      confirmOverEnvelope: true,
      amendmentReason: null,
    },
  });
  await closeSession({ db, jobs, actor: member, sessionId, appUrl: services.env.APP_URL });
});
afterAll(async () => {
  await services?.close();
});

describe("supports after an amendment", () => {
  it("start as one planned support per granted level", async () => {
    expect((await supportsOf()).map((s) => [s.levelKind, s.status, s.shareCents])).toEqual([
      ["diagnostic", "planned", 300_000],
      ["scoping", "planned", 840_000],
    ]);
  });

  it("follow a corrected rate and abandon a withdrawn level while it is planned", async () => {
    await amend([level("diagnostic", false, null, null), level("scoping", true, 65, 1_200_000)]);
    const [diagnostic, scoping] = await supportsOf();
    expect(diagnostic).toMatchObject({ status: "abandoned", abandonReason: "decision_amended" });
    expect(scoping).toMatchObject({ status: "planned", ratePercent: 65, shareCents: 780_000 });
    const parts = await services.db
      .select()
      .from(supportFundingParts)
      .where(eq(supportFundingParts.supportId, scoping?.id as string));
    expect(parts.map((part) => part.committedCents)).toEqual([780_000]);
  });

  it("refuses an amendment of the amount once money is invoiced, and changes nothing", async () => {
    const [, scoping] = await supportsOf();
    await services.db
      .update(supportFundingParts)
      .set({ invoicedCents: 100_000 })
      .where(eq(supportFundingParts.supportId, scoping?.id as string));
    await expect(
      amend([level("diagnostic", false, null, null), level("scoping", true, 60, 1_200_000)]),
    ).rejects.toMatchObject({ message: "committees.amend.error.supportInvoiced" });
    const alive = await services.db
      .select()
      .from(supports)
      .where(and(eq(supports.applicationId, applicationId), ne(supports.status, "abandoned")));
    expect(alive.map((s) => [s.levelKind, s.shareCents])).toEqual([["scoping", 780_000]]);
  });
});
