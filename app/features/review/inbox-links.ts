// The links of the inbox page (pure): the next page (keyset cursor `apres=` after the last row
// shown), back to the first page, one status alone, clearing the filters, and the export of the
// same list. Every link keeps the filters and the sort in the one stable query-string order of
// `inboxSearch`.
import {
  emptyInboxFilters,
  type InboxCursor,
  type InboxFilters,
  type InboxState,
  inboxSearch,
} from "./inbox-filters";

export const INBOX_PATH = "/instruction";
export const INBOX_EXPORT_PATH = "/instruction/exports/nouvelle";
export const INBOX_PAGE_SIZE = 50;

function href(path: string, search: URLSearchParams): string {
  const query = search.toString();
  return query === "" ? path : `${path}?${query}`;
}

export type InboxPageLinks = {
  /** The page after this one, or null on the last page. */
  next: string | null;
  /** The first page, or null when this is it. */
  first: string | null;
};

/**
 * Pagination links: `nextCursor` points after the last row shown (null when no row follows);
 * `after` is the cursor this page was read from (null on the first page).
 */
export function inboxPageLinks(input: {
  filters: InboxFilters;
  after: InboxCursor | null;
  nextCursor: InboxCursor | null;
}): InboxPageLinks {
  return {
    next: input.nextCursor ? href(INBOX_PATH, inboxSearch(input.filters, input.nextCursor)) : null,
    first: input.after ? href(INBOX_PATH, inboxSearch(input.filters)) : null,
  };
}

/** The inbox with the same filters, showing `state` only. */
export function inboxStatusHref(filters: InboxFilters, state: InboxState): string {
  return href(INBOX_PATH, inboxSearch({ ...filters, statuses: [state] }));
}

/** The inbox with the same filters and every status. */
export function inboxAllStatusesHref(filters: InboxFilters): string {
  return href(INBOX_PATH, inboxSearch({ ...filters, statuses: [] }));
}

/** The inbox without any filter, keeping the sort. */
export function inboxClearHref(filters: InboxFilters): string {
  return href(INBOX_PATH, inboxSearch({ ...emptyInboxFilters, statuses: [], sort: filters.sort }));
}

/** The export page of exactly this list (filters and sort, never the cursor). */
export function inboxExportHref(filters: InboxFilters): string {
  return href(INBOX_EXPORT_PATH, inboxSearch(filters));
}
