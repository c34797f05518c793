import { describe, expect, it } from "vitest";
import { emptyInboxFilters, parseInboxSearch } from "./inbox-filters";
import { inboxNeedsOrganizations } from "./inbox-query.server";

const needs = (query: string) =>
  inboxNeedsOrganizations(parseInboxSearch(new URLSearchParams(query)).filters);

describe("whether the inbox's filters read the organisation", () => {
  it.each([
    ["", false],
    [
      "statut=submitted&echelon=scoping&antenne=none&axe=housing&moi=1&signalees=1&non_lues=1",
      false,
    ],
    ["depose_du=2026-01-01&tri=number", false],
    ["q=DE-2026-00042", false],
    ["q=42", false],
    ["departement=13", true],
    ["region=Bretagne", true],
    ["q=812345678", true],
    ["q=81234567800012", true],
    ["q=Toit", true],
  ])("%j: %s", (query, expected) => {
    expect(needs(query)).toBe(expected);
  });

  it("needs nothing for the empty filters", () => {
    expect(inboxNeedsOrganizations(emptyInboxFilters)).toBe(false);
  });
});
