// Helpers shared by the member commands: lock the organisation for the transaction, read the
// actor's membership (404 when they are not a member), count owners.

import { and, count, eq } from "drizzle-orm";
import { notFoundError } from "~/platform/commands/outcome";
import type { Executor } from "~/platform/db/types";
import { isPossibleUserId } from "~/platform/identifiers/user-id";
import { organizationMembers, organizations } from "../../../db/schema";
import { type MemberPermission, memberCan } from "./permissions";
import { refuseMemberRule } from "./refusals";
import { type MemberRole, toMemberRole } from "./rules";

/**
 * Locks the organisation's row until the transaction ends, so that two member changes (two
 * owners leaving at once, for example) are applied one after the other. Throws NotFound.
 */
export async function lockOrganization(
  tx: Executor,
  organizationId: string,
): Promise<{ id: string; name: string }> {
  const [row] = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .for("update");
  if (!row) notFoundError("organization");
  return row;
}

/** The role of a user in an organisation, or null when they are not a member. */
export async function findMemberRole(
  tx: Executor,
  input: { organizationId: string; userId: string },
): Promise<MemberRole | null> {
  if (!isPossibleUserId(input.userId)) return null;
  const [row] = await tx
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        eq(organizationMembers.userId, input.userId),
      ),
    );
  return row ? toMemberRole(row.role) : null;
}

/**
 * The actor's role, checked against a permission: NotFound when they are not a member (the
 * organisation is invisible to them), not_owner when their role lacks the permission.
 */
export async function requireMemberPermission(
  tx: Executor,
  input: { organizationId: string; userId: string; permission: MemberPermission },
): Promise<MemberRole> {
  const role = await findMemberRole(tx, input);
  if (!role) notFoundError("membership");
  if (!memberCan(role, input.permission)) refuseMemberRule("not_owner");
  return role;
}

/** How many owners an organisation has. */
export async function countOwners(tx: Executor, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ value: count() })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationId),
        eq(organizationMembers.role, "owner"),
      ),
    );
  return row?.value ?? 0;
}
