import { noJavaScript } from "~/ui/hydration";
import { StaticPage } from "~/ui/static-page";

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function Accessibility() {
  return (
    <StaticPage
      titleKey="page.accessibility.title"
      sections={[
        { headingKey: "page.accessibility.status", bodyKey: "page.accessibility.statusBody" },
        { headingKey: "page.accessibility.contact", bodyKey: "page.accessibility.contactBody" },
      ]}
    />
  );
}
