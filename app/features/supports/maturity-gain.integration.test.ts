/**
 * The maturity gain read from the database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg): for
 * each organisation with a closed support, T0 is its latest completed diagnostic before its first
 * support started (created, for one never marked started) and T1 its latest after its last support
 * closed; a diagnostic during the supports is neither; an unreadable stored result is skipped for
 * the next older one; organisations without T0 or without T1 are counted apart; supports not
 * closed count for nothing; the programme and level filters bound the supports read.
 *
 * Scores: every answer at level L scores 25 × L on each dimension and overall.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LevelKind } from "~/features/applications";
import { getQuestionBank } from "~/features/diagnostic";
import { dataVersion } from "~/platform/db/kept-by-version.server";
import type { Services } from "~/services.server";
import { diagnostics, programs, supports } from "../../../db/schema";
import { digitessProgramId } from "../../../tests/factories/applications";
import {
  type AnswerLevel,
  buildDiagnostic,
  buildDiagnosticAnswers,
} from "../../../tests/factories/diagnostics";
import { buildProgramme } from "../../../tests/factories/programs";
import { type BuiltSupport, buildSupport } from "../../../tests/factories/supports";
import { createTestServices } from "../../../tests/support/test-services";
import { maturityGainReport } from "./maturity-gain.server";

let services: Services & { dataDir: string };
let digitessId: string;
let otherProgrammeId: string;
/** Kept for the last test, which changes what the report reads. */
let gammaId: string;
let zeta: BuiltSupport;
const bank = getQuestionBank("2026-1");
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** A closed support (unless `status`) whose dates are set: started (or null), created, closed. */
async function closedSupport(input: {
  name: string;
  startedAt: Date | null;
  closedAt: Date | null;
  createdAt?: Date;
  levelKind?: LevelKind;
  status?: "closed" | "in_progress";
}): Promise<BuiltSupport> {
  const built = await buildSupport(services, {
    organizationName: input.name,
    levelKind: input.levelKind ?? "scoping",
    status: input.status ?? "closed",
  });
  await services.db
    .update(supports)
    .set({
      startedAt: input.startedAt,
      closedAt: input.closedAt,
      createdAt: input.createdAt ?? input.startedAt ?? new Date(),
    })
    .where(eq(supports.id, built.supportId));
  return built;
}

/** Another support of the same organisation (the same decision, another level). */
async function anotherSupport(
  of: BuiltSupport,
  input: { levelKind: LevelKind; startedAt: Date; closedAt: Date },
): Promise<void> {
  const [first] = await services.db.select().from(supports).where(eq(supports.id, of.supportId));
  if (!first) throw new Error("no support");
  const { id: _id, ...rest } = first;
  await services.db.insert(supports).values({
    ...rest,
    levelKind: input.levelKind,
    startedAt: input.startedAt,
    deliveredAt: input.closedAt,
    closedAt: input.closedAt,
    createdAt: input.startedAt,
  });
}

/** A completed diagnostic of the organisation, every answer at `level`. */
async function diagnostic(
  organizationId: string,
  completedAt: Date,
  level: AnswerLevel,
): Promise<string> {
  const { id } = await buildDiagnostic(services.db, {
    organizationId,
    completedAt,
    answers: buildDiagnosticAnswers(bank, { level }),
  });
  return id;
}

/**
 * The stored score without a security score, as a bank whose security questions may all be
 * answered "not applicable" would leave it (2026-1 allows it on no dimension).
 */
async function withoutSecurityScore(diagnosticId: string): Promise<void> {
  const [row] = await services.db
    .select({ result: diagnostics.result })
    .from(diagnostics)
    .where(eq(diagnostics.id, diagnosticId));
  const score = row?.result as { dimensions: { id: string; score: number | null }[] };
  await spoil(diagnosticId, {
    ...score,
    dimensions: score.dimensions.map((d) => (d.id === "security" ? { ...d, score: null } : d)),
  });
}

async function spoil(diagnosticId: string, result: unknown): Promise<void> {
  await services.db.update(diagnostics).set({ result }).where(eq(diagnostics.id, diagnosticId));
}

beforeAll(async () => {
  services = await createTestServices();
  const { db } = services;
  digitessId = await digitessProgramId(db);
  await buildProgramme(db, {
    slug: "programme-bis",
    name: "Programme bis",
    antennas: [],
    envelopes: [],
  });
  const [other] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "programme-bis"));
  if (!other) throw new Error("no second programme");
  otherProgrammeId = other.id;

  // Alpha: scoping Mar-Jun 2025, then production Jul-Oct 2025.
  const alpha = await closedSupport({
    name: "Alpha",
    startedAt: day("2025-03-01"),
    closedAt: day("2025-06-01"),
  });
  await anotherSupport(alpha, {
    levelKind: "production",
    startedAt: day("2025-07-01"),
    closedAt: day("2025-10-01"),
  });
  await diagnostic(alpha.organizationId, day("2024-12-01"), 0); // before, not the latest
  await diagnostic(alpha.organizationId, day("2025-02-01"), 1); // T0
  await diagnostic(alpha.organizationId, day("2025-04-01"), 2); // after the first start
  await diagnostic(alpha.organizationId, day("2025-08-01"), 4); // before the last closing
  await diagnostic(alpha.organizationId, day("2025-12-01"), 2); // after, not the latest
  await diagnostic(alpha.organizationId, day("2026-01-15"), 3); // T1

  // Beta: a diagnostic before, none after yet; its support is another programme's.
  const beta = await closedSupport({
    name: "Beta",
    startedAt: day("2025-03-01"),
    closedAt: day("2025-05-01"),
  });
  await services.db
    .update(supports)
    .set({ programId: otherProgrammeId })
    .where(eq(supports.id, beta.supportId));
  await diagnostic(beta.organizationId, day("2025-01-10"), 1);
  await diagnostic(beta.organizationId, day("2025-04-10"), 3); // during the support

  // Gamma: no diagnostic before its support, one after.
  const gamma = await closedSupport({
    name: "Gamma",
    startedAt: day("2025-03-01"),
    closedAt: day("2025-05-01"),
  });
  await diagnostic(gamma.organizationId, day("2025-11-01"), 3);
  gammaId = gamma.organizationId;

  // Delta: the latest on each side is unreadable: the next older readable one is taken. Its T1
  // has no score on security.
  const delta = await closedSupport({
    name: "Delta",
    startedAt: day("2025-03-01"),
    closedAt: day("2025-05-01"),
  });
  await diagnostic(delta.organizationId, day("2025-01-01"), 2);
  await spoil(await diagnostic(delta.organizationId, day("2025-02-01"), 0), { garbage: true });
  await withoutSecurityScore(await diagnostic(delta.organizationId, day("2025-10-01"), 4));
  await spoil(await diagnostic(delta.organizationId, day("2025-12-01"), 0), "not a score");

  // Epsilon: its only diagnostic after is unreadable: waiting for one.
  const epsilon = await closedSupport({
    name: "Epsilon",
    startedAt: day("2025-03-01"),
    closedAt: day("2025-05-01"),
  });
  await diagnostic(epsilon.organizationId, day("2025-02-01"), 2);
  await spoil(await diagnostic(epsilon.organizationId, day("2025-09-01"), 3), {
    version: "2026-1",
    dimensions: [{ id: "strategy", score: 900 }],
  });

  // Zeta: still in progress: not counted at all.
  zeta = await closedSupport({
    name: "Zeta",
    startedAt: day("2025-03-01"),
    closedAt: null,
    status: "in_progress",
  });
  await diagnostic(zeta.organizationId, day("2025-01-01"), 0);
  await diagnostic(zeta.organizationId, day("2025-09-01"), 4);

  // Eta: closed without ever being marked started: its creation bounds T0. A loss.
  const eta = await closedSupport({
    name: "Eta",
    startedAt: null,
    createdAt: day("2025-03-01"),
    closedAt: day("2025-05-01"),
  });
  await diagnostic(eta.organizationId, day("2025-02-15"), 3); // T0
  await diagnostic(eta.organizationId, day("2025-03-10"), 4); // after its creation
  await diagnostic(eta.organizationId, day("2025-06-01"), 1); // T1
}, 120_000);

afterAll(async () => {
  await services?.close();
});

describe("maturity gain report", () => {
  it("compares T0 and T1 of each organisation, and counts the others apart", async () => {
    const report = await maturityGainReport(services.db, { programIds: null, levelKind: null });
    // Alpha, Beta, Gamma, Delta, Epsilon, Eta (Zeta's support is not closed).
    expect(report.supported).toBe(6);
    expect(report.awaitingAfter).toBe(2); // Beta, Epsilon
    expect(report.withoutBefore).toBe(1); // Gamma
    // Alpha 25 → 75, Delta 50 → 100, Eta 75 → 25.
    expect(report.aggregate.count).toBe(3);
    expect(report.aggregate.overall).toEqual({
      count: 3,
      meanGainTenths: 167,
      meanBeforeTenths: 500,
      meanAfterTenths: 667,
    });
    const strategy = report.aggregate.dimensions.find((d) => d.id === "strategy");
    expect(strategy).toEqual({ id: "strategy", ...report.aggregate.overall });
    // Delta has no security score after: Alpha 25 → 75 and Eta 75 → 25 only.
    const security = report.aggregate.dimensions.find((d) => d.id === "security");
    expect(security).toEqual({
      id: "security",
      count: 2,
      meanGainTenths: 0,
      meanBeforeTenths: 500,
      meanAfterTenths: 500,
    });
  });

  it("bounds T0 and T1 by the supports of the level asked for", async () => {
    const report = await maturityGainReport(services.db, {
      programIds: null,
      levelKind: "production",
    });
    // Alpha's production support (Jul-Oct 2025): T0 is April's (50), T1 January's (75).
    expect(report.supported).toBe(1);
    expect(report.aggregate.overall).toEqual({
      count: 1,
      meanGainTenths: 250,
      meanBeforeTenths: 500,
      meanAfterTenths: 750,
    });
    const diagnosticLevel = await maturityGainReport(services.db, {
      programIds: null,
      levelKind: "diagnostic",
    });
    expect(diagnosticLevel).toMatchObject({ supported: 0, awaitingAfter: 0, withoutBefore: 0 });
    expect(diagnosticLevel.aggregate.count).toBe(0);
    expect(diagnosticLevel.aggregate.overall.meanGainTenths).toBeNull();
  });

  it("reads only the supports of the programmes asked for", async () => {
    const other = await maturityGainReport(services.db, {
      programIds: [otherProgrammeId],
      levelKind: null,
    });
    expect(other).toMatchObject({ supported: 1, awaitingAfter: 1, withoutBefore: 0 });
    const digitess = await maturityGainReport(services.db, {
      programIds: [digitessId],
      levelKind: null,
    });
    expect(digitess).toMatchObject({ supported: 5, awaitingAfter: 1, withoutBefore: 1 });
    expect(digitess.aggregate.count).toBe(3);
    const none = await maturityGainReport(services.db, { programIds: [], levelKind: null });
    expect(none).toMatchObject({ supported: 0, awaitingAfter: 0, withoutBefore: 0 });
    expect(none.aggregate.dimensions).toHaveLength(bank.dimensions.length);
  });

  // Last: it changes what the others read.
  it("keeps its report until a closed support or a completed diagnostic changes", async () => {
    const { db } = services;
    const every = { programIds: null, levelKind: null } as const;
    const first = await maturityGainReport(db, every);
    expect(await maturityGainReport(db, every)).toBe(first);

    // A draft being answered and a support under way change nothing the report reads.
    const version = await dataVersion(db, "maturity_gain");
    const draft = await buildDiagnostic(db, { organizationId: gammaId, completed: false });
    await db
      .update(diagnostics)
      .set({ answers: buildDiagnosticAnswers(bank, { level: 2 }) })
      .where(eq(diagnostics.id, draft.id));
    await db.update(supports).set({ notes: "Suivi" }).where(eq(supports.id, zeta.supportId));
    expect(await dataVersion(db, "maturity_gain")).toBe(version);
    expect(await maturityGainReport(db, every)).toBe(first);

    // Gamma's diagnostic before its support, completed in another transaction: Gamma compares.
    await db.transaction(async (tx) => {
      await buildDiagnostic(tx, {
        organizationId: gammaId,
        completedAt: day("2025-01-01"),
        answers: buildDiagnosticAnswers(bank, { level: 1 }),
      });
    });
    const withGamma = await maturityGainReport(db, every);
    expect(withGamma).not.toBe(first);
    expect(withGamma).toMatchObject({ supported: 6, withoutBefore: 0 });
    expect(withGamma.aggregate.count).toBe(4);

    // Zeta's support closes (August 2025): its diagnostics on either side make it count.
    await db
      .update(supports)
      .set({ status: "closed", closedAt: day("2025-08-01") })
      .where(eq(supports.id, zeta.supportId));
    const withZeta = await maturityGainReport(db, every);
    expect(withZeta).toMatchObject({ supported: 7, withoutBefore: 0 });
    expect(withZeta.aggregate.count).toBe(5);

    // A completed diagnostic erased (its organisation gone: set to null) is read no more.
    await db
      .update(diagnostics)
      .set({ organizationId: null })
      .where(eq(diagnostics.organizationId, gammaId));
    expect(await maturityGainReport(db, every)).toMatchObject({ supported: 7, withoutBefore: 1 });
  });
});
