/** Organisations (structures), their members, join requests and invitations (issue 4). */
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** One organisation, one record: a SIREN is registered once. */
  siren: text("siren").unique(),
  siret: text("siret"),
  rna: text("rna").unique(),
  name: text("name").notNull(),
  /** INSEE "catégorie juridique" code (4 digits). */
  legalFormCode: text("legal_form_code"),
  /**
   * The plain-language choice the applicant made when the form was entered by hand ("company_esus",
   * "association", …; null when the code came from the register or the record). `legal_form_code`
   * then holds the choice's representative code for the rules; the profile shows the choice.
   */
  legalFormChoice: text("legal_form_choice"),
  creationDate: date("creation_date"),
  addressLine: text("address_line"),
  postcode: text("postcode"),
  commune: text("commune"),
  departement: text("departement"),
  region: text("region"),
  essMember: boolean("ess_member"),
  esusApproved: boolean("esus_approved").notNull().default(false),
  website: text("website"),
  employees: integer("employees"),
  volunteers: integer("volunteers"),
  budgetBand: text("budget_band"),
  /** Programme axes and other fields of action. */
  actionAxes: text("action_axes").array().notNull().default(sql`'{}'::text[]`),
  otherActions: text("other_actions"),
  createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** "owner" | "member" */
    role: text("role").notNull().default("member"),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index("organization_members_user_idx").on(t.userId),
  ],
);

export const organizationJoinRequests = pgTable("organization_join_requests", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  message: text("message"),
  /** "pending" | "accepted" | "declined" */
  status: text("status").notNull().default("pending"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
  decidedBy: text("decided_by"),
});

export const organizationInvitations = pgTable("organization_invitations", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  /** SHA-256 of the token sent by e-mail; the token itself is never stored. */
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: text("invited_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  acceptedBy: text("accepted_by"),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Cache of the company registry's answers, shared by all instances. */
export const registryCache = pgTable("registry_cache", {
  key: text("key").primaryKey(),
  response: jsonb("response").notNull(),
  fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
});
