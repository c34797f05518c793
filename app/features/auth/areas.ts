/** URL path and catalogue key of each area (URLs in French, by audience). */
import type { Area } from "./permissions";

export const areaPaths: Readonly<Record<Area, string>> = {
  applicant: "/espace",
  review: "/instruction",
  committees: "/comites",
  support: "/accompagnements",
  steering: "/pilotage",
  admin: "/admin",
};

export const areaLabelKeys = {
  applicant: "shell.nav.applicant",
  review: "shell.nav.review",
  committees: "shell.nav.committees",
  support: "shell.nav.support",
  steering: "shell.nav.steering",
  admin: "shell.nav.admin",
} as const satisfies Record<Area, string>;
