/** A page of headed sections of text (legal notice, personal data, accessibility). */
import type { MessageKey } from "~/i18n";
import { useT } from "./i18n";

export function StaticPage({
  titleKey,
  sections,
}: {
  titleKey: MessageKey;
  sections: { headingKey: MessageKey; bodyKey: MessageKey }[];
}) {
  const t = useT();
  return (
    <>
      <title>{`${t(titleKey)} – Digit'ESS`}</title>
      <h1>{t(titleKey)}</h1>
      {sections.map((section) => (
        <section key={section.headingKey}>
          <h2>{t(section.headingKey)}</h2>
          <p>{t(section.bodyKey)}</p>
        </section>
      ))}
    </>
  );
}
