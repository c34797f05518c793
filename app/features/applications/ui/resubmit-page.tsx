// /espace/candidatures/:id/renvoyer: the confirmation before resubmitting a corrected application,
// with what still stops it (each problem linked to its step).
import { Form, Link } from "react-router";
import { translateError, useT } from "~/ui/i18n";
import type { Problem } from "../draft";
import { stepUrl } from "./step-frame";

export function ResubmitPage({
  applicationId,
  number,
  problems,
  refusal,
}: {
  applicationId: string;
  number: string | null;
  problems: readonly Problem[];
  /** The refusal's message when the resubmission was refused (already translated). */
  refusal: string | null;
}) {
  const t = useT();
  return (
    <>
      <title>{`${t("applications.correction.resubmit")} – Digit'ESS`}</title>
      <h1 className="application-title">{t("applications.correction.resubmit")}</h1>
      <p>{t("applications.correction.resubmitIntro", { number: number ?? "" })}</p>
      {refusal ? (
        <div className="error-summary" role="alert">
          <p>{refusal}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title">{t("applications.correction.problems")}</h2>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.step}-${problem.field ?? ""}-${problem.message}`}>
                <Link to={stepUrl(applicationId, problem.step)}>
                  {t("applications.correction.problemAt", {
                    step: problem.step,
                    message: translateError(t, problem.message),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="post" className="form">
        <div className="actions">
          <button type="submit" className="button">
            {t("applications.correction.confirm")}
          </button>
          <Link to={`/espace/candidatures/${applicationId}`} className="button button-secondary">
            {t("applications.correction.cancel")}
          </Link>
        </div>
      </Form>
    </>
  );
}
