/** The landing page of an area, with its empty state until the area's features arrive. */
import type { MessageKey } from "~/i18n";
import { useT } from "./i18n";

export function AreaHome({ titleKey, emptyKey }: { titleKey: MessageKey; emptyKey: MessageKey }) {
  const t = useT();
  return (
    <>
      <title>{`${t(titleKey)} – Digit'ESS`}</title>
      <h1>{t(titleKey)}</h1>
      <p className="empty-state">{t(emptyKey)}</p>
    </>
  );
}
