/**
 * The reading sections of an application's staff file: what was submitted (and the current values
 * a correction changed), the attachments, the diagnostic beside the levels requested, the
 * organisation's earlier applications, the eligibility check of today and the completeness
 * checklist. Plain HTML; tables stack per row on a 320 px screen (~/ui/stacked-table).
 */
import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatBytes } from "~/features/applications";
import { OTHER_AXIS } from "~/features/eligibility";
import { formatCalendarDate, formatDate, formatDateTime } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { CompletenessItem } from "../completeness";
import type { SubmissionSection, SubmittedData } from "../file-submission";
import type { FileView } from "../file-view.server";

function Row({ label, value }: { label: string; value: ReactNode }) {
  const t = useT();
  const empty = value === "" || value === null || value === undefined;
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{empty ? <em>{t("review.file.empty")}</em> : value}</dd>
    </div>
  );
}

const longText = (text: string | undefined) =>
  text ? <span className="pre-line">{text}</span> : "";

/** The sections of a submission (all of them, or those named). */
export function SubmittedSections({
  data,
  axes,
  only,
  headingLevel = 3,
  idPrefix,
}: {
  data: SubmittedData;
  axes: FileView["axes"];
  only?: readonly SubmissionSection[];
  headingLevel?: 3 | 4;
  idPrefix: string;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const shows = (section: SubmissionSection) => !only || only.includes(section);
  const { organization, project, levels, declarations } = data;
  const axisLabel = (code: string) =>
    code === OTHER_AXIS
      ? t("applications.axis.other")
      : (axes.find((axis) => axis.code === code)?.label ?? code);
  return (
    <>
      {shows("organization") ? (
        <section aria-labelledby={`${idPrefix}-organization`}>
          <Heading id={`${idPrefix}-organization`}>{t("review.file.sub.organization")}</Heading>
          <dl className="summary-list">
            <Row label={t("applications.field.name")} value={organization.name} />
            <Row
              label={t("applications.field.legalForm")}
              value={t(`applications.legalForm.${organization.legalForm}` as never)}
            />
            <Row
              label={t("applications.field.creationDate")}
              value={formatCalendarDate(organization.creationDate, locale)}
            />
            <Row
              label={t("applications.field.address")}
              value={`${organization.addressLine}, ${organization.postcode} ${organization.commune}`}
            />
            <Row label={t("applications.field.departement")} value={organization.departement} />
            <Row label={t("applications.field.website")} value={organization.website ?? ""} />
            <Row label={t("applications.field.employees")} value={String(organization.employees)} />
            <Row
              label={t("applications.field.volunteers")}
              value={String(organization.volunteers)}
            />
            <Row
              label={t("applications.field.contact")}
              value={[organization.contactName, organization.contactRole, organization.contactPhone]
                .filter(Boolean)
                .join(" – ")}
            />
          </dl>
        </section>
      ) : null}
      {shows("project") ? (
        <section aria-labelledby={`${idPrefix}-project`}>
          <Heading id={`${idPrefix}-project`}>{t("review.file.sub.project")}</Heading>
          <dl className="summary-list">
            <Row label={t("applications.field.situation")} value={longText(project.situation)} />
            <Row label={t("applications.field.needs")} value={longText(project.needs)} />
            <Row label={t("applications.field.goals")} value={longText(project.goals)} />
            <Row
              label={t("applications.field.beneficiaries")}
              value={longText(project.beneficiaries)}
            />
            <Row
              label={t("applications.field.beneficiariesCount")}
              value={String(project.beneficiariesCount)}
            />
            <Row
              label={t("applications.field.axes")}
              value={project.axes.map(axisLabel).join(", ")}
            />
          </dl>
        </section>
      ) : null}
      {shows("levels") ? (
        <section aria-labelledby={`${idPrefix}-levels`}>
          <Heading id={`${idPrefix}-levels`}>{t("review.file.sub.levels")}</Heading>
          <ul className="summary-levels">
            {levels.map((level) => (
              <li key={level.kind}>
                <strong>{level.label}</strong> –{" "}
                {level.totalCostCents === null
                  ? t("review.file.levelNoCost", { rate: level.ratePercent })
                  : t("review.file.levelAmounts", {
                      total: formatEuros(level.totalCostCents, locale),
                      rate: level.ratePercent,
                      share: formatEuros(level.programmeShareCents ?? 0, locale),
                      remaining: formatEuros(level.remainingCents ?? 0, locale),
                    })}
                {level.quotesNote ? (
                  <p className="pre-line">
                    {t("review.file.quotesNote", { note: level.quotesNote })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {shows("declarations") ? (
        <section aria-labelledby={`${idPrefix}-declarations`}>
          <Heading id={`${idPrefix}-declarations`}>{t("review.file.sub.declarations")}</Heading>
          <dl className="summary-list">
            <Row
              label={t("applications.field.swornStatementShort")}
              value={declarations.swornStatement ? t("review.file.yes") : t("review.file.no")}
            />
            <Row
              label={t("applications.field.dataConsentShort")}
              value={declarations.dataConsent ? t("review.file.yes") : t("review.file.no")}
            />
            <Row
              label={t("review.file.signatory")}
              value={t("review.file.signatoryValue", {
                name: declarations.signatoryName,
                role: declarations.signatoryRole,
              })}
            />
          </dl>
        </section>
      ) : null}
    </>
  );
}

export function SubmittedSection({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="submitted">
      <h2 id="submitted">{t("review.file.section.submitted")}</h2>
      {view.submission ? (
        <>
          <p>
            {t("review.file.submittedBy", {
              date: formatDateTime(view.submission.submittedAt, locale),
              name: view.submission.submittedBy.name,
              email: view.submission.submittedBy.email,
            })}
          </p>
          <SubmittedSections data={view.submission.data} axes={view.axes} idPrefix="submitted" />
        </>
      ) : (
        <p className="empty-state">{t("review.file.noSubmission")}</p>
      )}
      {view.current ? (
        <section aria-labelledby="current" className="status-box">
          <h3 id="current">{t("review.file.current.heading")}</h3>
          <p>{t("review.file.current.intro")}</p>
          <SubmittedSections
            data={view.current.data}
            axes={view.axes}
            only={view.current.sections}
            headingLevel={4}
            idPrefix="current"
          />
        </section>
      ) : null}
    </section>
  );
}

/** A file of the application, in the existing download route (`?apercu=1` shows it inline). */
function fileHref(applicationId: string, fileId: string, preview = false) {
  return `/espace/candidatures/${applicationId}/pieces/${fileId}${preview ? "?apercu=1" : ""}`;
}

export function AttachmentsSection({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  const kind = t("review.file.attachment.kind");
  const size = t("review.file.attachment.size");
  const date = t("review.file.attachment.date");
  const actions = t("review.file.attachment.actions");
  const id = view.application.id;
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">{t("review.file.section.attachments")}</h2>
      {view.attachments.length === 0 ? (
        <p className="empty-state">{t("review.file.attachmentsEmpty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="attachments" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("review.file.attachment.name")}</th>
              <th {...r.columnheader}>{kind}</th>
              <th {...r.columnheader}>{size}</th>
              <th {...r.columnheader}>{date}</th>
              <th {...r.columnheader}>{actions}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {view.attachments.map((file) => (
              <tr key={file.id} {...r.row}>
                <th {...r.rowheader} className="break-anywhere">
                  {file.fileName}
                </th>
                <td {...r.cell}>
                  <StackedLabel>{kind}</StackedLabel>
                  <span>
                    {t(`applications.attachmentKind.${file.kind}` as never)}
                    {file.sentWithMessage ? ` (${t("review.file.attachment.withMessage")})` : ""}
                  </span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{size}</StackedLabel>
                  <span>{formatBytes(file.sizeBytes, locale)}</span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{date}</StackedLabel>
                  <span>{formatDate(file.createdAt, locale)}</span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{actions}</StackedLabel>
                  <span className="inline-actions">
                    {file.previewable ? (
                      <a href={fileHref(id, file.id, true)}>
                        {t("review.file.open")}
                        <span className="visually-hidden"> : {file.fileName}</span>
                      </a>
                    ) : null}{" "}
                    <a href={fileHref(id, file.id)}>
                      {t("review.file.download")}
                      <span className="visually-hidden"> : {file.fileName}</span>
                    </a>
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

export function DiagnosticSection({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  const { latest, earlierCount } = view.diagnostic;
  const level = (kind: string) => t(`diagnostic.level.${kind}` as never);
  const fit = view.levelFit;
  const dimension = t("review.file.dimension");
  const score = t("review.file.dimensionScore");
  return (
    <section aria-labelledby="diagnostic">
      <h2 id="diagnostic">{t("review.file.section.diagnostic")}</h2>
      {latest ? (
        <>
          <p>{t("review.file.diagnosticDate", { date: formatDate(latest.completedAt, locale) })}</p>
          <dl className="summary-list">
            <Row
              label={t("review.file.globalScore")}
              value={t("review.file.scoreValue", { score: latest.globalScore })}
            />
            <Row label={t("review.file.recommended")} value={level(latest.recommendedLevel)} />
          </dl>
          <table className="table table-stacked" aria-labelledby="diagnostic" {...r.table}>
            <thead {...r.rowgroup}>
              <tr {...r.row}>
                <th {...r.columnheader}>{dimension}</th>
                <th {...r.columnheader}>{score}</th>
              </tr>
            </thead>
            <tbody {...r.rowgroup}>
              {latest.dimensions.map((item) => (
                <tr key={item.id} {...r.row}>
                  <th {...r.rowheader}>{item.title}</th>
                  <td {...r.cell}>
                    <StackedLabel>{score}</StackedLabel>
                    <span>
                      {item.score === null
                        ? t("review.file.scoreNone")
                        : t("review.file.scoreValue", { score: item.score })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {earlierCount > 0 ? (
            <p>
              {t("review.file.diagnosticsEarlier", { count: earlierCount })}{" "}
              <Link to={`/instruction/structures/${view.organization.id}`}>
                {t("review.file.diagnosticsLink")}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="empty-state">{t("review.file.diagnosticNone")}</p>
      )}
      <dl className="summary-list">
        <Row
          label={t("review.file.fit.requested")}
          value={view.requestedLevels.map(level).join(", ")}
        />
      </dl>
      <p
        className={fit.kind === "ahead" || fit.kind === "behind" ? "notice" : undefined}
        role={fit.kind === "ahead" || fit.kind === "behind" ? "note" : undefined}
      >
        {fit.kind === "no_diagnostic"
          ? t("review.file.fit.no_diagnostic")
          : fit.kind === "no_levels"
            ? t("review.file.fit.no_levels")
            : fit.kind === "match"
              ? t("review.file.fit.match", { recommended: level(fit.recommended) })
              : t(`review.file.fit.${fit.kind}`, {
                  requested: level(fit.requested),
                  recommended: level(fit.recommended),
                })}
      </p>
    </section>
  );
}

export function EarlierSection({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  const program = t("review.file.earlier.program");
  const status = t("review.file.earlier.status");
  const submitted = t("review.file.earlier.submitted");
  return (
    <section aria-labelledby="earlier">
      <h2 id="earlier">{t("review.file.section.earlier")}</h2>
      {view.earlierApplications.length === 0 ? (
        <p className="empty-state">{t("review.file.earlierEmpty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="earlier" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("review.file.earlier.number")}</th>
              <th {...r.columnheader}>{program}</th>
              <th {...r.columnheader}>{status}</th>
              <th {...r.columnheader}>{submitted}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {view.earlierApplications.map((application) => (
              <tr key={application.id} {...r.row}>
                <th {...r.rowheader}>
                  <Link to={`/instruction/candidatures/${application.id}`}>
                    {application.number ?? t("review.file.earlier.noNumber")}
                  </Link>
                </th>
                <td {...r.cell}>
                  <StackedLabel>{program}</StackedLabel>
                  <span>{application.programName}</span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{status}</StackedLabel>
                  <span>
                    {application.state ? t(`applications.state.${application.state}`) : ""}
                  </span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{submitted}</StackedLabel>
                  <span>
                    {application.submittedAt ? formatDate(application.submittedAt, locale) : ""}
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

const metKey = (met: boolean | null) => `eligibility.met.${String(met)}` as "eligibility.met.true";
const eligibleKey = (met: boolean | null) =>
  `review.file.eligible.${String(met)}` as "review.file.eligible.true";

export function EligibilitySection({ view }: { view: FileView }) {
  const t = useT();
  const { eligibility } = view;
  const { registry } = eligibility;
  const now = t("review.file.eligibility.now");
  const stored = t("review.file.eligibility.stored");
  return (
    <section aria-labelledby="eligibility">
      <h2 id="eligibility">{t("review.file.section.eligibility")}</h2>
      <p>
        {registry.status === "found"
          ? t("review.file.registry.found", { name: registry.name })
          : t(`review.file.registry.${registry.status}`)}
      </p>
      {registry.status === "found" && registry.closed ? (
        <p className="notice" role="note">
          {t("review.file.registry.closed")}
        </p>
      ) : null}
      <p>
        <strong>
          {t("review.file.eligibility.today", { result: t(eligibleKey(eligibility.eligible)) })}
        </strong>
      </p>
      <table className="table table-stacked" aria-labelledby="eligibility" {...r.table}>
        <thead {...r.rowgroup}>
          <tr {...r.row}>
            <th {...r.columnheader}>{t("review.file.eligibility.criterion")}</th>
            <th {...r.columnheader}>{now}</th>
            <th {...r.columnheader}>{stored}</th>
          </tr>
        </thead>
        <tbody {...r.rowgroup}>
          {eligibility.criteria.map((criterion) => {
            const before = eligibility.stored?.criteria.find((c) => c.id === criterion.id);
            return (
              <tr key={criterion.id} {...r.row}>
                <th {...r.rowheader}>
                  {t(`eligibility.criterion.${criterion.id}.label` as never)}
                </th>
                <td {...r.cell}>
                  <StackedLabel>{now}</StackedLabel>
                  <span>
                    <strong>{t(metKey(criterion.met))}</strong> – {criterion.message}
                  </span>
                </td>
                <td {...r.cell}>
                  <StackedLabel>{stored}</StackedLabel>
                  <span>
                    {before ? t(metKey(before.met)) : t("review.file.eligibility.notStored")}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function itemLabel(t: ReturnType<typeof useT>, item: CompletenessItem): string {
  switch (item.kind) {
    case "document":
      return t("review.file.item.document", {
        document: t(`applications.attachmentKind.${item.document}` as never),
      });
    case "quote":
      return t("review.file.item.quote", { level: t(`diagnostic.level.${item.level}`) });
    default:
      return t(`review.file.item.${item.kind}`);
  }
}

export function CompletenessSection({ view }: { view: FileView }) {
  const t = useT();
  const missing = view.completeness.filter((item) => !item.ok).length;
  return (
    <section aria-labelledby="completeness">
      <h2 id="completeness">{t("review.file.section.completeness")}</h2>
      <p>
        {missing === 0
          ? t("review.file.completeAll")
          : t("review.file.missingCount", { count: missing })}
      </p>
      <ul className="plain-list">
        {view.completeness.map((item) => (
          <li key={item.id}>
            <span aria-hidden="true">{item.ok ? "✓" : "✗"}</span>{" "}
            <span className="visually-hidden">
              {item.ok ? t("review.file.check.ok") : t("review.file.check.missing")} :{" "}
            </span>
            {itemLabel(t, item)}
          </li>
        ))}
      </ul>
    </section>
  );
}
