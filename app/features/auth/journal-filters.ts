/**
 * The filters of the administrators' journal (`/admin/journal`), read from the URL: actor (an
 * e-mail address), action, entity type, entity id, a period in Paris calendar days, and the
 * keyset cursor `avant` (the id of the last event shown). Pure: a value that is not valid is
 * dropped and reported on its field, the other filters still apply.
 */

import type { AuditAction, AuditEntityType } from "~/platform/audit-actions";
import { isAuditAction, isAuditEntityType } from "~/platform/audit-actions";
import { parseCalendarDate } from "~/platform/format/dates";

export interface JournalFilters {
  readonly actor?: string;
  readonly action?: AuditAction;
  readonly entityType?: AuditEntityType;
  readonly entityId?: string;
  /** Calendar days, "YYYY-MM-DD", both included. */
  readonly from?: string;
  readonly to?: string;
  readonly before?: number;
}

export type JournalField = "actor" | "action" | "entityType" | "entityId" | "from" | "to";

export interface ParsedJournalFilters {
  readonly filters: JournalFilters;
  readonly errors: Partial<Record<JournalField, string>>;
}

const text = (params: URLSearchParams, name: string) => (params.get(name) ?? "").trim();

function isDay(value: string): boolean {
  const date = parseCalendarDate(value);
  if (!date) return false;
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day;
}

/** Reads the filters of a journal URL. */
export function parseJournalFilters(params: URLSearchParams): ParsedJournalFilters {
  const filters: { -readonly [K in keyof JournalFilters]: JournalFilters[K] } = {};
  const errors: Partial<Record<JournalField, string>> = {};

  const actor = text(params, "acteur").toLowerCase();
  if (actor) {
    if (actor.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(actor)) filters.actor = actor;
    else errors.actor = "auth.journal.error.actor";
  }
  const action = text(params, "action");
  if (action) {
    if (isAuditAction(action)) filters.action = action;
    else errors.action = "auth.journal.error.action";
  }
  const entityType = text(params, "type");
  if (entityType) {
    if (isAuditEntityType(entityType)) filters.entityType = entityType;
    else errors.entityType = "auth.journal.error.entityType";
  }
  if (
    filters.action &&
    filters.entityType &&
    !filters.action.startsWith(`${filters.entityType}.`)
  ) {
    errors.action = "auth.journal.error.actionOfOtherType";
    delete filters.action;
  }
  const entityId = text(params, "element");
  if (entityId) {
    if (entityId.length <= 100 && /^[\w.:@-]+$/.test(entityId)) filters.entityId = entityId;
    else errors.entityId = "auth.journal.error.entityId";
  }
  for (const [name, field] of [
    ["du", "from"],
    ["au", "to"],
  ] as const) {
    const value = text(params, name);
    if (!value) continue;
    if (isDay(value)) filters[field] = value;
    else errors[field] = "auth.journal.error.date";
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = "auth.journal.error.period";
    delete filters.to;
  }
  const before = text(params, "avant");
  if (/^[1-9]\d{0,15}$/.test(before)) filters.before = Number(before);
  return { filters, errors };
}

/** The URL of the next page: the same filters, after the event `lastId`. */
export function journalPageUrl(params: URLSearchParams, lastId: number): string {
  const next = new URLSearchParams(params);
  next.set("avant", String(lastId));
  return `/admin/journal?${next.toString()}`;
}
