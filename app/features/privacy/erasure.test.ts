import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../../db/schema";
import {
  DELETED_ACCOUNT_NAME,
  deletedAccountEmail,
  type MembershipAtDeletion,
  membershipOutcome,
  referencesWithFate,
  userReferences,
} from "./erasure";

/** Column names that name a person in this schema's conventions. */
const PERSON_COLUMN =
  /(^|_)(user_id|author_id|actor_id|reviewer_id|assigned_to|email|identifier)$|_by$/;

/** Columns that match the pattern but do not name a user account. */
const notAboutUsers = new Set([
  "user.email", // the user row itself: anonymised by the deletion
  "antennas.contact_email", // an antenna's service address, not a person's account
  "verification.identifier", // a token; the person is in `value` (classified)
]);

function personColumns(): string[] {
  const found: string[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const referencingUser = new Set(
      config.foreignKeys.flatMap((fk) => {
        const reference = fk.reference();
        return getTableConfig(reference.foreignTable).name === "user"
          ? reference.columns.map((column) => column.name)
          : [];
      }),
    );
    for (const column of config.columns) {
      if (PERSON_COLUMN.test(column.name) || referencingUser.has(column.name)) {
        found.push(`${config.name}.${column.name}`);
      }
    }
  }
  return found.sort();
}

describe("userReferences", () => {
  it("classifies every column of the schema that names a user (a new one fails here)", () => {
    const classified = new Set(
      userReferences.map((r) => `${getTableConfig(r.table).name}.${r.column.name}`),
    );
    const missing = personColumns().filter(
      (name) => !classified.has(name) && !notAboutUsers.has(name),
    );
    expect(missing).toEqual([]);
  });

  it("names each column once, of its own table", () => {
    const names = userReferences.map((r) => `${getTableConfig(r.table).name}.${r.column.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const reference of userReferences) {
      expect(getTableConfig(reference.table).columns).toContain(reference.column);
    }
  });

  it("erases what is only the person's", () => {
    const erased = [...referencesWithFate("erase"), ...referencesWithFate("erase_with_files")].map(
      (r) => `${getTableConfig(r.table).name}.${r.column.name}`,
    );
    expect(erased).toEqual(
      expect.arrayContaining([
        "session.user_id",
        "account.user_id",
        "verification.value",
        "organization_members.user_id",
        "user_preferences.user_id",
        "notification_preferences.user_id",
        "notification_digest_items.user_id",
        "exports.user_id",
        "organization_invitations.email",
      ]),
    );
  });

  it("keeps the records that must be kept: decisions, amounts, timeline, messages, audit", () => {
    const kept = referencesWithFate("keep").map(
      (r) => `${getTableConfig(r.table).name}.${r.column.name}`,
    );
    expect(kept).toEqual(
      expect.arrayContaining([
        "applications.created_by",
        "applications.submitted_by",
        "application_events.actor_id",
        "application_messages.author_id",
        "application_scores.reviewer_id",
        "audit_events.actor_id",
      ]),
    );
    expect(
      referencesWithFate("detach").map((r) => `${getTableConfig(r.table).name}.${r.column.name}`),
    ).toEqual(["applications.assigned_to", "feedback_answers.user_id"]);
  });

  it("matches by e-mail only the columns holding an address", () => {
    for (const reference of userReferences.filter((r) => r.match === "email")) {
      expect(reference.column.name).toMatch(/email/);
    }
    expect(
      userReferences.filter((r) => r.match === "token_value").map((r) => r.column.name),
    ).toEqual(["value"]);
  });
});

describe("deleted account", () => {
  it("is named 'Compte supprimé' with an undeliverable, unguessable address", () => {
    expect(DELETED_ACCOUNT_NAME).toBe("Compte supprimé");
    const email = deletedAccountEmail("3F2A9C1E-5B7D-4E8F-9A0B-1C2D3E4F5A6B");
    expect(email).toBe("supprime-3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b@compte-supprime.invalid");
    expect(() => deletedAccountEmail("x")).toThrow();
    expect(() => deletedAccountEmail("nadia@exemple.fr")).toThrow();
  });
});

describe("membershipOutcome", () => {
  const day = (n: number) => new Date(Date.UTC(2027, 0, n));
  const owner = (
    otherMembers: MembershipAtDeletion["otherMembers"],
    otherOwners = 0,
  ): MembershipAtDeletion => ({ organizationId: "o", role: "owner", otherOwners, otherMembers });

  it("lets a plain member go, whoever deletes", () => {
    const member: MembershipAtDeletion = {
      organizationId: "o",
      role: "member",
      otherOwners: 0,
      otherMembers: [],
    };
    expect(membershipOutcome(member, "self")).toEqual({ kind: "leave" });
    expect(membershipOutcome(member, "admin")).toEqual({ kind: "leave" });
  });

  it("lets an owner go when another owner remains", () => {
    const other = [{ userId: "b", joinedAt: day(2) }];
    expect(membershipOutcome(owner(other, 1), "self")).toEqual({ kind: "leave" });
    expect(membershipOutcome(owner([], 1), "admin")).toEqual({ kind: "leave" });
  });

  it("keeps an organisation without owner when its only member goes", () => {
    expect(membershipOutcome(owner([]), "self")).toEqual({ kind: "kept_without_owner" });
    expect(membershipOutcome(owner([]), "admin")).toEqual({ kind: "kept_without_owner" });
  });

  it("asks the last owner to hand over first when members remain", () => {
    expect(membershipOutcome(owner([{ userId: "b", joinedAt: day(2) }]), "self")).toEqual({
      kind: "must_hand_over",
    });
  });

  it("hands over to the member who joined first when an administrator deletes", () => {
    const others = [
      { userId: "late", joinedAt: day(9) },
      { userId: "zed", joinedAt: day(3) },
      { userId: "amy", joinedAt: day(3) },
    ];
    expect(membershipOutcome(owner(others), "admin")).toEqual({
      kind: "hand_over",
      successorId: "amy",
    });
  });
});
