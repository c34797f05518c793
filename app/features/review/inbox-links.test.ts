import { describe, expect, it } from "vitest";
import { emptyInboxFilters, type InboxFilters, parseInboxSearch } from "./inbox-filters";
import {
  inboxAllStatusesHref,
  inboxClearHref,
  inboxExportHref,
  inboxPageLinks,
  inboxStatusHref,
} from "./inbox-links";

const id = "0b6f1c3e-2d4a-4f5b-8c9d-1e2f3a4b5c6d";
const filters: InboxFilters = {
  ...emptyInboxFilters,
  statuses: ["submitted", "in_review"],
  departement: "13",
  query: "Toit",
  sort: "waiting",
};

describe("inbox links", () => {
  it("has neither link on a single first page", () => {
    expect(inboxPageLinks({ filters, after: null, nextCursor: null })).toEqual({
      next: null,
      first: null,
    });
  });

  it("links to the next page with the cursor and the same filters", () => {
    const cursor = { key: "2026-11-02T09:00:00.123456Z", id };
    const links = inboxPageLinks({ filters, after: null, nextCursor: cursor });
    expect(links.first).toBeNull();
    const next = new URL(links.next ?? "", "http://x");
    expect(next.pathname).toBe("/instruction");
    const parsed = parseInboxSearch(next.searchParams);
    expect(parsed.errors).toEqual([]);
    expect(parsed.filters).toEqual(filters);
    expect(parsed.after).toEqual(cursor);
  });

  it("links back to the first page, without the cursor, from a later page", () => {
    const after = { key: "2026-11-02T09:00:00Z", id };
    const links = inboxPageLinks({ filters, after, nextCursor: null });
    expect(links.next).toBeNull();
    expect(links.first).toBe(
      "/instruction?statut=submitted&statut=in_review&departement=13&q=Toit&tri=waiting",
    );
  });

  it("writes the plain inbox when nothing is filtered", () => {
    expect(inboxClearHref(emptyInboxFilters)).toBe("/instruction");
    expect(inboxClearHref(filters)).toBe("/instruction?tri=waiting");
    expect(inboxExportHref(emptyInboxFilters)).toBe("/instruction/exports/nouvelle");
  });

  it("links one status alone, or all, keeping the other filters", () => {
    expect(inboxStatusHref(filters, "accepted")).toBe(
      "/instruction?statut=accepted&departement=13&q=Toit&tri=waiting",
    );
    expect(inboxAllStatusesHref(filters)).toBe("/instruction?departement=13&q=Toit&tri=waiting");
  });

  it("exports the same list without the cursor", () => {
    const href = inboxExportHref(filters);
    expect(href.startsWith("/instruction/exports/nouvelle?")).toBe(true);
    expect(href).not.toContain("apres=");
    const parsed = parseInboxSearch(new URL(href, "http://x").searchParams);
    expect(parsed.filters).toEqual(filters);
  });
});
