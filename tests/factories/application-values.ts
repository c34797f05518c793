/**
 * Pure test data of the applications feature (no database, safe for unit tests): a programme
 * configured like Digit'ESS and the raw values of a complete draft, step by step. The builders
 * that insert rows are in ./applications.
 */
import type { RawValues } from "../../app/features/applications/application.schema";
import type { DraftData } from "../../app/features/applications/draft";
import type { ProgramConfig } from "../../app/features/applications/program-config";
import { digitessAxes, digitessEligibilityRules } from "../../app/features/eligibility";

/** A programme configured like the Digit'ESS seed. */
export const testProgram: ProgramConfig = {
  id: "00000000-0000-4000-8000-000000000001",
  slug: "digitess",
  name: "Digit'ESS",
  levels: [
    {
      kind: "diagnostic",
      label: "Diagnostic numérique",
      description: "",
      minRatePercent: 100,
      maxRatePercent: 100,
      costCeilingCents: null,
    },
    {
      kind: "scoping",
      label: "Cadrage",
      description: "",
      minRatePercent: 55,
      maxRatePercent: 75,
      costCeilingCents: 3_000_000,
    },
    {
      kind: "production",
      label: "Production",
      description: "",
      minRatePercent: 25,
      maxRatePercent: 50,
      costCeilingCents: null,
    },
  ],
  axes: digitessAxes.map(({ code, label }) => ({ code, label })),
  eligibilityRules: digitessEligibilityRules,
};

/** Step 1 of Le Toit Partagé, an association created in 2015 in Marseille. */
export const organizationValues: RawValues = {
  name: "Le Toit Partagé",
  legalForm: "association",
  creationDate: "2015-09-15",
  addressLine: "12 rue de la République",
  postcode: "13001",
  commune: "Marseille",
  departement: "13",
  website: "",
  employees: "3",
  volunteers: "25",
  contactName: "Nadia Martin",
  contactRole: "Présidente",
  contactPhone: "06 12 34 56 78",
};

export const projectValues: RawValues = {
  situation: "Nous gérons les adhésions sur papier.",
  needs: "Un outil de suivi des familles et un site.",
  goals: "Passer plus de temps avec les familles.",
  beneficiaries: "Familles mal logées.",
  beneficiariesCount: "250",
  axes: ["housing"],
};

export const levelsValues: RawValues = {
  levels: ["diagnostic", "scoping"],
  scopingTotalCost: "12 000",
  scopingRatePercent: "75",
  scopingQuotes: "Devis de Numérique Solidaire : 12 000 €",
};

export const declarationsValues: RawValues = {
  swornStatement: "on",
  dataConsent: "on",
  signatoryName: "Nadia Martin",
  signatoryRole: "Présidente",
};

/** A complete draft (documents aside). */
export const completeDraft: DraftData = {
  steps: {
    "1": organizationValues,
    "2": projectValues,
    "3": levelsValues,
    "5": declarationsValues,
  },
};
