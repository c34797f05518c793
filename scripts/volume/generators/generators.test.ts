import { describe, expect, it } from "vitest";
import { applicationStates } from "~/features/applications";
import { validateSiren, validateSiret } from "~/platform/identifiers";
import type { VolumeContext } from "../generator";
import { Rng } from "../prng";
import { pathTo, stateWeights } from "./application-path";
import { applicationsGenerator } from "./applications";
import { organizationsGenerator } from "./organizations";

const context: VolumeContext = {
  plan: { organizations: 300, applications: 2000, seed: 42 },
  programId: "00000000-0000-4000-8000-000000000001",
  levels: [
    { kind: "diagnostic", minRatePercent: 100, maxRatePercent: 100, costCeilingCents: null },
    { kind: "scoping", minRatePercent: 55, maxRatePercent: 75, costCeilingCents: 3_000_000 },
    { kind: "production", minRatePercent: 25, maxRatePercent: 50, costCeilingCents: null },
  ],
  passwordHash: "hash",
  now: new Date("2026-11-30T12:00:00Z"),
};

const organizations = Array.from({ length: 300 }, (_, i) =>
  organizationsGenerator.build(context, i),
);
const applications = Array.from({ length: 2000 }, (_, i) =>
  applicationsGenerator.build(context, i),
);

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
});
