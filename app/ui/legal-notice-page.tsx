/** The legal notice (/mentions-legales): publisher, director of publication, contact, host. */
import type { LegalNotice } from "~/platform/legal-notice";
import { useT } from "./i18n";

export function LegalNoticePage({ notice }: { notice: LegalNotice }) {
  const t = useT();
  const { publisher, host } = notice;
  return (
    <>
      <title>{`${t("page.legal.title")} – Digit'ESS`}</title>
      <h1>{t("page.legal.title")}</h1>
      {notice.demo ? (
        <p className="notice notice-warning" role="note">
          {t("page.legal.demo")}
        </p>
      ) : null}
      <section aria-labelledby="legal-publisher">
        <h2 id="legal-publisher">{t("page.legal.publisher")}</h2>
        <dl className="legal-facts">
          <dt>{t("page.legal.name")}</dt>
          <dd>{publisher.name}</dd>
          <dt>{t("page.legal.address")}</dt>
          <dd>{publisher.address}</dd>
          {publisher.id ? (
            <>
              <dt>{t("page.legal.id")}</dt>
              <dd>{publisher.id}</dd>
            </>
          ) : null}
          {publisher.phone ? (
            <>
              <dt>{t("page.legal.phone")}</dt>
              <dd>{publisher.phone}</dd>
            </>
          ) : null}
          <dt>{t("page.legal.director")}</dt>
          <dd>{notice.director}</dd>
          <dt>{t("page.legal.contact")}</dt>
          <dd>
            <a href={`mailto:${notice.contactEmail}`}>{notice.contactEmail}</a>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="legal-host">
        <h2 id="legal-host">{t("page.legal.hosting")}</h2>
        <dl className="legal-facts">
          <dt>{t("page.legal.name")}</dt>
          <dd>{host.name}</dd>
          <dt>{t("page.legal.address")}</dt>
          <dd>{host.address}</dd>
          {host.phone ? (
            <>
              <dt>{t("page.legal.phone")}</dt>
              <dd>{host.phone}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <p>{t("page.legal.software")}</p>
    </>
  );
}
