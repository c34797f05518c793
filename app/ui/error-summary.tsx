/**
 * The error summary at the top of a form (RGAA): a titled list of links to the fields in error,
 * focused when it appears so keyboard and screen-reader users land on it (by the effect after a
 * client render, by `autofocus` when the page comes from the server without JavaScript).
 */
import { useEffect, useRef } from "react";
import { translateError, useT } from "./i18n";

export type SummaryError = { fieldId?: string; label?: string; message: string };

/** Renders nothing without errors. */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div
      ref={ref}
      // In the server's HTML too: a page sent without JavaScript focuses it when it loads.
      // biome-ignore lint/a11y/noAutofocus: the summary of a failed submission takes the focus (RGAA)
      autoFocus
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {t("form.errorSummary.title", { count })}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ""}${error.message}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`}>
                {error.label ? `${error.label} : ` : ""}
                {translateError(t, error.message)}
              </a>
            ) : (
              translateError(t, error.message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
