/**
 * The instruction's mark shown beside each candidate and each agenda item (PGlite, then
 * PostgreSQL with TEST_DB_DRIVER=pg): the team average of the complete reviews on the
 * programme's weighted grid, a review missing a criterion left out of it.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gridOf } from "~/features/review";
import type { Services } from "~/services.server";
import { applicationScores, programs } from "../../../db/schema";
import { digitessProgramId } from "../../../tests/factories/applications";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { addItem } from "./index.server";
import { listAgenda, listCandidates } from "./queries.server";

let services: Services & { dataDir: string };
let instructor: SignedInUser;
let programId: string;
let scored: string;
let unscored: string;

/** Every criterion of the grid at `score`, but the last one when `incomplete`. */
async function review(applicationId: string, reviewer: string, score: number, incomplete = false) {
  const [programme] = await services.db
    .select({ criteria: programs.reviewCriteria })
    .from(programs)
    .where(eq(programs.id, programId));
  const grid = gridOf(programme?.criteria);
  if (grid.length < 2) throw new Error("the test programme needs a grid of two criteria at least");
  const criteria = incomplete ? grid.slice(0, -1) : grid;
  await services.db.insert(applicationScores).values(
    criteria.map((criterion) => ({
      applicationId,
      reviewerId: reviewer,
      criterionId: criterion.id,
      score,
    })),
  );
}

beforeAll(async () => {
  services = await createTestServices();
  const { db } = services;
  programId = await digitessProgramId(db);
  instructor = await signInAs(services, { role: "instructor" });
  const second = await signInAs(services, { role: "instructor" });
  const third = await signInAs(services, { role: "instructor" });
  ({ applicationId: scored } = await buildSubmittedApplication(services, {
    organizationName: "Notée Deux Fois",
    status: "ready_for_committee",
  }));
  ({ applicationId: unscored } = await buildSubmittedApplication(services, {
    organizationName: "Jamais Notée",
    status: "ready_for_committee",
  }));
  await review(scored, instructor.id, 2);
  await review(scored, second.id, 5);
  await review(scored, third.id, 1, true); // incomplete: not in the average
});
afterAll(async () => {
  await services?.close();
});

describe("the instruction's mark on the committee pages", () => {
  it("is the team average of the complete reviews, beside each candidate", async () => {
    const candidates = await listCandidates(services.db, programId, 50);
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate.review]));
    // Every criterion at 2, then at 5: 3.5 whatever the weights.
    expect(byId.get(scored)).toEqual({ average: 3.5, count: 2 });
    expect(byId.get(unscored)).toEqual({ average: null, count: 0 });
  });

  it("is the same beside the item once on a session's agenda", async () => {
    const sessionId = await buildCommitteeSession(services.db, { programId });
    await addItem({ db: services.db, actor: instructor, sessionId, applicationId: scored });
    await addItem({ db: services.db, actor: instructor, sessionId, applicationId: unscored });
    const { items } = await listAgenda(services.db, { actor: instructor, sessionId });
    expect(items.map((item) => [item.applicationId, item.review])).toEqual([
      [scored, { average: 3.5, count: 2 }],
      [unscored, { average: null, count: 0 }],
    ]);
  });
});
