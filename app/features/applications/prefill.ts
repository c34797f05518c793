// Step 1 starts from the organisation's record: the applicant checks and corrects it, and the
// application keeps its own copy (what was declared when applying).
import { choiceForCode, OTHER_AXIS } from "~/features/eligibility";
import type { RawValues } from "./application.schema";

/** The organisation fields used to prefill step 1 (any may be missing). */
export type OrganizationRecord = {
  name: string;
  legalFormCode: string | null;
  /** The plain-language choice made by hand on the profile, if any (it says more than the code). */
  legalFormChoice?: string | null;
  esusApproved: boolean | null;
  creationDate: string | null;
  addressLine: string | null;
  postcode: string | null;
  commune: string | null;
  departement: string | null;
  website: string | null;
  employees: number | null;
  volunteers: number | null;
};

/**
 * The step-1 legal-form choice a record stands for ("" when the form must ask: no code, or a
 * company whose ESUS approval is unknown). The start of an application and the early eligibility
 * check (start-eligibility.ts) both read the record through it. A choice made by hand on the
 * profile is taken as it is (5460 alone cannot tell a SCIC from another cooperative).
 */
export function legalFormChoiceOf(
  organization: Pick<OrganizationRecord, "legalFormCode" | "legalFormChoice" | "esusApproved">,
): string {
  const chosen = organization.legalFormChoice;
  if (chosen && chosen !== "unknown") return chosen;
  return organization.legalFormCode
    ? (choiceForCode(organization.legalFormCode, organization.esusApproved ?? null) ?? "")
    : "";
}

/** Step 1's raw values from the organisation record and the person applying. */
export function prefillOrganizationStep(
  organization: OrganizationRecord,
  applicant: { name: string },
): RawValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    name: organization.name,
    legalForm: legalFormChoiceOf(organization),
    creationDate: text(organization.creationDate),
    addressLine: text(organization.addressLine),
    postcode: text(organization.postcode),
    commune: text(organization.commune),
    departement: text(organization.departement),
    website: text(organization.website),
    employees: text(organization.employees),
    volunteers: text(organization.volunteers),
    contactName: applicant.name,
    contactRole: "",
    contactPhone: "",
  };
}

/**
 * Step 2's priority axes, ticked from the organisation's fields of action (its profile): the
 * programme's axes it declared, and "other" when it described other fields (issue 11: the
 * applicant is not asked again what the profile says). Null when the profile says nothing.
 */
export function prefillProjectStep(
  organization: { actionAxes: readonly string[]; otherActions: string | null },
  programAxes: readonly { code: string }[],
): RawValues | null {
  const codes = new Set(programAxes.map((axis) => axis.code));
  const axes = organization.actionAxes.filter((code) => codes.has(code));
  if (organization.otherActions?.trim()) axes.push(OTHER_AXIS);
  return axes.length > 0 ? { axes } : null;
}
