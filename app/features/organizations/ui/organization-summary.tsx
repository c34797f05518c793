/** The organisation's profile as a description list (shown in the applicant's space). */

import { type AxisLabel, OTHER_AXIS } from "~/features/eligibility";
import { formatDate } from "~/platform/format/dates";
import { getDepartement } from "~/platform/geo";
import { useLocale, useT } from "~/ui/i18n";
import { type BudgetBandId, budgetBandIds } from "../budget-bands";
import { describeLegalForm } from "../legal-form-field";
import { formatSiret } from "./format";

export type OrganizationSummaryData = {
  siret: string | null;
  rna: string | null;
  legalFormCode: string | null;
  legalFormChoice: string | null;
  creationDate: string | null;
  addressLine: string | null;
  postcode: string | null;
  commune: string | null;
  departement: string | null;
  region: string | null;
  essMember: boolean | null;
  esusApproved: boolean;
  website: string | null;
  employees: number | null;
  volunteers: number | null;
  budgetBand: string | null;
  actionAxes: string[];
  otherActions: string | null;
};

/** Lists every field of the profile, "Non renseigné" for the empty ones. */
export function OrganizationSummary({
  organization: o,
  axes: axisLabels,
}: {
  organization: OrganizationSummaryData;
  /** Labels of the programme axes; unknown codes are shown as they are. */
  axes: readonly AxisLabel[];
}) {
  const t = useT();
  const locale = useLocale();
  const missing = t("organizations.summary.notProvided");
  const yesNo = (value: boolean | null) =>
    value === null ? missing : t(value ? "organizations.summary.yes" : "organizations.summary.no");
  // A choice made by hand in its own words; every code with INSEE's label; a code the table does
  // not know, by its number.
  const described = describeLegalForm(o.legalFormCode, o.legalFormChoice);
  const legalForm = !described
    ? missing
    : described.kind === "choice"
      ? t(`eligibility.legalForm.${described.choice}`)
      : described.label
        ? t("organizations.summary.legalFormCoded", {
            label: described.label,
            code: described.code,
          })
        : t("organizations.summary.legalFormUnknownCode", { code: described.code });
  const departement = o.departement ? getDepartement(o.departement) : undefined;
  const location = departement
    ? [`${departement.name} (${departement.code})`, o.region].filter(Boolean).join(", ")
    : missing;
  const address = [o.addressLine, [o.postcode, o.commune].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  const axes = o.actionAxes.map((code) =>
    code === OTHER_AXIS
      ? [t("organizations.axis.other"), o.otherActions].filter(Boolean).join(" : ")
      : (axisLabels.find((axis) => axis.code === code)?.label ?? code),
  );
  const budget = (budgetBandIds as readonly string[]).includes(o.budgetBand ?? "")
    ? t(`organizations.budgetBand.${o.budgetBand as BudgetBandId}`)
    : missing;
  const rows: [string, string][] = [
    [t("organizations.summary.siret"), o.siret ? formatSiret(o.siret) : missing],
    [t("organizations.summary.rna"), o.rna ?? missing],
    [t("organizations.summary.legalForm"), legalForm],
    [
      t("organizations.summary.creationDate"),
      o.creationDate ? formatDate(o.creationDate, locale) : missing,
    ],
    [t("organizations.summary.address"), address || missing],
    [t("organizations.summary.location"), location],
    [t("organizations.summary.ess"), yesNo(o.essMember)],
    [t("organizations.summary.esus"), yesNo(o.esusApproved)],
    [t("organizations.summary.employees"), o.employees === null ? missing : String(o.employees)],
    [t("organizations.summary.volunteers"), o.volunteers === null ? missing : String(o.volunteers)],
    [t("organizations.summary.budget"), budget],
    [t("organizations.summary.axes"), axes.length > 0 ? axes.join(" ; ") : missing],
    [t("organizations.summary.website"), o.website ?? missing],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div key={term} className="summary-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
