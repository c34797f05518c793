/** The navigation entries of a role, for the page shell. */
import type { NavItem } from "~/ui/layout";
import { areaLabelKeys, areaPaths } from "./areas";
import { visibleAreas } from "./permissions";
import type { Role } from "./roles";

/** Navigation items for a signed-in role; none for visitors. */
export function navigationFor(role: Role | null): NavItem[] {
  if (!role) return [];
  return visibleAreas(role).map((area) => ({
    href: areaPaths[area],
    labelKey: areaLabelKeys[area],
  }));
}
