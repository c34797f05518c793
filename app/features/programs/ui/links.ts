/** The public addresses of a programme's pages (the default programme has the short ones). */
export interface ProgrammeLinks {
  readonly home: string;
  readonly eligibility: string;
  readonly simulator: string;
  readonly diagnostic: string;
  readonly apply: string;
}

/** Builds the links of a programme's public pages and calls to action. */
export function programmeLinks(slug: string, isDefault: boolean): ProgrammeLinks {
  const query = isDefault ? "" : `?programme=${encodeURIComponent(slug)}`;
  return {
    home: isDefault ? "/" : `/programmes/${encodeURIComponent(slug)}`,
    eligibility: `/eligibilite${query}`,
    simulator: `/simulateur${query}`,
    diagnostic: "/diagnostic",
    apply: `/espace/candidatures/nouvelle${query}`,
  };
}
