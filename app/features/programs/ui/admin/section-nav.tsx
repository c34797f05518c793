/** The admin sections of one programme, as a secondary navigation. */
import { NavLink } from "react-router";
import type { MessageKey } from "~/i18n";
import { useT } from "~/ui/i18n";

/** The sections and their French path segments. */
export const adminSections = [
  { path: "", key: "programs.admin.section.info" },
  { path: "echelons", key: "programs.admin.section.levels" },
  { path: "axes", key: "programs.admin.section.axes" },
  { path: "eligibilite", key: "programs.admin.section.eligibility" },
  { path: "antennes", key: "programs.admin.section.antennas" },
  { path: "financeurs", key: "programs.admin.section.funders" },
  { path: "comite", key: "programs.admin.section.committee" },
] as const satisfies readonly { path: string; key: MessageKey }[];

/** The admin address of a programme section. */
export function adminPath(slug: string, section = ""): string {
  const base = `/admin/programmes/${encodeURIComponent(slug)}`;
  return section ? `${base}/${section}` : base;
}

/** The navigation between a programme's sections. */
export function SectionNav({ slug, name }: { slug: string; name: string }) {
  const t = useT();
  return (
    <nav aria-label={t("programs.admin.sectionsLabel", { name })} className="section-nav">
      <ul>
        {adminSections.map((section) => (
          <li key={section.path}>
            <NavLink to={adminPath(slug, section.path)} end>
              {t(section.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
