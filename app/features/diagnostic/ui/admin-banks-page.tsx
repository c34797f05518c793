/**
 * Administration of the question bank versions: the published versions, a form to paste or
 * upload a new bank as JSON, its preview once valid, and the "Publier" button.
 */
import { Form } from "react-router";
import type { MessageKey } from "~/i18n";
import { formatDay } from "~/platform/format/dates";
import { ErrorSummary } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import type { QuestionBank } from "../question-bank";
import { TableScroll } from "./table-scroll";

export interface AdminBankRow {
  readonly version: string;
  readonly builtIn: boolean;
  readonly publishedAt: string | null;
  readonly questionCount: number;
  readonly current: boolean;
}

export interface AdminIssue {
  readonly path: string;
  readonly message: MessageKey;
  readonly params?: Readonly<Record<string, string>>;
}

export interface AdminBanksPageProps {
  readonly banks: readonly AdminBankRow[];
  readonly currentVersion: string;
  readonly currentJson: string;
  /** The JSON text last submitted (kept after an error or for the publish form). */
  readonly json: string;
  readonly issues: readonly AdminIssue[];
  readonly preview: QuestionBank | null;
}

/** The administration page. */
export function AdminBanksPage(props: AdminBanksPageProps) {
  const t = useT();
  const locale = useLocale();
  const errors = props.issues.map((issue) => ({
    fieldId: "bank-json",
    label: issue.path || undefined,
    message: t(issue.message, issue.params),
  }));
  return (
    <>
      <title>{`${t("diagnostic.admin.title")} – Digit'ESS`}</title>
      <h1>{t("diagnostic.admin.title")}</h1>
      <p>{t("diagnostic.admin.intro")}</p>

      <h2 id="versions-heading">{t("diagnostic.admin.listHeading")}</h2>
      <TableScroll labelledBy="versions-heading">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("diagnostic.admin.version")}</th>
              <th scope="col">{t("diagnostic.admin.publishedAt")}</th>
              <th scope="col">{t("diagnostic.admin.questions")}</th>
              <th scope="col">{t("diagnostic.admin.current")}</th>
            </tr>
          </thead>
          <tbody>
            {props.banks.map((bank) => (
              <tr key={bank.version}>
                <th scope="row">{bank.version}</th>
                <td>
                  {bank.publishedAt
                    ? formatDay(bank.publishedAt, locale)
                    : t("diagnostic.admin.builtIn")}
                </td>
                <td>{bank.questionCount}</td>
                <td>{bank.current ? t("diagnostic.admin.yes") : t("diagnostic.admin.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      {props.preview ? (
        <BankPreview bank={props.preview} json={props.json} />
      ) : (
        <section aria-labelledby="new-version-heading">
          <h2 id="new-version-heading">{t("diagnostic.admin.newHeading")}</h2>
          <p>{t("diagnostic.admin.newIntro")}</p>
          {errors.length > 0 ? (
            <p className="field-errors">{t("diagnostic.admin.error.invalid")}</p>
          ) : null}
          <ErrorSummary errors={errors} />
          <Form method="post" encType="multipart/form-data" className="diagnostic-admin-form">
            <input type="hidden" name="intent" value="preview" />
            <div className="field">
              <label htmlFor="bank-json" className="field-label">
                {t("diagnostic.admin.jsonLabel")}
              </label>
              <textarea
                id="bank-json"
                name="json"
                className="field-input diagnostic-json"
                rows={16}
                spellCheck={false}
                defaultValue={props.json}
                aria-invalid={errors.length > 0 || undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="bank-file" className="field-label">
                {t("diagnostic.admin.fileLabel")}
              </label>
              <p id="bank-file-hint" className="field-hint">
                {t("diagnostic.admin.fileHint")}
              </p>
              <input
                id="bank-file"
                name="file"
                type="file"
                accept="application/json,.json"
                aria-describedby="bank-file-hint"
              />
            </div>
            <button type="submit" className="button">
              {t("diagnostic.admin.preview")}
            </button>
          </Form>
          <details className="diagnostic-admin-current">
            <summary>
              {t("diagnostic.admin.currentJson", { version: props.currentVersion })}
            </summary>
            <pre>{props.currentJson}</pre>
          </details>
        </section>
      )}
    </>
  );
}

/** A valid bank shown question by question, with the form that publishes it. */
function BankPreview({ bank, json }: { bank: QuestionBank; json: string }) {
  const t = useT();
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">
        {t("diagnostic.admin.previewHeading", { version: bank.version })}
      </h2>
      <p>{t("diagnostic.admin.previewIntro")}</p>
      {bank.dimensions.map((dimension) => (
        <section key={dimension.id} aria-labelledby={`preview-${dimension.id}`}>
          <h3 id={`preview-${dimension.id}`}>{dimension.title}</h3>
          <ol className="prose-list">
            {dimension.questions.map((question) => (
              <li key={question.id}>
                <strong>{question.id}</strong> {question.text}
                {question.allowsNotApplicable
                  ? ` (${t("diagnostic.admin.notApplicableAllowed")})`
                  : ""}
                <ol start={0} className="diagnostic-admin-labels">
                  {question.labels.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <h3>{t("diagnostic.step.nextStepTitle")}</h3>
      <ol className="prose-list">
        {bank.nextStepQuestions.map((question) => (
          <li key={question.id}>
            <strong>{question.id}</strong> {question.text} : {question.labels.join(" / ")}
          </li>
        ))}
      </ol>
      <div className="actions">
        <Form method="post">
          <input type="hidden" name="intent" value="publish" />
          <input type="hidden" name="json" value={json} />
          <button type="submit" className="button">
            {t("diagnostic.admin.publish", { version: bank.version })}
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="json" value={json} />
          <button type="submit" className="button button-secondary">
            {t("diagnostic.admin.back")}
          </button>
        </Form>
      </div>
    </section>
  );
}
