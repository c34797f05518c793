// /admin/taches: the dead-letter list. Each failed job with its name, last error, attempts and
// dates, and a button that gives it one more attempt (a plain form: works without JavaScript).
import { Form, Link } from "react-router";
import type { MessageKey } from "~/i18n";
import { formatShortDateTime } from "~/platform/format/dates";
import { ErrorSummary } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";

export type FailedJobItem = {
  id: string;
  name: string;
  error: string;
  attempts: number;
  createdAt: string;
  failedAt: string;
};

/** The label of a job's name, or the name itself for a job this page does not know. */
function useJobLabel() {
  const t = useT();
  return (name: string) => {
    const key = `operations.jobs.kind.${name}` as MessageKey;
    const label = t(key);
    return label === key ? name : label;
  };
}

export function FailedJobsPage({
  jobs,
  total,
  formError,
}: {
  jobs: FailedJobItem[];
  total: number;
  formError: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  const label = useJobLabel();
  const columns = {
    error: t("operations.jobs.error"),
    attempts: t("operations.jobs.attempts"),
    createdAt: t("operations.jobs.createdAt"),
    failedAt: t("operations.jobs.failedAt"),
    action: t("operations.jobs.action"),
  };
  return (
    <>
      <title>{`${t("operations.jobs.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/admin">{t("operations.jobs.back")}</Link>
      </p>
      <h1 id="failed-jobs-heading">{t("operations.jobs.title")}</h1>
      <p>{t("operations.jobs.intro")}</p>
      <ErrorSummary errors={formError ? [{ message: formError }] : []} />
      {jobs.length === 0 ? (
        <p className="empty-state">{t("operations.jobs.empty")}</p>
      ) : (
        <>
          <p>
            {t("operations.jobs.count", { count: total })}
            {total > jobs.length ? ` ${t("operations.jobs.shown", { shown: jobs.length })}` : ""}
          </p>
          <table className="table table-stacked" aria-labelledby="failed-jobs-heading" {...r.table}>
            <thead {...r.rowgroup}>
              <tr {...r.row}>
                <th {...r.columnheader}>{t("operations.jobs.name")}</th>
                <th {...r.columnheader}>{columns.error}</th>
                <th {...r.columnheader}>{columns.attempts}</th>
                <th {...r.columnheader}>{columns.createdAt}</th>
                <th {...r.columnheader}>{columns.failedAt}</th>
                <th {...r.columnheader}>{columns.action}</th>
              </tr>
            </thead>
            <tbody {...r.rowgroup}>
              {jobs.map((job) => {
                const created = formatShortDateTime(job.createdAt, locale);
                return (
                  <tr key={job.id} {...r.row}>
                    <th {...r.rowheader}>{label(job.name)}</th>
                    <td {...r.cell}>
                      <StackedLabel>{columns.error}</StackedLabel>
                      <span className="failed-job-error">{job.error}</span>
                    </td>
                    <td {...r.cell}>
                      <StackedLabel>{columns.attempts}</StackedLabel>
                      <span>{job.attempts}</span>
                    </td>
                    <td {...r.cell}>
                      <StackedLabel>{columns.createdAt}</StackedLabel>
                      <span>{created}</span>
                    </td>
                    <td {...r.cell}>
                      <StackedLabel>{columns.failedAt}</StackedLabel>
                      <span>{formatShortDateTime(job.failedAt, locale)}</span>
                    </td>
                    <td {...r.cell}>
                      <StackedLabel>{columns.action}</StackedLabel>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="retry" />
                        <input type="hidden" name="jobId" value={job.id} />
                        <input type="hidden" name="name" value={job.name} />
                        <button
                          type="submit"
                          className="button button-secondary button-small"
                          aria-label={t("operations.jobs.retryLabel", {
                            name: label(job.name),
                            date: created,
                          })}
                        >
                          {t("operations.jobs.retry")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
