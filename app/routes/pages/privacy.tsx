import { noJavaScript } from "~/ui/hydration";
import { StaticPage } from "~/ui/static-page";

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function PersonalData() {
  return (
    <StaticPage
      titleKey="page.privacy.title"
      sections={[
        { headingKey: "page.privacy.what", bodyKey: "page.privacy.whatBody" },
        { headingKey: "page.privacy.rights", bodyKey: "page.privacy.rightsBody" },
      ]}
    />
  );
}
