import { StaticPage } from "~/ui/static-page";

export default function LegalNotice() {
  return (
    <StaticPage
      titleKey="page.legal.title"
      sections={[
        { headingKey: "page.legal.publisher", bodyKey: "page.legal.publisherBody" },
        { headingKey: "page.legal.hosting", bodyKey: "page.legal.hostingBody" },
      ]}
    />
  );
}
