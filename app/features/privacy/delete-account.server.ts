/**
 * Deletes an account (ADR 0012), by the person (after their password) or by an administrator,
 * in one transaction: the organisations' fate is settled first (a last owner hands over, or is
 * asked to), then every column of `userReferences` is erased, detached or kept, and the user
 * row becomes a pseudonymous "Compte supprimé" with an undeliverable address and no credential,
 * so nobody can sign in with it again while the records that must be kept (applications,
 * amounts, decisions, messages, timeline, audit trail) still name an actor. The export files of
 * the account are removed from the store once the transaction committed.
 */
import { randomUUID } from "node:crypto";
import { verifyPassword as verifyBetterAuthPassword } from "better-auth/crypto";
import { and, eq, getTableColumns, isNull, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database, Executor } from "~/platform/db/types";
import type { Logger } from "~/platform/logger.server";
import type { FileStorage } from "~/platform/storage/storage";
import {
  account,
  diagnostics,
  exports,
  organizationMembers,
  organizations,
  user,
} from "../../../db/schema";
import {
  DELETED_ACCOUNT_NAME,
  type DeletedBy,
  deletedAccountEmail,
  membershipOutcome,
  type UserReference,
  userReferences,
} from "./erasure";
import { loadMembershipsForDeletion } from "./queries.server";
import { refuseMustHandOver, refuseOwnAccountByAdmin, refuseWrongPassword } from "./refusals";

export type DeleteAccountResult = {
  handedOver: { organizationId: string; successorId: string }[];
  keptWithoutOwner: string[];
};

export type DeleteAccountOptions = {
  db: Database;
  storage: FileStorage;
  logger?: Logger;
  /** The account to delete. */
  userId: string;
  /** The person themselves (`password` required), or an administrator (`actorId`). */
  by: DeletedBy;
  actorId: string;
  password?: string;
  /** Checks a password against its stored hash (better-auth's scrypt by default). */
  verifyPassword?: (input: { hash: string; password: string }) => Promise<boolean>;
  requestId?: string;
};

/** The condition matching the person in one referencing column. */
function matchOf(reference: UserReference, who: { id: string; email: string }): SQL {
  const column = reference.column;
  switch (reference.match) {
    case "id":
      return eq(column, who.id);
    case "email":
      return eq(column, who.email);
    case "token_value":
      // A reset token's value is the account id; a magic link's, a JSON record of the address.
      return sql`(${column} = ${who.id} or position(${JSON.stringify(who.email)} in ${column}) > 0)`;
  }
}

/** The JS key of a column in its table (for `update … set`). */
function keyOf(table: PgTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, value]) => value === column);
  if (!entry) throw new Error(`column ${column.name} is not in its table`);
  return entry[0];
}

async function applyFates(tx: Executor, who: { id: string; email: string }): Promise<string[]> {
  const storageKeys: string[] = [];
  for (const reference of userReferences) {
    const where = matchOf(reference, who);
    switch (reference.fate) {
      case "keep":
        break;
      case "erase":
        await tx.delete(reference.table).where(where);
        break;
      case "erase_with_files": {
        // Only the exports table holds files of its own today.
        if (reference.table !== exports) throw new Error("erase_with_files: unknown table");
        const removed = await tx
          .delete(exports)
          .where(where)
          .returning({ storageKey: exports.storageKey });
        storageKeys.push(...removed.flatMap((row) => (row.storageKey ? [row.storageKey] : [])));
        break;
      }
      case "erase_unattached":
        if (reference.table !== diagnostics) throw new Error("erase_unattached: unknown table");
        await tx.delete(diagnostics).where(and(where, isNull(diagnostics.organizationId)));
        break;
      case "detach":
        await tx
          .update(reference.table)
          .set({ [keyOf(reference.table, reference.column)]: null })
          .where(where);
        break;
      default: {
        const unknown: never = reference.fate;
        throw new Error(`unknown fate ${String(unknown)}`);
      }
    }
  }
  return storageKeys;
}

export async function deleteAccount(options: DeleteAccountOptions): Promise<DeleteAccountResult> {
  const { db, userId } = options;
  if (options.by === "admin" && options.actorId === userId) refuseOwnAccountByAdmin();
  if (options.by === "self") {
    if (options.actorId !== userId) notFoundError("account");
    const [credential] = await db
      .select({ hash: account.password })
      .from(account)
      .where(and(eq(account.userId, userId), eq(account.providerId, "credential")));
    const verify = options.verifyPassword ?? verifyBetterAuthPassword;
    const password = options.password ?? "";
    if (
      !credential?.hash ||
      password === "" ||
      !(await verify({ hash: credential.hash, password }))
    ) {
      refuseWrongPassword();
    }
  }

  const { result, storageKeys } = await db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: user.id, email: user.email, role: user.role })
      .from(user)
      .where(and(eq(user.id, userId), isNull(user.deletedAt)))
      .for("update");
    if (!target) notFoundError("account");

    // The organisations are locked (in a stable order, so two deletions cannot cross) before
    // their members are read, as leaving or handing over an organisation does.
    const organizationIds = (
      await tx
        .select({ id: organizationMembers.organizationId })
        .from(organizationMembers)
        .where(eq(organizationMembers.userId, userId))
    )
      .map((row) => row.id)
      .sort();
    for (const id of organizationIds) {
      await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, id))
        .for("update");
    }
    const memberships = await loadMembershipsForDeletion(tx, userId);
    const outcomes = memberships.map((membership) => ({
      membership,
      outcome: membershipOutcome(membership, options.by),
    }));
    const blocked = outcomes.filter(({ outcome }) => outcome.kind === "must_hand_over");
    if (blocked.length > 0) {
      refuseMustHandOver(blocked.map(({ membership }) => membership.organizationName));
    }

    const handedOver: DeleteAccountResult["handedOver"] = [];
    const keptWithoutOwner: string[] = [];
    for (const { membership, outcome } of outcomes) {
      if (outcome.kind === "hand_over") {
        await tx
          .update(organizationMembers)
          .set({ role: "owner" })
          .where(
            and(
              eq(organizationMembers.organizationId, membership.organizationId),
              eq(organizationMembers.userId, outcome.successorId),
            ),
          );
        await appendAuditEvent(tx, {
          actorId: options.actorId,
          entityType: "organization",
          entityId: membership.organizationId,
          action: "organization.ownership_transferred",
          before: { owner: userId },
          after: { owner: outcome.successorId, reason: "account_deleted" },
          requestId: options.requestId,
        });
        handedOver.push({
          organizationId: membership.organizationId,
          successorId: outcome.successorId,
        });
      }
      if (outcome.kind === "kept_without_owner") keptWithoutOwner.push(membership.organizationId);
      await appendAuditEvent(tx, {
        actorId: options.actorId,
        entityType: "organization",
        entityId: membership.organizationId,
        action: "organization.member_left",
        before: { userId, role: membership.role },
        after: {
          reason: "account_deleted",
          keptWithoutOwner: outcome.kind === "kept_without_owner",
        },
        requestId: options.requestId,
      });
    }

    const keys = await applyFates(tx, { id: target.id, email: target.email });
    await tx
      .update(user)
      .set({
        name: DELETED_ACCOUNT_NAME,
        email: deletedAccountEmail(randomUUID()),
        emailVerified: false,
        image: null,
        deletedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(user.id, userId));
    // No name nor address in the trail: the id is all that is left of the person.
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "user",
      entityId: userId,
      action: "user.account_deleted",
      after: {
        by: options.by,
        role: target.role,
        organizationsHandedOver: handedOver.length,
        organizationsKeptWithoutOwner: keptWithoutOwner.length,
      },
      requestId: options.requestId,
    });
    return { result: { handedOver, keptWithoutOwner }, storageKeys: keys };
  });

  for (const key of storageKeys) {
    try {
      await options.storage.delete(key);
    } catch (error) {
      // The retention job would not find it again (its row is gone): say so in the logs.
      options.logger?.error({ err: error, key }, "export file of a deleted account not removed");
    }
  }
  return result;
}
