/**
 * The optional SIRET at the top of the eligibility form, with its "Préremplir avec mon SIRET"
 * button (a second submit button of the same form, so nothing typed is lost), and the notice that
 * says what the company register gave, or why it gave nothing.
 */
import { useEffect, useRef } from "react";
import { PREFILL_INTENT, type PrefillOutcome } from "~/features/eligibility";
import { Field } from "~/ui/field";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";

/** The SIRET field and the prefill button. */
export function SiretPrefill({
  inputProps,
  errors,
}: {
  inputProps: Parameters<typeof Field>[0]["inputProps"];
  errors?: string[];
}) {
  const t = useT();
  return (
    <div className="form-section eligibility-prefill">
      <Field
        id={inputProps.id ?? "siret"}
        label={t("eligibility.prefill.siret")}
        hint={t("eligibility.prefill.siretHint")}
        errors={errors}
        inputProps={{ ...inputProps, inputMode: "numeric", autoComplete: "off" }}
      />
      <p className="actions">
        {/* formNoValidate: the browser does not ask for the rest of the form before a prefill. */}
        <button
          type="submit"
          name="intent"
          value={PREFILL_INTENT}
          formNoValidate
          className="button button-secondary"
        >
          {t("eligibility.prefill.submit")}
        </button>
      </p>
    </div>
  );
}

/** What the register gave; focused when it appears, so that it is read after the prefill. */
export function PrefillNotice({ prefill }: { prefill: PrefillOutcome }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="eligibility-prefill-notice"
      // In the server's HTML too: the page is sent without JavaScript (ADR 0023).
      // biome-ignore lint/a11y/noAutofocus: what the register gave is read first after a prefill
      autoFocus
    >
      {prefill.status === "found" ? (
        <Notice tone="success">
          <p>{t("eligibility.prefill.found", { name: prefill.name })}</p>
          {prefill.legalFormAsked ? <p>{t("eligibility.prefill.legalFormAsked")}</p> : null}
          {prefill.closed ? <p>{t("eligibility.prefill.closed")}</p> : null}
        </Notice>
      ) : prefill.status === "empty" ? (
        <Notice>
          <p>{t("eligibility.prefill.empty")}</p>
        </Notice>
      ) : (
        <Notice>
          <p>{t(`organizations.search.unavailable.${prefill.reason}`)}</p>
          <p>{t("eligibility.prefill.unavailableNext")}</p>
        </Notice>
      )}
    </div>
  );
}
