/** "Modifications enregistrées" next to the form that was just saved. */
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";

/** Shows the success notice when `saved` names this form (or any form, when `formId` is omitted). */
export function SavedNotice({ saved, formId }: { saved: string | null; formId?: string }) {
  const t = useT();
  if (!saved || (formId !== undefined && saved !== formId)) return null;
  return <Notice tone="success">{t("programs.admin.saved")}</Notice>;
}

/** The saved form when it was an addition or a removal (its form is gone): shown atop the page. */
export function pageLevelSaved(saved: string | null): string | null {
  return saved && (saved.startsWith("add-") || saved.startsWith("remove-")) ? saved : null;
}
