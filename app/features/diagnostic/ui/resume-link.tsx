/**
 * The link to resume the diagnostic later, shown on every page in a read-only field that is easy
 * to select and copy; with JavaScript, a button copies it.
 */
import { useEffect, useState } from "react";
import { useT } from "~/ui/i18n";

/** Read-only field with the absolute resume URL and, with JavaScript, a copy button. */
export function ResumeLink({ url }: { url: string }) {
  const t = useT();
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard));
  }, []);
  return (
    <div className="diagnostic-resume">
      <label htmlFor="resume-link" className="field-label">
        {t("diagnostic.resume.label")}
      </label>
      <p id="resume-link-hint" className="field-hint">
        {t("diagnostic.resume.hint")}
      </p>
      <input
        id="resume-link"
        className="field-input diagnostic-resume-input"
        type="text"
        readOnly
        value={url}
        aria-describedby="resume-link-hint"
        onFocus={(event) => event.currentTarget.select()}
      />
      {canCopy ? (
        <button
          type="button"
          className="button button-secondary button-small diagnostic-resume-copy"
          onClick={() => {
            navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t("diagnostic.resume.copy")}
        </button>
      ) : null}
      <p className="diagnostic-resume-status" role="status">
        {copied ? t("diagnostic.resume.copied") : ""}
      </p>
    </div>
  );
}
