import { describe, expect, it } from "vitest";
import type { SubmissionSnapshot } from "~/features/applications";
import { changedSections, fromSnapshot, fromValues } from "./file-submission";

const snapshot = {
  version: 1,
  number: "DE-2026-00001",
  submittedAt: "2026-03-02T10:00:00.000Z",
  submittedBy: { id: "u1", name: "Nadia Martin", email: "n@exemple.fr" },
  program: { id: "p1", name: "Digit'ESS" },
  organization: {
    id: "o1",
    name: "Le Toit Partagé",
    legalForm: "association",
    creationDate: "2015-06-15",
    addressLine: "24 rue des Petites Maries",
    postcode: "13001",
    commune: "Marseille",
    departement: "13",
    website: undefined,
    employees: 3,
    volunteers: 12,
    contactName: "Nadia Martin",
    contactRole: "Présidente",
    contactPhone: undefined,
  },
  project: {
    situation: "Sur papier",
    needs: "Un site",
    goals: "Être trouvés",
    beneficiaries: "Familles",
    beneficiariesCount: 250,
    axes: ["housing"],
    axisLabels: ["Habitat"],
  },
  levels: [
    {
      kind: "diagnostic",
      label: "Diagnostic numérique",
      totalCostCents: null,
      ratePercent: 100,
      programmeShareCents: null,
      remainingCents: null,
      quotesNote: null,
    },
  ],
  attachments: [],
  declarations: {
    swornStatement: true,
    dataConsent: true,
    signatoryName: "Nadia Martin",
    signatoryRole: "Présidente",
  },
  eligibility: { eligible: true, criteria: [] },
  flaggedForReview: false,
} as unknown as SubmissionSnapshot;

const program = {
  levels: [
    {
      kind: "diagnostic" as const,
      label: "Diagnostic (renamed)",
      description: "",
      minRatePercent: 100,
      maxRatePercent: 100,
      costCeilingCents: null,
    },
  ],
};

describe("the submitted sections and the current ones", () => {
  const submitted = fromSnapshot(snapshot);

  it("leaves the snapshot's ids and labels out of the sections", () => {
    expect(submitted.organization).not.toHaveProperty("id");
    expect(submitted.project).not.toHaveProperty("axisLabels");
    expect(submitted.levels[0]?.label).toBe("Diagnostic numérique");
  });

  it("finds nothing changed when the values are the same, whatever the key order or labels", () => {
    const { levels: _levels, ...rest } = submitted;
    const reordered = {
      ...rest,
      organization: Object.fromEntries(Object.entries(submitted.organization).reverse()),
      levels: submitted.levels.map(({ label: _label, ...level }) => level),
    } as never;
    const current = fromValues(reordered, program);
    expect(current.levels[0]?.label).toBe("Diagnostic (renamed)");
    expect(changedSections(submitted, current)).toEqual([]);
  });

  it("names each section a correction changed", () => {
    const current = {
      ...submitted,
      organization: { ...submitted.organization, employees: 4 },
      levels: [{ ...(submitted.levels[0] as (typeof submitted.levels)[number]), ratePercent: 90 }],
    };
    expect(changedSections(submitted, current)).toEqual(["organization", "levels"]);
    expect(
      changedSections(submitted, {
        ...submitted,
        project: { ...submitted.project, axes: ["housing", "health"] },
        declarations: { ...submitted.declarations, signatoryRole: "Trésorière" },
      }),
    ).toEqual(["project", "declarations"]);
  });
});
