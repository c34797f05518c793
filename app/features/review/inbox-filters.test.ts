import { describe, expect, it } from "vitest";
import {
  classifyQuery,
  cursorKeyFits,
  decodeCursor,
  departementsOfRegion,
  emptyInboxFilters,
  encodeCursor,
  hasActiveFilters,
  inboxRegions,
  inboxSearch,
  parseInboxSearch,
} from "./inbox-filters";

const id = "0b6f1c3e-2d4a-4f5b-8c9d-1e2f3a4b5c6d";
const parse = (query: string) => parseInboxSearch(new URLSearchParams(query));

describe("parsing the inbox's query string", () => {
  it("reads nothing from an empty query string", () => {
    expect(parse("")).toEqual({ filters: emptyInboxFilters, after: null, errors: [] });
  });

  it("reads every filter", () => {
    const { filters, errors } = parse(
      [
        "statut=submitted",
        "statut=in_review",
        "statut=submitted",
        "echelon=scoping",
        `antenne=${id.toUpperCase()}`,
        "departement=2a",
        "region=Corse",
        "axe=health_prevention",
        "depose_du=2026-01-01",
        "depose_au=2026-12-31",
        "moi=1",
        "signalees=1",
        "non_lues=1",
        "q=++Le+Toit++",
        "tri=waiting",
      ].join("&"),
    );
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      statuses: ["submitted", "in_review"],
      level: "scoping",
      antenna: id,
      departement: "2A",
      region: "Corse",
      axis: "health_prevention",
      submittedFrom: "2026-01-01",
      submittedTo: "2026-12-31",
      mine: true,
      flagged: true,
      unread: true,
      query: "Le Toit",
      sort: "waiting",
    });
  });

  it("treats blank values as no filter (what an untouched form sends)", () => {
    expect(
      parse("q=&echelon=&antenne=&departement=&region=&axe=&depose_du=&depose_au=&tri=&statut="),
    ).toEqual({ filters: emptyInboxFilters, after: null, errors: [] });
  });

  it.each([
    ["statut=draft", "status"],
    ["statut=archived", "status"],
    ["echelon=all", "level"],
    ["antenne=12", "antenna"],
    ["departement=99", "departement"],
    ["departement=20", "departement"],
    ["region=Atlantide", "region"],
    ["axe=Logement", "axis"],
    ["depose_du=2026-02-30", "submittedFrom"],
    ["depose_au=31/12/2026", "submittedTo"],
    [`q=${"x".repeat(101)}`, "query"],
    ["tri=random", "sort"],
    ["apres=nimporte", "after"],
  ] as const)("ignores %s and names %s", (query, name) => {
    const parsed = parse(query);
    expect(parsed.errors).toEqual([name]);
    expect(parsed.filters).toEqual(emptyInboxFilters);
    expect(parsed.after).toBeNull();
  });

  it("removes control characters, NUL included, before reading a value", () => {
    expect(parse("q=to%00it%0A").filters.query).toBe("toit");
    expect(parse("antenne=%00").errors).toEqual([]);
    expect(parse(`antenne=${id}%00`).filters.antenna).toBe(id);
  });

  it("accepts a search of 100 characters, not 101", () => {
    expect(parse(`q=${"x".repeat(100)}`).filters.query).toHaveLength(100);
  });

  it("reads a cursor only for the sort that wrote it", () => {
    const instant = encodeCursor({ key: "2026-11-02T09:00:00.123456Z", id });
    const number = encodeCursor({ key: "DE-2026-00042", id });
    expect(parse(`apres=${instant}`).after).toEqual({ key: "2026-11-02T09:00:00.123456Z", id });
    expect(parse(`tri=oldest&apres=${instant}`).errors).toEqual([]);
    expect(parse(`tri=number&apres=${instant}`).errors).toEqual(["after"]);
    expect(parse(`tri=number&apres=${number}`).after).toEqual({ key: "DE-2026-00042", id });
    expect(parse(`apres=${number}`).errors).toEqual(["after"]);
  });
});

describe("cursors", () => {
  it("round-trips", () => {
    const cursor = { key: "2026-11-02T09:00:00.5Z", id };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    "",
    "~",
    `~${id}`,
    "2026-01-01T00:00:00Z",
    "2026-01-01T00:00:00Z~not-a-uuid",
    `%E0%A4%A~${id}`,
    `${"k".repeat(41)}~${id}`,
  ])("refuses %j", (value) => {
    expect(decodeCursor(value)).toBeNull();
  });

  it.each([
    ["recent", "2026-11-02T09:00:00Z", true],
    ["recent", "2026-11-02T09:00:00.123456Z", true],
    ["waiting", "2026-11-02T23:59:59.1Z", true],
    ["recent", "2026-11-02T09:00:00.1234567Z", false],
    ["recent", "2026-02-30T09:00:00Z", false],
    ["oldest", "2026-11-02T24:00:00Z", false],
    ["oldest", "2026-11-02 09:00:00Z", false],
    ["waiting", "2026-11-02T09:00:00+01:00", false],
    ["number", "DE-2026-00042", true],
    ["number", "DE-2026-00042\u0000", false],
    ["number", "DE'--", false],
    ["number", "", false],
  ] as const)("%s accepts %j: %s", (sort, key, fits) => {
    expect(cursorKeyFits(sort, key)).toBe(fits);
  });
});

describe("writing the query string back", () => {
  it("writes filters in a stable order and leaves defaults out", () => {
    expect(inboxSearch(emptyInboxFilters).toString()).toBe("");
    const { filters } = parse("tri=number&q=toit&statut=in_review&moi=1");
    expect(inboxSearch(filters).toString()).toBe("statut=in_review&moi=1&q=toit&tri=number");
  });

  it("parses back to the same filters and cursor", () => {
    const { filters } = parse(
      "statut=submitted&region=La+R%C3%A9union&depose_du=2026-03-01&tri=oldest",
    );
    const after = { key: "2026-03-04T10:00:00.000001Z", id };
    const again = parseInboxSearch(inboxSearch(filters, after));
    expect(again).toEqual({ filters, after, errors: [] });
  });
});

describe("what a filter narrows", () => {
  it("tells an active filter from the sort alone", () => {
    expect(hasActiveFilters(emptyInboxFilters)).toBe(false);
    expect(hasActiveFilters({ ...emptyInboxFilters, sort: "number" })).toBe(false);
    for (const query of [
      "statut=submitted",
      "echelon=diagnostic",
      "antenne=none",
      "departement=13",
      "region=Bretagne",
      "axe=housing",
      "depose_du=2026-01-01",
      "depose_au=2026-01-01",
      "moi=1",
      "signalees=1",
      "non_lues=1",
      "q=toit",
    ]) {
      expect(hasActiveFilters(parse(query).filters), query).toBe(true);
    }
  });

  it("knows the régions and their départements, overseas included", () => {
    expect(inboxRegions).toContain("Provence-Alpes-Côte d'Azur");
    expect(inboxRegions).toContain("La Réunion");
    expect(inboxRegions).toHaveLength(18);
    expect(departementsOfRegion("Corse")).toEqual(["2A", "2B"]);
    expect(departementsOfRegion("La Réunion")).toEqual(["974"]);
    expect(departementsOfRegion("Atlantide")).toEqual([]);
  });
});

describe("the search box", () => {
  it.each([
    ["DE-2026-00042", { kind: "number", value: "DE-2026-00042" }],
    ["de-2026-42", { kind: "number", value: "DE-2026-00042" }],
    [" DE - 2026 - 42 ", { kind: "number", value: "DE-2026-00042" }],
    ["42", { kind: "numberSuffix", value: "00042" }],
    ["812 345 678", { kind: "siren", value: "812345678" }],
    ["812.345.678", { kind: "siren", value: "812345678" }],
    ["812 345 678 00012", { kind: "siret", value: "81234567800012" }],
    ["Le Toit", { kind: "name", value: "Le Toit" }],
    ["1234567", { kind: "name", value: "1234567" }],
  ] as const)("reads %j as %j", (query, expected) => {
    expect(classifyQuery(query)).toEqual(expected);
  });
});
