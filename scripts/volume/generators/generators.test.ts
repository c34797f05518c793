import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { applicationStates } from "~/features/applications";
import { validateSiren, validateSiret } from "~/platform/identifiers";
import {
  applicationEvents,
  applicationNotes,
  applicationScores,
  informationRequests,
  staffScopes,
} from "../../../db/schema";
import type { BuiltRow, VolumeContext } from "../generator";
import { Rng } from "../prng";
import { pathTo, stateWeights } from "./application-path";
import { applicationsGenerator } from "./applications";
import { departementOf, organizationsGenerator } from "./organizations";
import { instructorId, staffGenerator, VOLUME_INSTRUCTORS } from "./staff";

const context: VolumeContext = {
  plan: { organizations: 300, applications: 2000, seed: 42 },
  programId: "00000000-0000-4000-8000-000000000001",
  levels: [
    { kind: "diagnostic", minRatePercent: 100, maxRatePercent: 100, costCeilingCents: null },
    { kind: "scoping", minRatePercent: 55, maxRatePercent: 75, costCeilingCents: 3_000_000 },
    { kind: "production", minRatePercent: 25, maxRatePercent: 50, costCeilingCents: null },
  ],
  antennas: [
    { id: "00000000-0000-4000-8000-0000000000a1", city: "Marseille", departements: ["13", "83"] },
    { id: "00000000-0000-4000-8000-0000000000a2", city: "Paris", departements: ["75", "93"] },
  ],
  criteria: ["priority_axes", "digital_need", "expected_impact", "capacity", "budget"],
  passwordHash: "hash",
  now: new Date("2026-11-30T12:00:00Z"),
};

const organizations = Array.from({ length: 300 }, (_, i) =>
  organizationsGenerator.build(context, i),
);
const applications = Array.from({ length: 2000 }, (_, i) =>
  applicationsGenerator.build(context, i),
);

/** The dependent rows of `table` in a built row. */
function rowsOf(built: BuiltRow, table: PgTable): readonly Record<string, unknown>[] {
  return built.dependents.find((d) => d.table === table)?.rows ?? [];
}

const pastReview = ["ready_for_committee", "scheduled", "accepted", "refused", "postponed"];

describe("volume generators", () => {
  it("builds identical rows on every run", () => {
    expect(organizationsGenerator.build(context, 17)).toEqual(organizations[17]);
    expect(applicationsGenerator.build(context, 17)).toEqual(applications[17]);
  });

  it("gives every organisation a valid, distinct SIREN and SIRET", () => {
    const sirens = organizations.map((o) => String(o.row.siren));
    expect(new Set(sirens).size).toBe(sirens.length);
    for (const { row } of organizations) {
      expect(validateSiren(String(row.siren)).ok).toBe(true);
      expect(validateSiret(String(row.siret)).ok).toBe(true);
    }
  });

  it("writes postcodes of the organisation's département", () => {
    for (const { row } of organizations) {
      const code = String(row.departement);
      const prefix = code === "2A" || code === "2B" ? "20" : code;
      expect(String(row.postcode).startsWith(prefix)).toBe(true);
    }
  });

  it("fills every state of the state machine", () => {
    const states = new Set(applications.map((a) => a.row.status));
    expect([...states].sort()).toEqual([...applicationStates].sort());
    expect(stateWeights.map(([state]) => state).sort()).toEqual([...applicationStates].sort());
  });

  it("writes histories the state machine allows, ending in the application's state", () => {
    for (const state of applicationStates) {
      for (let seed = 0; seed < 20; seed++) {
        const path = pathTo(state, new Rng(seed));
        expect(path.at(-1)?.to ?? "draft").toBe(state);
      }
    }
  });

  it("keeps amounts in cents within the programme's bounds", () => {
    for (const { dependents } of applications) {
      for (const level of dependents[0]?.rows ?? []) {
        const bounds = context.levels.find((l) => l.kind === level.kind);
        const rate = Number(level.requestedRatePercent);
        expect(rate).toBeGreaterThanOrEqual(bounds?.minRatePercent ?? 0);
        expect(rate).toBeLessThanOrEqual(bounds?.maxRatePercent ?? 100);
        expect(Number.isSafeInteger(level.totalCostCents)).toBe(true);
        expect(Number(level.programmeShareCents) + Number(level.remainingCents)).toBe(
          level.totalCostCents,
        );
      }
    }
  });

  it("draws the organisation's département the same way as its row", () => {
    organizations.forEach((o, i) => {
      expect(departementOf(42, i)).toBe(o.row.departement);
    });
  });

  it("routes submitted applications to the antenna covering the organisation, drafts nowhere", () => {
    let routed = 0;
    for (const a of applications) {
      const { row } = a;
      if (row.submittedAt === null) {
        expect(row.antennaId).toBeNull();
        continue;
      }
      const index = organizations.findIndex((o) => o.row.id === row.organizationId);
      const departement = String(organizations[index]?.row.departement);
      const antenna = context.antennas.find((x) => x.departements.includes(departement));
      expect(row.antennaId).toBe(antenna?.id ?? null);
      if (row.antennaId) routed++;
    }
    expect(routed).toBeGreaterThan(0);
  });

  it("dates the state of each application at its last event", () => {
    for (const a of applications) {
      const events = rowsOf(a, applicationEvents);
      const last = events.at(-1);
      expect(a.row.statusChangedAt).toEqual(last?.occurredAt);
      expect(last?.toStatus).toBe(a.row.status);
    }
  });

  it("assigns most reviewed applications to a volume instructor, and no other", () => {
    const instructors = new Set(
      Array.from({ length: VOLUME_INSTRUCTORS }, (_, k) => instructorId(42, k)),
    );
    let reviewed = 0;
    let assigned = 0;
    for (const a of applications) {
      const wasReviewed = rowsOf(a, applicationEvents).some((e) => e.action === "start_review");
      if (!wasReviewed) {
        expect(a.row.assignedTo).toBeNull();
        continue;
      }
      reviewed++;
      if (a.row.assignedTo !== null) {
        assigned++;
        expect(instructors.has(String(a.row.assignedTo))).toBe(true);
      }
    }
    expect(assigned / reviewed).toBeGreaterThan(0.75);
  });

  it("scores those past review on every criterion (1-5), with a committee summary", () => {
    for (const a of applications) {
      const scores = rowsOf(a, applicationScores);
      const marked = rowsOf(a, applicationEvents).some((e) => e.action === "mark_ready");
      if (pastReview.includes(String(a.row.status))) expect(marked).toBe(true);
      if (!marked) {
        expect(scores).toEqual([]);
        expect(a.row.committeeSummary).toBeNull();
        continue;
      }
      expect(scores.map((s) => s.criterionId)).toEqual(context.criteria);
      for (const s of scores) {
        expect(Number(s.score)).toBeGreaterThanOrEqual(1);
        expect(Number(s.score)).toBeLessThanOrEqual(5);
      }
      expect(a.row.committeeSummary).toBeTruthy();
    }
  });

  it("keeps one open information request exactly on the applications waiting for an answer", () => {
    for (const a of applications) {
      const requests = rowsOf(a, informationRequests);
      const asked = rowsOf(a, applicationEvents).filter((e) => e.action === "request_information");
      expect(requests).toHaveLength(asked.length);
      const open = requests.filter((r) => r.answeredAt === null);
      expect(open).toHaveLength(a.row.status === "information_requested" ? 1 : 0);
    }
  });

  it("writes a few notes, on reviewed applications only", () => {
    const withNotes = applications.filter((a) => rowsOf(a, applicationNotes).length > 0);
    expect(withNotes.length).toBeGreaterThan(0);
    expect(
      withNotes.every((a) => rowsOf(a, applicationEvents).some((e) => e.action === "start_review")),
    ).toBe(true);
  });

  it("builds instructors and one manager per antenna, with their scope", () => {
    const staff = Array.from({ length: staffGenerator.count(context.plan) }, (_, i) =>
      staffGenerator.build(context, i),
    );
    expect(staffGenerator.build(context, 3)).toEqual(staff[3]);
    expect(staff.filter((s) => s.row.role === "instructor")).toHaveLength(VOLUME_INSTRUCTORS);
    const scopes = staff.flatMap((s) => rowsOf(s, staffScopes));
    expect(scopes.map((s) => s.antennaId)).toEqual(context.antennas.map((a) => a.id));
  });
});
