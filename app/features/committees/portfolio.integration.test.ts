/**
 * The portfolio balance as the session page reads it (issue 14): the programme's stored targets,
 * the agenda the reader may see (a member's conflicted item left out), and the final decisions of
 * the programme's closed sessions, with the amounts granted; an open session's decision is not
 * counted until its session closes.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "~/services.server";
import {
  committeeDecisionLevels,
  committeeDecisions,
  committeeSessions,
  organizations,
  programs,
} from "../../../db/schema";
import { buildStaff, digitessProgramId } from "../../../tests/factories/applications";
import { buildCommitteeMember, buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { createTestServices } from "../../../tests/support/test-services";
import { addItem } from "./change-agenda.server";
import { declareConflict } from "./declare-conflict.server";
import { axesOf, loadPortfolio } from "./portfolio.server";
import { findSession, listAgenda } from "./queries.server";

let services: Services & { dataDir: string };

beforeAll(async () => {
  services = await createTestServices();
}, 120_000);
afterAll(async () => {
  await services?.close();
});

/** A ready application of an organisation placed in `departement` with `employees`, on `sessionId`. */
async function onAgenda(
  sessionId: string,
  input: { name: string; departement: string; employees: number; axes: string[] },
) {
  const { db } = services;
  const built = await buildSubmittedApplication(services, {
    organizationName: input.name,
    departement: input.departement,
    status: "ready_for_committee",
    steps: { "2": { axes: input.axes } },
  });
  await db
    .update(organizations)
    .set({ employees: input.employees })
    .where(eq(organizations.id, built.organizationId));
  const instructor = await buildStaff(db, "instructor");
  const { itemId } = await addItem({
    db,
    actor: instructor,
    sessionId,
    applicationId: built.applicationId,
  });
  return { itemId, applicationId: built.applicationId };
}

describe("the portfolio balance of a session", () => {
  it("reads targets, the visible agenda and the programme's final decisions", async () => {
    const { db } = services;
    const programId = await digitessProgramId(db);
    await db
      .update(programs)
      .set({
        portfolioTargets: {
          basis: "count",
          thresholdPoints: 10,
          shares: { region: { "La Réunion": 50 } },
        },
      })
      .where(eq(programs.id, programId));
    const member = await buildCommitteeMember(db);

    // A closed session whose one decision (accepted, production granted) is final, and another
    // decision not final yet (an open session's) which the balance must not count.
    const closed = await buildCommitteeSession(db);
    const decided = await onAgenda(closed, {
      name: "Entraide Lyonnaise",
      departement: "69",
      employees: 0,
      axes: ["employment"],
    });
    await db
      .update(committeeSessions)
      .set({ status: "closed" })
      .where(eq(committeeSessions.id, closed));
    const [decision] = await db
      .insert(committeeDecisions)
      .values({ itemId: decided.itemId, outcome: "accepted", finalAt: new Date() })
      .returning({ id: committeeDecisions.id });
    await db.insert(committeeDecisionLevels).values([
      {
        decisionId: decision?.id as string,
        kind: "scoping",
        granted: true,
        ratePercent: 70,
        costCents: 1_000_000,
        grantedCents: 700_000,
      },
      {
        decisionId: decision?.id as string,
        kind: "production",
        granted: false,
        ratePercent: null,
        costCents: null,
        grantedCents: null,
      },
    ]);
    const open = await buildCommitteeSession(db, {
      members: [{ userId: member.id, side: "funder" }],
    });
    const reunion = await onAgenda(open, {
      name: "Solidarité Réunion",
      departement: "974",
      employees: 4,
      axes: ["housing", "caregivers"],
    });
    const conflicted = await onAgenda(open, {
      name: "Aidants du Var",
      departement: "83",
      employees: 60,
      axes: ["caregivers"],
    });
    await db.insert(committeeDecisions).values({ itemId: reunion.itemId, outcome: "refused" });

    const preparer = await buildStaff(db, "instructor");
    const asPreparer = await listAgenda(db, { actor: preparer, sessionId: open });
    const { portfolio, labels } = await loadPortfolio(db, {
      programId,
      agenda: asPreparer.items,
    });
    expect(portfolio.totals.proposed.count).toBe(2);
    expect(portfolio.totals.decided).toEqual({ count: 1, amountCents: 700_000 });
    expect(portfolio.decisions).toEqual({ accepted: 1, refused: 0, postponed: 0 });
    const region = portfolio.dimensions.find((d) => d.dimension === "region")?.rows ?? [];
    expect(
      region.map((row) => [row.value, row.target, row.decided.count, row.proposed.count]),
    ).toEqual([
      ["Auvergne-Rhône-Alpes", null, 1, 0],
      ["Provence-Alpes-Côte d'Azur", null, 0, 1],
      ["La Réunion", 50, 0, 1],
    ]);
    // La Réunion: 0 % accepted against a target of 50 %, 10 points tolerated: behind.
    expect(portfolio.behind).toEqual([{ dimension: "region", value: "La Réunion" }]);
    const level = portfolio.dimensions.find((d) => d.dimension === "level")?.rows ?? [];
    expect(level.find((row) => row.value === "scoping")?.decided.amountCents).toBe(700_000);
    // The production level, not granted, brings nothing (and nobody proposed one).
    expect(level.map((row) => row.value)).not.toContain("production");
    expect(labels.axis?.housing).toBe("Habitat");

    // The member who declared a conflict on the Var application does not get it in the mix.
    await declareConflict({ db, actor: member, sessionId: open, itemId: conflicted.itemId });
    const session = await findSession(db, member, open);
    expect(session).not.toBeNull();
    const asMember = await listAgenda(db, { actor: member, sessionId: open });
    const seen = await loadPortfolio(db, { programId, agenda: asMember.items });
    expect(seen.portfolio.totals.proposed.count).toBe(1);
    const sizes = seen.portfolio.dimensions.find((d) => d.dimension === "size")?.rows ?? [];
    expect(sizes.map((row) => row.value)).not.toContain("from_50");

    // What was decided is kept between pages until decisions become final: the Réunion refusal
    // made final, then an amendment of the Lyon acceptance into a refusal (a new revision).
    await db
      .update(committeeDecisions)
      .set({ finalAt: new Date() })
      .where(eq(committeeDecisions.itemId, reunion.itemId));
    const afterClosing = await loadPortfolio(db, { programId, agenda: [] });
    expect(afterClosing.portfolio.decisions).toEqual({ accepted: 1, refused: 1, postponed: 0 });
    await db
      .insert(committeeDecisions)
      .values({ itemId: decided.itemId, revision: 1, outcome: "refused", finalAt: new Date() });
    const afterAmendment = await loadPortfolio(db, { programId, agenda: [] });
    expect(afterAmendment.portfolio.decisions).toEqual({ accepted: 0, refused: 2, postponed: 0 });
    expect(afterAmendment.portfolio.totals.decided).toEqual({ count: 0, amountCents: 0 });
  });
});

describe("axesOf", () => {
  it("reads a list or one value of the project step, and nothing else", () => {
    expect(axesOf(["housing", "housing", 3, "other"])).toEqual(["housing", "other"]);
    expect(axesOf("caregivers")).toEqual(["caregivers"]);
    expect(axesOf("")).toEqual([]);
    expect(axesOf(undefined)).toEqual([]);
    expect(axesOf(null)).toEqual([]);
    expect(axesOf({ housing: true })).toEqual([]);
  });
});
