import { describe, expect, it } from "vitest";
import { programmeConfigFromSeed } from "../../../tests/factories/programs";
import {
  antennaFor,
  departementConflicts,
  identifierFrom,
  outsideTerritory,
  pickDefaultProgramme,
  rateBoundsProblems,
  toEligibilityRules,
  toFundingRules,
  toReviewCriteria,
  uncoveredDepartements,
} from "./rules";

describe("rateBoundsProblems", () => {
  it.each([
    [0, 0],
    [0, 100],
    [55, 75],
    [100, 100],
    [25, 25],
  ])("accepts %i-%i", (min, max) => {
    expect(rateBoundsProblems(min, max)).toEqual([]);
  });

  it.each([
    [76, 75, ["minAboveMax"]],
    [100, 0, ["minAboveMax"]],
    [-1, 50, ["minOutOfRange"]],
    [10, 101, ["maxOutOfRange"]],
    [55.5, 75, ["minOutOfRange"]],
    [-5, 120, ["minOutOfRange", "maxOutOfRange"]],
    [Number.NaN, 10, ["minOutOfRange"]],
  ])("refuses %d-%d with %j", (min, max, problems) => {
    expect(rateBoundsProblems(min, max)).toEqual(problems);
  });
});

const antennas = [
  { id: "a", name: "Marseille", departements: ["13", "83"] },
  { id: "b", name: "Lyon", departements: ["69", "01"] },
];

describe("departementConflicts", () => {
  it("names the antenna that already covers a département", () => {
    expect(departementConflicts(antennas, { antennaId: null, departements: ["13", "06"] })).toEqual(
      [{ departement: "13", antennaName: "Marseille" }],
    );
  });

  it("ignores the antenna being edited", () => {
    expect(departementConflicts(antennas, { antennaId: "a", departements: ["13", "83"] })).toEqual(
      [],
    );
    expect(departementConflicts(antennas, { antennaId: "a", departements: ["13", "69"] })).toEqual([
      { departement: "69", antennaName: "Lyon" },
    ]);
  });
});

describe("territory coverage", () => {
  it("lists the programme's départements without an antenna, in order", () => {
    expect(uncoveredDepartements(["01", "06", "13", "974"], antennas)).toEqual(["06", "974"]);
  });

  it("lists antenna départements outside the territory", () => {
    expect(outsideTerritory(["13", "974", "2A"], ["13", "2A"])).toEqual(["974"]);
  });

  it("finds the antenna of a département", () => {
    expect(antennaFor(antennas, "83")?.name).toBe("Marseille");
    expect(antennaFor(antennas, "75")).toBeUndefined();
  });
});

describe("rules built from a stored programme", () => {
  const config = programmeConfigFromSeed();

  it("reads the eligibility rules from the programme row and its axes", () => {
    const rules = toEligibilityRules(config);
    expect(rules.minimumAgeYears).toBe(3);
    expect(rules.esusAcceptedForOtherCompanies).toBe(true);
    expect(rules.priorityAxes).toEqual([
      "housing",
      "employment",
      "health_prevention",
      "caregivers",
    ]);
    expect(rules.departements).toHaveLength(102);
    expect(rules.acceptedLegalFormCodes).toContain("9220");
  });

  it("follows the programme when an administrator changes it", () => {
    const changed = programmeConfigFromSeed({
      minimumAgeYears: 1,
      axes: [{ code: "culture", label: "Culture" }],
    });
    expect(toEligibilityRules(changed)).toMatchObject({
      minimumAgeYears: 1,
      priorityAxes: ["culture"],
    });
  });

  it("reads the funding rules from the levels", () => {
    expect(toFundingRules(config).levels).toEqual([
      { level: "diagnostic", minRatePercent: 100, maxRatePercent: 100, costCeilingCents: null },
      { level: "scoping", minRatePercent: 55, maxRatePercent: 75, costCeilingCents: null },
      { level: "production", minRatePercent: 25, maxRatePercent: 50, costCeilingCents: null },
    ]);
  });
});

describe("identifierFrom", () => {
  it.each([
    ["Impact social attendu", "impact_social_attendu"],
    ["Cohérence du budget !", "coherence_du_budget"],
    ["  Élan   2026 ", "elan_2026"],
    ["2026 : bilan", "c_2026_bilan"],
    ["", "c_"],
  ])("%j -> %s", (label, id) => {
    expect(identifierFrom(label)).toBe(id);
  });

  it("stays short", () => {
    expect(identifierFrom("a".repeat(100)).length).toBeLessThanOrEqual(40);
  });
});

describe("toReviewCriteria", () => {
  it("keeps well-formed criteria only", () => {
    expect(
      toReviewCriteria([
        { id: "a", label: "A", description: "d", weight: 2 },
        { id: "b", label: "B" },
        { label: "no id" },
        "text",
        null,
      ]),
    ).toEqual([
      { id: "a", label: "A", description: "d", weight: 2 },
      { id: "b", label: "B", description: "", weight: 1 },
    ]);
    expect(toReviewCriteria("not a list")).toEqual([]);
  });
});

describe("pickDefaultProgramme", () => {
  it("takes the first open programme, else the first one", () => {
    expect(
      pickDefaultProgramme([
        { slug: "a", status: "closed" },
        { slug: "b", status: "open" },
      ])?.slug,
    ).toBe("b");
    expect(pickDefaultProgramme([{ slug: "a", status: "closed" }])?.slug).toBe("a");
    expect(pickDefaultProgramme([])).toBeUndefined();
  });
});
