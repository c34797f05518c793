/**
 * Reads of the administrators' pages: accounts (search, one account with its sessions) and the
 * audit trail with its filters (`journal-filters.ts`), a keyset page at a time.
 */
import {
  and,
  asc,
  count,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  type SQL,
} from "drizzle-orm";
import { type AuditFilter, listAuditEvents } from "~/platform/audit.server";
import type { Executor } from "~/platform/db/types";
import { startOfCalendarDate } from "~/platform/format/dates";
import { isPossibleUserId } from "~/platform/identifiers/user-id";
import { session, user } from "../../../db/schema";
import type { JournalFilters } from "./journal-filters";
import { toRole } from "./roles";

export const USERS_PAGE_SIZE = 50;
export const JOURNAL_PAGE_SIZE = 50;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accounts whose name or address contains `search`, by address; active, inactive or both. */
export async function listUsers(
  db: Executor,
  options: { search?: string; status?: "active" | "inactive"; afterEmail?: string },
) {
  const conditions: (SQL | undefined)[] = [
    options.search
      ? or(
          ilike(user.email, likePattern(options.search)),
          ilike(user.name, likePattern(options.search)),
        )
      : undefined,
    options.status === "active" ? isNull(user.deactivatedAt) : undefined,
    options.status === "inactive" ? isNotNull(user.deactivatedAt) : undefined,
    options.afterEmail ? gt(user.email, options.afterEmail) : undefined,
  ];
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      deactivatedAt: user.deactivatedAt,
    })
    .from(user)
    .where(and(...conditions))
    .orderBy(asc(user.email))
    .limit(USERS_PAGE_SIZE + 1);
  return {
    users: rows.slice(0, USERS_PAGE_SIZE).map((row) => ({ ...row, role: toRole(row.role) })),
    hasMore: rows.length > USERS_PAGE_SIZE,
  };
}

/** One account as its administration page shows it, or null. */
export async function findUserForAdmin(db: Executor, userId: string) {
  if (!isPossibleUserId(userId)) return null;
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
      deactivatedAt: user.deactivatedAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  if (!row) return null;
  const [sessions] = await db
    .select({ n: count() })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())));
  return { ...row, role: toRole(row.role), activeSessions: sessions?.n ?? 0 };
}

/** How many unexpired sessions an account has. */
export async function countActiveSessions(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())));
  return row?.n ?? 0;
}

/** The calendar day after a "YYYY-MM-DD" day. */
function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (date ?? 1) + 1))
    .toISOString()
    .slice(0, 10);
}

/**
 * A page of the journal: events matching the filters, newest first, with their actor's name
 * and address. An actor address that matches no account gives an empty page.
 */
export async function listJournal(db: Executor, filters: JournalFilters) {
  let actorId: string | undefined;
  if (filters.actor) {
    const [actor] = await db
      .select({ id: user.id })
      .from(user)
      .where(eq(user.email, filters.actor));
    if (!actor) return { events: [], nextCursor: null };
    actorId = actor.id;
  }
  const from = filters.from ? startOfCalendarDate(filters.from) : null;
  // `to` is a day included: the period ends when the next Paris day starts.
  const to = filters.to ? startOfCalendarDate(nextDay(filters.to)) : null;
  const auditFilter: AuditFilter = {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(actorId ? { actorId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(filters.before !== undefined ? { beforeId: filters.before } : {}),
  };
  const rows = await listAuditEvents(db, auditFilter, JOURNAL_PAGE_SIZE + 1);
  const page = rows.slice(0, JOURNAL_PAGE_SIZE);
  const actorIds = [...new Set(page.map((row) => row.actorId).filter((id): id is string => !!id))];
  const actors = new Map<string, { name: string; email: string }>();
  if (actorIds.length > 0) {
    const rows = await db
      .select({ id: user.id, name: user.name, email: user.email })
      .from(user)
      .where(inArray(user.id, actorIds));
    for (const row of rows) actors.set(row.id, { name: row.name, email: row.email });
  }
  return {
    events: page.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
      entityType: row.entityType,
      entityId: row.entityId,
      action: row.action,
      before: row.before,
      after: row.after,
    })),
    nextCursor: rows.length > JOURNAL_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
