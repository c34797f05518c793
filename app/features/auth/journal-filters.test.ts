import { describe, expect, it } from "vitest";
import { journalPageUrl, parseJournalFilters } from "./journal-filters";

const parse = (query: string) => parseJournalFilters(new URLSearchParams(query));

describe("parseJournalFilters", () => {
  it("reads every filter", () => {
    expect(
      parse(
        "acteur=Admin@Demo.digitess.fr&type=user&action=user.deactivated&element=abc-123&du=2027-01-01&au=2027-01-31&avant=42",
      ),
    ).toEqual({
      filters: {
        actor: "admin@demo.digitess.fr",
        entityType: "user",
        action: "user.deactivated",
        entityId: "abc-123",
        from: "2027-01-01",
        to: "2027-01-31",
        before: 42,
      },
      errors: {},
    });
  });

  it("has no filter for an empty form", () => {
    expect(parse("acteur=&type=&action=&du=&au=")).toEqual({ filters: {}, errors: {} });
  });

  it("drops and reports each invalid value, keeping the others", () => {
    expect(
      parse(
        "acteur=personne&type=planete&action=user.exploded&element=<script>&du=2027-02-30&au=demain",
      ),
    ).toEqual({
      filters: {},
      errors: {
        actor: "auth.journal.error.actor",
        entityType: "auth.journal.error.entityType",
        action: "auth.journal.error.action",
        entityId: "auth.journal.error.entityId",
        from: "auth.journal.error.date",
        to: "auth.journal.error.date",
      },
    });
  });

  it("refuses an action of another entity type and a period that ends before it starts", () => {
    expect(parse("type=programme&action=user.deactivated&du=2027-02-01&au=2027-01-01")).toEqual({
      filters: { entityType: "programme", from: "2027-02-01" },
      errors: { action: "auth.journal.error.actionOfOtherType", to: "auth.journal.error.period" },
    });
  });

  it("ignores a cursor that is not a positive integer", () => {
    for (const value of ["0", "-3", "abc", "1e3", "99999999999999999"]) {
      expect(parse(`avant=${value}`).filters.before).toBeUndefined();
    }
  });
});

describe("journalPageUrl", () => {
  it("keeps the filters and moves the cursor", () => {
    expect(journalPageUrl(new URLSearchParams("type=user&avant=90"), 40)).toBe(
      "/admin/journal?type=user&avant=40",
    );
  });
});
