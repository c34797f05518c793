import { StaticPage } from "~/ui/static-page";

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
