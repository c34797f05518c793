import { describe, expect, it } from "vitest";
import { storedCountsAnswer } from "./inbox-counts.server";
import { emptyInboxFilters, type InboxFilters } from "./inbox-filters";

describe("storedCountsAnswer", () => {
  it("answers without filters, and with the status, the antenna or the sort alone", () => {
    expect(storedCountsAnswer(emptyInboxFilters)).toBe(true);
    expect(storedCountsAnswer({ ...emptyInboxFilters, statuses: ["in_review"] })).toBe(true);
    expect(storedCountsAnswer({ ...emptyInboxFilters, antenna: "none" })).toBe(true);
    expect(storedCountsAnswer({ ...emptyInboxFilters, sort: "waiting" })).toBe(true);
  });

  const narrowing: Partial<InboxFilters>[] = [
    { level: "production" },
    { departement: "974" },
    { region: "La Réunion" },
    { axis: "housing" },
    { submittedFrom: "2026-01-01" },
    { submittedTo: "2026-12-31" },
    { mine: true },
    { flagged: true },
    { unread: true },
    { query: "DE-2026-00001" },
  ];
  it.each(narrowing)("counts live with %o", (filter) => {
    expect(storedCountsAnswer({ ...emptyInboxFilters, ...filter })).toBe(false);
  });
});
