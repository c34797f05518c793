// Between the profile form and the organisations table: pure conversions both ways, and the
// summary of a change written to the audit trail.

import { isStandInChoice } from "~/features/eligibility";
import { departementFromPostcode } from "~/platform/geo";
import type { organizations } from "../../../db/schema";
import type { OrganizationProfile } from "./organization-profile.schema";
import { locate } from "./rules";

export type OrganizationRecord = typeof organizations.$inferSelect;

/** The columns the profile form sets (everything but ids, authorship and timestamps). */
export type OrganizationColumns = Pick<
  OrganizationRecord,
  | "siren"
  | "siret"
  | "rna"
  | "name"
  | "legalFormCode"
  | "legalFormChoice"
  | "creationDate"
  | "addressLine"
  | "postcode"
  | "commune"
  | "departement"
  | "region"
  | "essMember"
  | "esusApproved"
  | "website"
  | "employees"
  | "volunteers"
  | "budgetBand"
  | "actionAxes"
  | "otherActions"
>;

/** The columns of a validated profile: SIREN from the SIRET, département and région located. */
export function columnsFromProfile(profile: OrganizationProfile): OrganizationColumns {
  const location = locate(profile.postcode, profile.departement);
  return {
    siren: profile.siret ? profile.siret.slice(0, 9) : null,
    siret: profile.siret ?? null,
    rna: profile.rna ?? null,
    name: profile.name,
    legalFormCode: profile.legalForm.code,
    // Kept only where the code alone does not say it (a company, a SCIC, another form).
    legalFormChoice:
      profile.legalForm.choice && isStandInChoice(profile.legalForm.choice)
        ? profile.legalForm.choice
        : null,
    creationDate: profile.creationDate,
    addressLine: profile.addressLine ?? null,
    postcode: profile.postcode,
    commune: profile.commune,
    departement: location?.departement ?? null,
    region: location?.region ?? null,
    essMember: profile.essMember,
    // A company choice answers the ESUS question itself ("avec" / "sans l'agrément ESUS").
    esusApproved: profile.legalForm.esus ?? profile.esusApproved,
    website: profile.website ?? null,
    employees: profile.employees,
    volunteers: profile.volunteers,
    budgetBand: profile.annualBudgetBand,
    actionAxes: profile.actionAxes,
    otherActions: profile.otherActions ?? null,
  };
}

/** The profile form's initial values for a stored organisation (strings, as a form posts). */
export function formValuesFromRecord(record: OrganizationRecord): Record<string, unknown> {
  const fromPostcode = record.postcode ? departementFromPostcode(record.postcode) : null;
  return {
    name: record.name,
    siret: record.siret ?? "",
    rna: record.rna ?? "",
    // The choice made by hand, else the exact code; neither: "je ne sais pas" (or the register
    // had none).
    legalForm: record.legalFormChoice ?? record.legalFormCode ?? "unknown",
    creationDate: record.creationDate ?? "",
    addressLine: record.addressLine ?? "",
    postcode: record.postcode ?? "",
    commune: record.commune ?? "",
    // Left on "from the postcode" unless the applicant chose another département.
    departement:
      record.departement && record.departement !== fromPostcode ? record.departement : "",
    website: record.website ?? "",
    essMember: record.essMember ? "on" : "",
    esusApproved: record.esusApproved ? "on" : "",
    employees: record.employees === null ? "" : String(record.employees),
    volunteers: record.volunteers === null ? "" : String(record.volunteers),
    annualBudgetBand: record.budgetBand ?? "",
    actionAxes: record.actionAxes,
    otherActions: record.otherActions ?? "",
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields a change touched, with their values before and after (for the audit trail). */
export function changedColumns(
  before: OrganizationColumns,
  after: OrganizationColumns,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const summary = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after) as (keyof OrganizationColumns)[]) {
    if (same(before[key], after[key])) continue;
    summary.before[key] = before[key];
    summary.after[key] = after[key];
  }
  return summary;
}
