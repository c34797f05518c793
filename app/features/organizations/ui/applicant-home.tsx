/**
 * The applicant's space (/espace): without an organisation, how to register one (and the
 * invitations and requests waiting); with one, its profile, members, diagnostics and
 * applications, each section saying what to do next when it is empty.
 */
import type { ReactNode } from "react";
import { Form, Link } from "react-router";
import type { AxisLabel } from "~/features/eligibility";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { MemberRole } from "../rules";
import { OrganizationSummary, type OrganizationSummaryData } from "./organization-summary";

export type ApplicantHomeData = {
  axes: AxisLabel[];
  memberships: { organizationId: string; organizationName: string }[];
  invitations: { id: string; organizationName: string }[];
  joinRequests: { id: string; organizationName: string }[];
  current: {
    organization: OrganizationSummaryData & { id: string; name: string };
    role: MemberRole;
    memberNames: string[];
    pendingJoinRequests: number;
    diagnostics: number;
    applications: number;
  } | null;
};

/** The whole page below the shell. */
export function ApplicantHome({
  data,
  error = null,
  eligibility = null,
}: {
  data: ApplicantHomeData;
  /** Why the last action was refused (an invitation used or cancelled meanwhile). */
  error?: string | null;
  /** Whether the organisation's data lets it apply (drawn by the applications feature). */
  eligibility?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <title>{`${t("organizations.home.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.home.title")}</h1>
      {error ? <Notice>{error}</Notice> : null}
      {data.current ? (
        <CurrentOrganization
          current={data.current}
          axes={data.axes}
          switchable={data.memberships.length > 1}
          eligibility={eligibility}
        />
      ) : (
        <section aria-labelledby="enregistrer" className="empty-state">
          <h2 id="enregistrer">{t("organizations.home.noOrganizationTitle")}</h2>
          <p>{t("organizations.home.noOrganizationBody")}</p>
          <p>
            <Link to="/espace/structure/nouvelle" className="button">
              {t("organizations.home.register")}
            </Link>
          </p>
        </section>
      )}
      {data.invitations.length > 0 ? (
        <section aria-labelledby="invitations">
          <h2 id="invitations">{t("organizations.home.invitationsTitle")}</h2>
          <ul className="plain-list">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="card">
                <p>
                  {t("organizations.home.invitation", {
                    organization: invitation.organizationName,
                  })}
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="accept-invitation" />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="button">
                    {t("organizations.home.acceptInvitation", {
                      organization: invitation.organizationName,
                    })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.joinRequests.length > 0 ? (
        <section aria-labelledby="demandes">
          <h2 id="demandes">{t("organizations.home.pendingRequestsTitle")}</h2>
          <ul className="prose-list">
            {data.joinRequests.map((request) => (
              <li key={request.id}>
                {t("organizations.home.pendingRequest", {
                  organization: request.organizationName,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.current ? (
        <p>
          <Link to="/espace/structure/nouvelle">{t("organizations.home.addAnother")}</Link>
        </p>
      ) : null}
    </>
  );
}

function CurrentOrganization({
  current,
  axes,
  switchable,
  eligibility,
}: {
  current: NonNullable<ApplicantHomeData["current"]>;
  axes: readonly AxisLabel[];
  switchable: boolean;
  eligibility: ReactNode;
}) {
  const t = useT();
  const { organization } = current;
  const owner = current.role === "owner";
  return (
    <>
      <p className="current-organization">
        {t("organizations.home.current", { name: organization.name })}
        {switchable ? (
          <>
            {" "}
            <Link to="/espace/changer-de-structure">{t("organizations.home.switch")}</Link>
          </>
        ) : null}
      </p>

      {eligibility}

      <section aria-labelledby="profil">
        <h2 id="profil">{t("organizations.home.profileTitle")}</h2>
        <OrganizationSummary organization={organization} axes={axes} />
        <p>
          <Link to="/espace/structure" className="button button-secondary">
            {t("organizations.home.editProfile")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="membres">
        <h2 id="membres">{t("organizations.home.membersTitle")}</h2>
        <p>
          {t("organizations.home.membersCount", {
            count: current.memberNames.length,
            names: current.memberNames.join(", "),
          })}
        </p>
        {owner && current.pendingJoinRequests > 0 ? (
          <Notice>
            {t("organizations.home.joinRequestsWaiting", { count: current.pendingJoinRequests })}
          </Notice>
        ) : null}
        <p>
          <Link to="/espace/membres" className="button button-secondary">
            {t(owner ? "organizations.home.manageMembers" : "organizations.home.seeMembers")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="diagnostics">
        <h2 id="diagnostics">{t("organizations.home.diagnosticsTitle")}</h2>
        {current.diagnostics === 0 ? (
          <p className="empty-state">{t("organizations.home.diagnosticsEmpty")}</p>
        ) : (
          <p>
            {t("organizations.home.diagnosticsCount", { count: current.diagnostics })}{" "}
            <Link to="/espace/diagnostics">{t("organizations.home.seeDiagnostics")}</Link>
          </p>
        )}
        <p>
          <Link to="/diagnostic">{t("organizations.home.startDiagnostic")}</Link>
        </p>
      </section>

      <section aria-labelledby="candidatures">
        <h2 id="candidatures">{t("organizations.home.applicationsTitle")}</h2>
        {current.applications === 0 ? (
          <p className="empty-state">{t("organizations.home.applicationsEmpty")}</p>
        ) : (
          <p>
            {t("organizations.home.applicationsCount", { count: current.applications })}{" "}
            <Link to="/espace/candidatures">{t("organizations.home.seeApplications")}</Link>
          </p>
        )}
        <ul className="actions-list">
          <li>
            <Link to="/espace/candidatures/nouvelle">{t("organizations.home.apply")}</Link>
          </li>
          <li>
            <Link to="/eligibilite">{t("organizations.home.checkEligibility")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
