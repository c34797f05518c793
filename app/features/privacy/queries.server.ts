// Reads of the privacy pages. A personal-data archive is its owner's only: every read names
// the user in its `where`, and the kind, so a review export is never one of them.
import { and, asc, desc, eq, isNull, ne } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import {
  exports as exportsTable,
  organizationMembers,
  organizations,
  user,
} from "../../../db/schema";
import type { MembershipAtDeletion } from "./erasure";
import { PERSONAL_EXPORT_KIND } from "./export-layout";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const personalExportStatuses = ["pending", "running", "done", "failed"] as const;
export type PersonalExportStatus = (typeof personalExportStatuses)[number];

export type PersonalExport = {
  id: string;
  status: PersonalExportStatus;
  totalRows: number | null;
  writtenRows: number;
  sizeBytes: number | null;
  storageKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

function toExport(row: typeof exportsTable.$inferSelect): PersonalExport {
  return {
    id: row.id,
    status: (personalExportStatuses as readonly string[]).includes(row.status)
      ? (row.status as PersonalExportStatus)
      : "failed",
    totalRows: row.totalRows,
    writtenRows: row.writtenRows,
    sizeBytes: row.sizeBytes,
    storageKey: row.storageKey,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** The user's archives, newest first. */
export async function listPersonalExports(
  db: Executor,
  userId: string,
  limit = 5,
): Promise<PersonalExport[]> {
  const rows = await db
    .select()
    .from(exportsTable)
    .where(and(eq(exportsTable.userId, userId), eq(exportsTable.kind, PERSONAL_EXPORT_KIND)))
    .orderBy(desc(exportsTable.createdAt), asc(exportsTable.id))
    .limit(limit);
  return rows.map(toExport);
}

/** The archive `id` of `userId`, or null (not a uuid, not theirs, not an archive). */
export async function findPersonalExport(
  db: Executor,
  userId: string,
  id: string | undefined,
): Promise<PersonalExport | null> {
  if (id === undefined || !UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(exportsTable)
    .where(
      and(
        eq(exportsTable.id, id),
        eq(exportsTable.userId, userId),
        eq(exportsTable.kind, PERSONAL_EXPORT_KIND),
      ),
    );
  return row ? toExport(row) : null;
}

export type MembershipForDeletion = MembershipAtDeletion & {
  organizationName: string;
  /** The other members' names, for the successor the page names. */
  memberNames: ReadonlyMap<string, string>;
};

/** The user's organisations as the deletion sees them (other owners, other members). */
export async function loadMembershipsForDeletion(
  db: Executor,
  userId: string,
): Promise<MembershipForDeletion[]> {
  const mine = await db
    .select({
      organizationId: organizationMembers.organizationId,
      role: organizationMembers.role,
      organizationName: organizations.name,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name));
  const result: MembershipForDeletion[] = [];
  for (const membership of mine) {
    const others = await db
      .select({
        userId: organizationMembers.userId,
        role: organizationMembers.role,
        joinedAt: organizationMembers.joinedAt,
        name: user.name,
      })
      .from(organizationMembers)
      .innerJoin(user, eq(user.id, organizationMembers.userId))
      .where(
        and(
          eq(organizationMembers.organizationId, membership.organizationId),
          ne(organizationMembers.userId, userId),
        ),
      );
    result.push({
      organizationId: membership.organizationId,
      organizationName: membership.organizationName,
      role: membership.role === "owner" ? "owner" : "member",
      otherOwners: others.filter((other) => other.role === "owner").length,
      otherMembers: others
        .filter((other) => other.role !== "owner")
        .map(({ userId: id, joinedAt }) => ({ userId: id, joinedAt })),
      memberNames: new Map(others.map((other) => [other.userId, other.name])),
    });
  }
  return result;
}

export type AccountToDelete = {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
};

/** An account that can still be deleted, found by its address (administrators), or null. */
export async function findAccountByEmail(
  db: Executor,
  email: string,
): Promise<AccountToDelete | null> {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(and(eq(user.email, email.trim().toLowerCase()), isNull(user.deletedAt)));
  return row ?? null;
}

/** An account that can still be deleted, by id, or null. */
export async function findAccountById(db: Executor, id: string): Promise<AccountToDelete | null> {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(and(eq(user.id, id), isNull(user.deletedAt)));
  return row ?? null;
}
