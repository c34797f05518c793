/**
 * The staff page of one organisation: its identity, members, completed diagnostics and
 * applications, each list saying so when it is empty. Plain HTML: works without JavaScript, and
 * the tables stack per row on a 320 px screen (~/ui/stacked-table).
 */
import type { ApplicationState } from "~/features/applications";
import type { RecommendedLevel } from "~/features/diagnostic";
import type { AxisLabel } from "~/features/eligibility";
import { formatDate } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { MemberRole } from "../rules";
import { OrganizationSummary, type OrganizationSummaryData } from "./organization-summary";

export type StaffOrganizationPageData = {
  organization: OrganizationSummaryData & { id: string; name: string; siren: string | null };
  axes: AxisLabel[];
  members: { name: string; email: string; role: MemberRole }[];
  diagnostics: {
    id: string;
    completedAt: string;
    globalScore: number;
    recommendedLevel: RecommendedLevel | null;
  }[];
  applications: {
    id: string;
    number: string | null;
    programName: string;
    state: ApplicationState | null;
    submittedAt: string | null;
  }[];
};

/** The whole page below the shell. */
export function StaffOrganizationPage({ data }: { data: StaffOrganizationPageData }) {
  const t = useT();
  const { organization } = data;
  return (
    <>
      <title>{`${organization.name} – Digit'ESS`}</title>
      <h1>{organization.name}</h1>
      <p className="field-hint">{t("organizations.staff.kicker")}</p>
      <section aria-labelledby="identity-heading">
        <h2 id="identity-heading">{t("organizations.staff.identityHeading")}</h2>
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{t("organizations.staff.siren")}</dt>
            <dd>{organization.siren ?? t("organizations.summary.notProvided")}</dd>
          </div>
        </dl>
        <OrganizationSummary organization={organization} axes={data.axes} />
      </section>
      <MembersSection data={data} />
      <DiagnosticsSection data={data} />
      <ApplicationsSection data={data} />
    </>
  );
}

function MembersSection({ data }: { data: StaffOrganizationPageData }) {
  const t = useT();
  const name = t("organizations.staff.memberName");
  const email = t("organizations.staff.memberEmail");
  const role = t("organizations.staff.memberRole");
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t("organizations.staff.membersHeading")}</h2>
      {data.members.length === 0 ? (
        <p className="empty-state">{t("organizations.staff.membersEmpty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="members-heading" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{name}</th>
              <th {...r.columnheader}>{email}</th>
              <th {...r.columnheader}>{role}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {data.members.map((member) => (
              <tr key={member.email} {...r.row}>
                <th {...r.rowheader}>{member.name}</th>
                <td {...r.cell}>
                  <StackedLabel>{email}</StackedLabel>
                  <span>{member.email}</span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{role}</StackedLabel>
                  <span>{t(`organizations.role.${member.role}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DiagnosticsSection({ data }: { data: StaffOrganizationPageData }) {
  const t = useT();
  const locale = useLocale();
  const score = t("organizations.staff.diagnosticScore");
  const level = t("organizations.staff.diagnosticLevel");
  return (
    <section aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t("organizations.staff.diagnosticsHeading")}</h2>
      {data.diagnostics.length === 0 ? (
        <p className="empty-state">{t("organizations.staff.diagnosticsEmpty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="diagnostics-heading" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("organizations.staff.diagnosticDate")}</th>
              <th {...r.columnheader}>{score}</th>
              <th {...r.columnheader}>{level}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {data.diagnostics.map((diagnostic) => (
              <tr key={diagnostic.id} {...r.row}>
                <th {...r.rowheader}>{formatDate(diagnostic.completedAt, locale)}</th>
                <td {...r.cell}>
                  <StackedLabel>{score}</StackedLabel>
                  <span>
                    {t("organizations.staff.diagnosticScoreValue", {
                      score: diagnostic.globalScore,
                    })}
                  </span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{level}</StackedLabel>
                  <span>
                    {diagnostic.recommendedLevel
                      ? t(`diagnostic.level.${diagnostic.recommendedLevel}`)
                      : t("organizations.staff.diagnosticNoLevel")}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ApplicationsSection({ data }: { data: StaffOrganizationPageData }) {
  const t = useT();
  const locale = useLocale();
  const program = t("organizations.staff.applicationProgram");
  const status = t("organizations.staff.applicationStatus");
  const submitted = t("organizations.staff.applicationSubmitted");
  return (
    <section aria-labelledby="applications-heading">
      <h2 id="applications-heading">{t("organizations.staff.applicationsHeading")}</h2>
      {data.applications.length === 0 ? (
        <p className="empty-state">{t("organizations.staff.applicationsEmpty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="applications-heading" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("organizations.staff.applicationNumber")}</th>
              <th {...r.columnheader}>{program}</th>
              <th {...r.columnheader}>{status}</th>
              <th {...r.columnheader}>{submitted}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {data.applications.map((application) => (
              <tr key={application.id} {...r.row}>
                <th {...r.rowheader}>
                  {application.number ?? t("organizations.staff.applicationNoNumber")}
                </th>
                <td {...r.cell}>
                  <StackedLabel>{program}</StackedLabel>
                  <span>{application.programName}</span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{status}</StackedLabel>
                  <span>
                    {application.state
                      ? t(`applications.state.${application.state}`)
                      : t("organizations.staff.applicationUnknownStatus")}
                  </span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{submitted}</StackedLabel>
                  <span>
                    {application.submittedAt
                      ? formatDate(application.submittedAt, locale)
                      : t("organizations.staff.applicationNotSubmitted")}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
