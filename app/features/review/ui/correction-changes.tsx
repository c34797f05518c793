/**
 * The correction history of an application's staff file: each request with its steps, fields and
 * message, then, once resubmitted, what changed field by field (before / after). The table stacks
 * per row on a 320 px screen (~/ui/stacked-table). Needs the "review.correction" messages.
 */
import { formatDateTime } from "~/platform/format/dates";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { FieldValue } from "../correction-diff";
import type { CorrectionEntry } from "../corrections.server";

/** The label of a step's field or a document kind (the raw name for an unknown one). */
export function useFieldLabel() {
  const t = useT();
  return (name: string) => {
    const key = `review.correction.field.${name}` as const;
    const label = t(key as never);
    return label === key ? name : label;
  };
}

function Value({ value }: { value: FieldValue }) {
  const t = useT();
  if (value === null) return <span className="field-hint">{t("review.correction.empty")}</span>;
  return <>{typeof value === "string" ? value : value.join(", ")}</>;
}

/** The history, latest first; an empty state when no correction was asked. */
export function CorrectionChanges({ corrections }: { corrections: readonly CorrectionEntry[] }) {
  const t = useT();
  const locale = useLocale();
  const fieldLabel = useFieldLabel();
  const stepLabel = (step: number) => t(`review.correction.step.${step}` as never);
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t("review.correction.history")}</h2>
      {corrections.length === 0 ? (
        <p className="empty-state">{t("review.correction.noHistory")}</p>
      ) : (
        corrections.map((entry) => {
          const tableId = `correction-${entry.id}-changes`;
          return (
            <article key={entry.id} className="correction-entry">
              <h3>
                {entry.requestedByName
                  ? t("review.correction.requestedBy", {
                      date: formatDateTime(entry.requestedAt, locale),
                      name: entry.requestedByName,
                    })
                  : t("review.correction.requestedOn", {
                      date: formatDateTime(entry.requestedAt, locale),
                    })}
              </h3>
              <p>
                {t("review.correction.namedSteps", {
                  steps: entry.steps.map(stepLabel).join(", "),
                })}
              </p>
              {entry.fields.length > 0 ? (
                <p>
                  {t("review.correction.namedFields", {
                    fields: entry.fields.map(fieldLabel).join(", "),
                  })}
                </p>
              ) : null}
              <blockquote className="message-body">{entry.message}</blockquote>
              {entry.resubmittedAt === null ? (
                <p className="field-hint">{t("review.correction.pending")}</p>
              ) : (
                <>
                  <p>
                    {t("review.correction.resubmittedBy", {
                      date: formatDateTime(entry.resubmittedAt, locale),
                      name: entry.resubmittedByName ?? "",
                    })}
                  </p>
                  {entry.changes.length === 0 ? (
                    <p className="empty-state">{t("review.correction.noChange")}</p>
                  ) : (
                    <table className="table table-stacked" aria-labelledby={tableId} {...r.table}>
                      <caption id={tableId}>{t("review.correction.changes")}</caption>
                      <thead {...r.rowgroup}>
                        <tr {...r.row}>
                          <th {...r.columnheader}>{t("review.correction.column.field")}</th>
                          <th {...r.columnheader}>{t("review.correction.column.before")}</th>
                          <th {...r.columnheader}>{t("review.correction.column.after")}</th>
                        </tr>
                      </thead>
                      <tbody {...r.rowgroup}>
                        {entry.changes.map((change) => (
                          <tr key={`${change.step}-${change.field}`} {...r.row}>
                            <th {...r.rowheader}>
                              <StackedLabel>{t("review.correction.column.field")}</StackedLabel>
                              {`${stepLabel(change.step)} · ${fieldLabel(change.field)} (${t(
                                `review.correction.change.${change.change}`,
                              )})`}
                            </th>
                            <td {...r.cell}>
                              <StackedLabel>{t("review.correction.column.before")}</StackedLabel>
                              <Value value={change.before} />
                            </td>
                            <td {...r.cell}>
                              <StackedLabel>{t("review.correction.column.after")}</StackedLabel>
                              <Value value={change.after} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </>
              )}
            </article>
          );
        })
      )}
    </section>
  );
}
