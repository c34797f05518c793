/**
 * Pages of other features the diagnostic links to, in one place so the paths are changed once.
 * (Issue 5: the applications and organisations features own these pages.)
 */
import type { RecommendedLevel } from "./next-step";

/** Where a structure applies for a support level of the programme. */
export function applyForSupportPath(level: RecommendedLevel): string {
  return `/espace/candidatures/nouvelle?echelon=${level}`;
}

/** Where a signed-in user registers their organisation, coming back to `returnTo` afterwards. */
export function registerOrganizationPath(returnTo: string): string {
  return `/espace/structure/nouvelle?redirectTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Where to find a local support point for associations (the State's Guid'Asso network is listed
 * from this site). To be replaced by the network feature's own directory when it exists.
 */
export const supportPointsUrl = "https://www.associations.gouv.fr/";

/** Paths of the diagnostic's own pages. */
export const diagnosticPaths = {
  intro: "/diagnostic",
  step: (token: string, step: number) => `/diagnostic/${token}/etape/${step}`,
  result: (token: string) => `/diagnostic/${token}/resultat`,
  pdf: (token: string) => `/diagnostic/${token}/resultat.pdf`,
  space: "/espace/diagnostics",
  /** A result saved to an organisation, in its space (its members only). */
  saved: (id: string) => `/espace/diagnostics/${id}`,
  savedPdf: (id: string) => `/espace/diagnostics/${id}/resultat.pdf`,
  admin: "/admin/diagnostic",
} as const;
