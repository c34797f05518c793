// Step 1 starts from the organisation's record: the applicant checks and corrects it, and the
// application keeps its own copy (what was declared when applying).
import { choiceForCode } from "~/features/eligibility";
import type { RawValues } from "./application.schema";

/** The organisation fields used to prefill step 1 (any may be missing). */
export type OrganizationRecord = {
  name: string;
  legalFormCode: string | null;
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

/** Step 1's raw values from the organisation record and the person applying. */
export function prefillOrganizationStep(
  organization: OrganizationRecord,
  applicant: { name: string },
): RawValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const legalForm = organization.legalFormCode
    ? (choiceForCode(organization.legalFormCode, organization.esusApproved ?? null) ?? "")
    : "";
  return {
    name: organization.name,
    legalForm,
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
