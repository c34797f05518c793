// Read queries of organisations. Each is scoped in its `where` by who is asking (examples.md #6):
// a member through organization_members, staff through their reach (all, or the départements of
// their antennas). Nothing here returns an organisation the asker may not see.

import { createHash } from "node:crypto";
import { and, asc, count, eq, gt, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Role } from "~/features/auth";
import type { Executor } from "~/platform/db/types";
import {
  antennas,
  applications,
  diagnostics,
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  organizations,
  staffScopes,
  user,
} from "../../../db/schema";
import type { OrganizationRecord } from "./organization-record";
import { staffReachOf } from "./permissions";
import { type MemberRole, toMemberRole } from "./rules";

export type Membership = {
  organizationId: string;
  organizationName: string;
  role: MemberRole;
};

/** SHA-256 (hex) of an invitation token: only the hash is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The organisations a user belongs to, oldest membership first. */
export async function listMembershipsOfUser(db: Executor, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      organizationId: organizationMembers.organizationId,
      organizationName: organizations.name,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizationMembers.joinedAt), asc(organizations.name));
  return rows.map((row) => ({ ...row, role: toMemberRole(row.role) }));
}

/** The organisation, when `userId` is one of its members; null otherwise. */
export async function getOrganizationOfMember(
  db: Executor,
  input: { organizationId: string; userId: string },
): Promise<OrganizationRecord | null> {
  const [row] = await db
    .select({ organization: organizations })
    .from(organizations)
    .innerJoin(
      organizationMembers,
      and(
        eq(organizationMembers.organizationId, organizations.id),
        eq(organizationMembers.userId, input.userId),
      ),
    )
    .where(eq(organizations.id, input.organizationId));
  return row?.organization ?? null;
}

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  joinedAt: Date;
};

/** The members of an organisation, owners first, as seen by one of its members (`viewerId`). */
export async function listMembers(
  db: Executor,
  input: { organizationId: string; viewerId: string },
): Promise<MemberRow[]> {
  const viewer = db
    .select({ one: sql`1` })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        eq(organizationMembers.userId, input.viewerId),
      ),
    );
  const rows = await db
    .select({
      userId: organizationMembers.userId,
      name: user.name,
      email: user.email,
      role: organizationMembers.role,
      joinedAt: organizationMembers.joinedAt,
    })
    .from(organizationMembers)
    .innerJoin(user, eq(user.id, organizationMembers.userId))
    .where(
      and(eq(organizationMembers.organizationId, input.organizationId), sql`exists (${viewer})`),
    )
    .orderBy(
      sql`case when ${organizationMembers.role} = 'owner' then 0 else 1 end`,
      asc(organizationMembers.joinedAt),
    );
  return rows.map((row) => ({ ...row, role: toMemberRole(row.role) }));
}

export type JoinRequestRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  message: string | null;
  createdAt: Date;
};

/** Pending requests to join an organisation (shown to its owners). */
export async function listPendingJoinRequests(
  db: Executor,
  input: { organizationId: string },
): Promise<JoinRequestRow[]> {
  return db
    .select({
      id: organizationJoinRequests.id,
      userId: organizationJoinRequests.userId,
      name: user.name,
      email: user.email,
      message: organizationJoinRequests.message,
      createdAt: organizationJoinRequests.createdAt,
    })
    .from(organizationJoinRequests)
    .innerJoin(user, eq(user.id, organizationJoinRequests.userId))
    .where(
      and(
        eq(organizationJoinRequests.organizationId, input.organizationId),
        eq(organizationJoinRequests.status, "pending"),
      ),
    )
    .orderBy(asc(organizationJoinRequests.createdAt));
}

/** A user's own pending requests to join organisations. */
export async function listJoinRequestsOfUser(
  db: Executor,
  userId: string,
): Promise<{ id: string; organizationName: string }[]> {
  return db
    .select({ id: organizationJoinRequests.id, organizationName: organizations.name })
    .from(organizationJoinRequests)
    .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
    .where(
      and(
        eq(organizationJoinRequests.userId, userId),
        eq(organizationJoinRequests.status, "pending"),
      ),
    )
    .orderBy(asc(organizationJoinRequests.createdAt));
}

function pendingInvitation(now: Date): SQL | undefined {
  return and(
    isNull(organizationInvitations.acceptedAt),
    isNull(organizationInvitations.revokedAt),
    gt(organizationInvitations.expiresAt, now),
  );
}

export type InvitationRow = {
  id: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
};

/** Invitations of an organisation still waiting for an answer. */
export async function listPendingInvitations(
  db: Executor,
  input: { organizationId: string; now?: Date },
): Promise<InvitationRow[]> {
  return db
    .select({
      id: organizationInvitations.id,
      email: organizationInvitations.email,
      createdAt: organizationInvitations.createdAt,
      expiresAt: organizationInvitations.expiresAt,
    })
    .from(organizationInvitations)
    .where(
      and(
        eq(organizationInvitations.organizationId, input.organizationId),
        pendingInvitation(input.now ?? new Date()),
      ),
    )
    .orderBy(asc(organizationInvitations.createdAt));
}

/**
 * Pending invitations sent to a (verified) e-mail address, for organisations the user is not a
 * member of yet: shown in their space so that they can join without the mailed link.
 */
export async function listInvitationsForUser(
  db: Executor,
  input: { userId: string; email: string; now?: Date },
): Promise<{ id: string; organizationId: string; organizationName: string }[]> {
  const member = db
    .select({ one: sql`1` })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationInvitations.organizationId),
        eq(organizationMembers.userId, input.userId),
      ),
    );
  return db
    .selectDistinctOn([organizationInvitations.organizationId], {
      id: organizationInvitations.id,
      organizationId: organizationInvitations.organizationId,
      organizationName: organizations.name,
    })
    .from(organizationInvitations)
    .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
    .where(
      and(
        eq(organizationInvitations.email, input.email.toLowerCase()),
        pendingInvitation(input.now ?? new Date()),
        sql`not exists (${member})`,
      ),
    )
    .orderBy(organizationInvitations.organizationId, asc(organizationInvitations.createdAt));
}

export type InvitationByToken = {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  inviterName: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

/** The invitation a mailed token opens, whatever its state; null for an unknown token. */
export async function findInvitationByToken(
  db: Executor,
  token: string,
): Promise<InvitationByToken | null> {
  const [row] = await db
    .select({
      id: organizationInvitations.id,
      organizationId: organizationInvitations.organizationId,
      organizationName: organizations.name,
      email: organizationInvitations.email,
      inviterName: user.name,
      expiresAt: organizationInvitations.expiresAt,
      acceptedAt: organizationInvitations.acceptedAt,
      revokedAt: organizationInvitations.revokedAt,
    })
    .from(organizationInvitations)
    .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
    .leftJoin(user, eq(user.id, organizationInvitations.invitedBy))
    .where(eq(organizationInvitations.tokenHash, hashToken(token)));
  return row ?? null;
}

/** The organisation already registered with this SIREN or RNA number, if any (public: id and name). */
export async function findRegisteredOrganization(
  db: Executor,
  input: { siren?: string | null; rna?: string | null; excludeOrganizationId?: string },
): Promise<{ id: string; name: string; field: "siret" | "rna" } | null> {
  const conditions = [
    input.siren ? eq(organizations.siren, input.siren) : undefined,
    input.rna ? eq(organizations.rna, input.rna) : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return null;
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, siren: organizations.siren })
    .from(organizations)
    .where(
      and(
        or(...conditions),
        input.excludeOrganizationId ? ne(organizations.id, input.excludeOrganizationId) : undefined,
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    field: input.siren && row.siren === input.siren ? "siret" : "rna",
  };
}

/** Which of these SIRENs are registered already, with the organisation's id and name. */
export async function findRegisteredSirens(
  db: Executor,
  sirens: readonly string[],
): Promise<Map<string, { id: string; name: string }>> {
  if (sirens.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, siren: organizations.siren })
    .from(organizations)
    .where(inArray(organizations.siren, [...sirens]));
  return new Map(rows.map((row) => [row.siren as string, { id: row.id, name: row.name }]));
}

/** The public name of an organisation a user may ask to join (nothing else is disclosed). */
export async function getJoinableOrganization(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row ?? null;
}

/** Completed diagnostics and applications of a member's organisation (numbers for the space). */
export async function countOrganizationActivity(
  db: Executor,
  input: { organizationId: string },
): Promise<{ diagnostics: number; applications: number }> {
  const [diagnosticCount] = await db
    .select({ value: count() })
    .from(diagnostics)
    .where(
      and(
        eq(diagnostics.organizationId, input.organizationId),
        eq(diagnostics.status, "completed"),
      ),
    );
  const [applicationCount] = await db
    .select({ value: count() })
    .from(applications)
    .where(eq(applications.organizationId, input.organizationId));
  return { diagnostics: diagnosticCount?.value ?? 0, applications: applicationCount?.value ?? 0 };
}

export type StaffUser = { id: string; role: Role };

/**
 * The condition that limits organisations to a staff user's reach: every organisation for
 * instructors and administrators, those whose département one of their antennas covers for
 * antenna managers, none for the other roles. Other features add it to their own `where`.
 */
export function staffOrganizationScope(db: Executor, staff: StaffUser): SQL {
  const reach = staffReachOf(staff.role);
  if (reach === "all") return sql`true`;
  if (reach === "none") return sql`false`;
  const covered = db
    .select({ departement: sql<string>`unnest(${antennas.departements})` })
    .from(staffScopes)
    .innerJoin(antennas, eq(antennas.id, staffScopes.antennaId))
    .where(eq(staffScopes.userId, staff.id));
  return inArray(organizations.departement, covered);
}

/** One organisation as staff see it; null when it does not exist or is outside their reach. */
export async function getOrganizationForStaff(
  db: Executor,
  input: { staff: StaffUser; organizationId: string },
): Promise<OrganizationRecord | null> {
  const [row] = await db
    .select()
    .from(organizations)
    .where(
      and(eq(organizations.id, input.organizationId), staffOrganizationScope(db, input.staff)),
    );
  return row ?? null;
}

/** The organisations within a staff user's reach, by name. */
export async function listOrganizationsForStaff(
  db: Executor,
  input: { staff: StaffUser },
): Promise<OrganizationRecord[]> {
  return db
    .select()
    .from(organizations)
    .where(staffOrganizationScope(db, input.staff))
    .orderBy(asc(organizations.name));
}
