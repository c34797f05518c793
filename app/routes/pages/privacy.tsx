import { StaticPage } from "~/ui/static-page";

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
