// The review inbox's filters, sort and cursor, read from the page's query string (pure, safe for
// the browser). The same values drive the list, its counts and its export, so an export holds
// exactly the rows of the screen. Unknown or malformed values are dropped and named in `errors`
// (the page says which filter it ignored); nothing here throws.
import { type ApplicationState, applicationStates } from "~/features/applications";
import { departements, isDepartementCode } from "~/platform/geo";

/** The states staff work on (a draft is never in the inbox). */
export const inboxStates = applicationStates.filter(
  (state): state is Exclude<ApplicationState, "draft"> => state !== "draft",
);
export type InboxState = (typeof inboxStates)[number];

export const inboxLevels = ["diagnostic", "scoping", "production"] as const;
export type InboxLevel = (typeof inboxLevels)[number];

export const inboxSorts = ["recent", "oldest", "waiting", "number"] as const;
export type InboxSort = (typeof inboxSorts)[number];

/** The query-string names, French as the URLs are. */
export const inboxParams = {
  status: "statut",
  level: "echelon",
  antenna: "antenne",
  departement: "departement",
  region: "region",
  axis: "axe",
  submittedFrom: "depose_du",
  submittedTo: "depose_au",
  mine: "moi",
  flagged: "signalees",
  unread: "non_lues",
  query: "q",
  sort: "tri",
  after: "apres",
} as const;

export type InboxFilters = {
  statuses: InboxState[];
  level: InboxLevel | null;
  /** An antenna id, or "none" for applications no antenna covers. */
  antenna: string | "none" | null;
  departement: string | null;
  region: string | null;
  axis: string | null;
  /** Calendar dates (YYYY-MM-DD) in Paris, both included. */
  submittedFrom: string | null;
  submittedTo: string | null;
  mine: boolean;
  flagged: boolean;
  unread: boolean;
  /** Application number, SIREN, SIRET or part of the organisation's name. */
  query: string | null;
  sort: InboxSort;
};

/** The position after the last row of a page (keyset pagination). */
export type InboxCursor = { key: string; id: string };

export type ParsedInbox = {
  filters: InboxFilters;
  after: InboxCursor | null;
  /** The query-string names whose value was ignored. */
  errors: (keyof typeof inboxParams)[];
};

export const QUERY_MAX_LENGTH = 100;

/** The régions of France, in the order of their first département (the région filter's values). */
export const inboxRegions: readonly string[] = [
  ...new Set(departements.flatMap((d) => (d.region ? [d.region] : []))),
].sort((a, b) => a.localeCompare(b, "fr"));

/** The département codes of a région (the région filter matches on the organisation's département). */
export function departementsOfRegion(region: string): string[] {
  return departements.filter((d) => d.region === region).map((d) => d.code);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z][a-z0-9_]{0,40}$/;

export const emptyInboxFilters: InboxFilters = {
  statuses: [],
  level: null,
  antenna: null,
  departement: null,
  region: null,
  axis: null,
  submittedFrom: null,
  submittedTo: null,
  mine: false,
  flagged: false,
  unread: false,
  query: null,
  sort: "recent",
};

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function clean(value: string | null): string | null {
  if (value === null) return null;
  // NUL and other control characters never reach SQL; blank means "no filter".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const trimmed = value.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return trimmed === "" ? null : trimmed;
}

/** Reads the filters, the sort and the cursor from a query string. */
export function parseInboxSearch(search: URLSearchParams): ParsedInbox {
  const errors: ParsedInbox["errors"] = [];
  const filters: InboxFilters = { ...emptyInboxFilters, statuses: [] };
  const one = (name: keyof typeof inboxParams) => clean(search.get(inboxParams[name]));

  for (const value of search.getAll(inboxParams.status)) {
    if ((inboxStates as readonly string[]).includes(value)) {
      if (!filters.statuses.includes(value as InboxState))
        filters.statuses.push(value as InboxState);
    } else if (value !== "") {
      errors.push("status");
    }
  }
  const level = one("level");
  if (level !== null) {
    if ((inboxLevels as readonly string[]).includes(level)) filters.level = level as InboxLevel;
    else errors.push("level");
  }
  const antenna = one("antenna");
  if (antenna !== null) {
    if (antenna === "none" || UUID.test(antenna)) filters.antenna = antenna.toLowerCase();
    else errors.push("antenna");
  }
  const departement = one("departement");
  if (departement !== null) {
    const code = departement.toUpperCase();
    if (isDepartementCode(code)) filters.departement = code;
    else errors.push("departement");
  }
  const region = one("region");
  if (region !== null) {
    if (inboxRegions.includes(region)) filters.region = region;
    else errors.push("region");
  }
  const axis = one("axis");
  if (axis !== null) {
    if (CODE.test(axis)) filters.axis = axis;
    else errors.push("axis");
  }
  for (const name of ["submittedFrom", "submittedTo"] as const) {
    const value = one(name);
    if (value === null) continue;
    if (isRealDate(value)) filters[name] = value;
    else errors.push(name);
  }
  filters.mine = one("mine") !== null;
  filters.flagged = one("flagged") !== null;
  filters.unread = one("unread") !== null;
  const query = one("query");
  if (query !== null) {
    if (query.length <= QUERY_MAX_LENGTH) filters.query = query;
    else errors.push("query");
  }
  const sort = one("sort");
  if (sort !== null) {
    if ((inboxSorts as readonly string[]).includes(sort)) filters.sort = sort as InboxSort;
    else errors.push("sort");
  }
  const rawAfter = one("after");
  let after: InboxCursor | null = null;
  if (rawAfter !== null) {
    after = decodeCursor(rawAfter);
    // A cursor is only good for the sort that wrote it (its key is a number or an instant).
    if (after !== null && !cursorKeyFits(filters.sort, after.key)) after = null;
    if (after === null) errors.push("after");
  }
  return { filters, after, errors };
}

/** Writes filters (and a cursor) back to a query string, in a stable order. */
export function inboxSearch(
  filters: InboxFilters,
  after: InboxCursor | null = null,
): URLSearchParams {
  const search = new URLSearchParams();
  for (const status of filters.statuses) search.append(inboxParams.status, status);
  const set = (name: keyof typeof inboxParams, value: string | null) => {
    if (value !== null) search.set(inboxParams[name], value);
  };
  set("level", filters.level);
  set("antenna", filters.antenna);
  set("departement", filters.departement);
  set("region", filters.region);
  set("axis", filters.axis);
  set("submittedFrom", filters.submittedFrom);
  set("submittedTo", filters.submittedTo);
  if (filters.mine) set("mine", "1");
  if (filters.flagged) set("flagged", "1");
  if (filters.unread) set("unread", "1");
  set("query", filters.query);
  if (filters.sort !== "recent") set("sort", filters.sort);
  if (after) set("after", encodeCursor(after));
  return search;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;
const NUMBER_KEY = /^[A-Z0-9-]{1,40}$/;

/** Whether a cursor key can be compared with the sort's column (never an SQL cast error). */
export function cursorKeyFits(sort: InboxSort, key: string): boolean {
  if (sort === "number") return NUMBER_KEY.test(key);
  const match = INSTANT.exec(key);
  return match !== null && isRealDate(match[1] ?? "");
}

/** Whether any filter narrows the list (the sort aside). */
export function hasActiveFilters(filters: InboxFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    filters.level !== null ||
    filters.antenna !== null ||
    filters.departement !== null ||
    filters.region !== null ||
    filters.axis !== null ||
    filters.submittedFrom !== null ||
    filters.submittedTo !== null ||
    filters.mine ||
    filters.flagged ||
    filters.unread ||
    filters.query !== null
  );
}

/** The cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: InboxCursor): string {
  return `${encodeURIComponent(cursor.key)}~${cursor.id}`;
}

/** Reads a cursor; null when it is not one this page wrote. */
export function decodeCursor(value: string): InboxCursor | null {
  const at = value.lastIndexOf("~");
  if (at <= 0) return null;
  const id = value.slice(at + 1);
  if (!UUID.test(id)) return null;
  let key: string;
  try {
    key = decodeURIComponent(value.slice(0, at));
  } catch {
    return null;
  }
  if (key.length > 40) return null;
  return { key, id: id.toLowerCase() };
}

/** What kind of search a query is: an application number, a SIREN, a SIRET or a name. */
export type InboxQuery =
  | { kind: "number"; value: string }
  | { kind: "numberSuffix"; value: string }
  | { kind: "siren"; value: string }
  | { kind: "siret"; value: string }
  | { kind: "name"; value: string };

export function classifyQuery(query: string): InboxQuery {
  const compact = query.replace(/[\s.]/g, "");
  if (/^DE-\d{4}-\d{1,6}$/i.test(compact)) {
    const [, year, serial] = compact.toUpperCase().split("-");
    return { kind: "number", value: `DE-${year}-${(serial ?? "").padStart(5, "0")}` };
  }
  if (/^\d{14}$/.test(compact)) return { kind: "siret", value: compact };
  if (/^\d{9}$/.test(compact)) return { kind: "siren", value: compact };
  if (/^\d{1,6}$/.test(compact)) return { kind: "numberSuffix", value: compact.padStart(5, "0") };
  return { kind: "name", value: query };
}
