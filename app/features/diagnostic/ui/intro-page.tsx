/**
 * The diagnostic's entry page: what it is, how long it takes, that no account is needed, and a
 * "Commencer" button that creates the diagnostic (a member picks the organisation it is for).
 */
import { Form } from "react-router";
import { formatTime } from "~/platform/format/dates";
import { ChoiceGroup } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";

export interface IntroPageProps {
  readonly dimensionCount: number;
  readonly stepCount: number;
  /** null for a visitor; the member's organisations otherwise (possibly none). */
  readonly organizations: readonly { readonly id: string; readonly name: string }[] | null;
  /** The organisation checked by default when there are several. */
  readonly activeOrganizationId: string | null;
  /** Set when a visitor started too many diagnostics lately (HTTP 429): when to try again. */
  readonly tooManyStarts?: { readonly retryAt: string } | null;
}

/** The intro page and its start form. */
export function IntroPage(props: IntroPageProps) {
  const t = useT();
  const locale = useLocale();
  const organizations = props.organizations;
  const [only] = organizations ?? [];
  return (
    <>
      <title>{`${t("diagnostic.intro.title")} – Digit'ESS`}</title>
      <h1>{t("diagnostic.intro.title")}</h1>
      {props.tooManyStarts ? (
        <div className="error-summary" role="alert" aria-labelledby="too-many-starts">
          <h2 id="too-many-starts" className="error-summary-title">
            {t("diagnostic.intro.tooManyStartsTitle")}
          </h2>
          <p>
            {t("diagnostic.intro.tooManyStarts", {
              time: formatTime(props.tooManyStarts.retryAt, locale),
            })}
          </p>
        </div>
      ) : null}
      <p className="diagnostic-lead">{t("diagnostic.intro.lead")}</p>
      <p>{t("diagnostic.intro.what", { count: props.dimensionCount })}</p>
      <ul className="prose-list">
        <li>{t("diagnostic.intro.duration", { steps: props.stepCount })}</li>
        <li>{t("diagnostic.intro.anonymous")}</li>
        {locale === "en" ? <li lang="en">{t("diagnostic.intro.languageNote")}</li> : null}
      </ul>
      <Form method="post" className="form">
        {organizations && organizations.length === 1 && only ? (
          <>
            <p>{t("diagnostic.intro.memberOne", { name: only.name })}</p>
            <input type="hidden" name="organizationId" value={only.id} />
          </>
        ) : null}
        {organizations && organizations.length > 1 ? (
          <ChoiceGroup
            id="organization"
            type="radio"
            name="organizationId"
            className="diagnostic-question"
            legend={t("diagnostic.intro.memberChoose")}
            defaultValue={props.activeOrganizationId ?? organizations[0]?.id}
            options={organizations.map((organization) => ({
              id: `organization-${organization.id}`,
              value: organization.id,
              label: organization.name,
            }))}
          />
        ) : null}
        {organizations && organizations.length === 0 ? (
          <p>{t("diagnostic.intro.memberNone")}</p>
        ) : null}
        <button type="submit" className="button">
          {t("diagnostic.intro.start")}
        </button>
      </Form>
      <p className="field-hint diagnostic-data-notice">{t("diagnostic.intro.dataNotice")}</p>
    </>
  );
}
