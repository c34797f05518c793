/**
 * Support delivery (issue 15): one support record per level a committee granted, delivered by an
 * antenna (and a consultant of it) through milestones (kick-off, deliverables with their files,
 * closing meeting); its money (the programme's share split across the funders' envelopes, each
 * part committed, invoiced and paid); and the structure's feedback after it closes (a survey
 * link per member, one answer per support).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { user } from "./auth";
import { committeeDecisions } from "./committees";
import { organizations } from "./organizations";
import { antennas, funders, programs } from "./programs";

export const supports = pgTable(
  "supports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** The final decision revision that granted the level. */
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => committeeDecisions.id, { onDelete: "restrict" }),
    /** "diagnostic" | "scoping" | "production" */
    levelKind: text("level_kind").notNull(),
    /** The antenna covering the organisation's département (null: the national team). */
    antennaId: uuid("antenna_id").references(() => antennas.id, { onDelete: "set null" }),
    /** The consultant in charge (an antenna manager account), once assigned. */
    consultantId: text("consultant_id").references(() => user.id, { onDelete: "set null" }),
    /** A state of app/features/supports/support-state.ts */
    status: text("status").notNull().default("planned"),
    plannedStart: date("planned_start"),
    plannedEnd: date("planned_end"),
    costCents: bigint("cost_cents", { mode: "number" }).notNull(),
    ratePercent: integer("rate_percent").notNull(),
    /** The programme's share: cost × rate, half up (committees/amounts.ts). */
    shareCents: bigint("share_cents", { mode: "number" }).notNull(),
    /** When the committee's decision became final: the waiting list's order. */
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull(),
    abandonReason: text("abandon_reason"),
    abandonNote: text("abandon_note"),
    /** Staff notes (never shown to the structure). */
    notes: text("notes").notNull().default(""),
    startedAt: timestamp("started_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
    /** The structure was invited to apply for the next level (diagnostic, scoping closed). */
    nextLevelInvitedAt: timestamp("next_level_invited_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("supports_decision_level").on(t.decisionId, t.levelKind),
    index("supports_program_status_idx").on(t.programId, t.status, t.decidedAt),
    index("supports_antenna_idx").on(t.antennaId, t.status),
    index("supports_application_idx").on(t.applicationId),
    index("supports_organization_idx").on(t.organizationId),
  ],
);

/** A milestone of a support: the kick-off meeting, a deliverable (with its file), the closing. */
export const supportMilestones = pgTable(
  "support_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supportId: uuid("support_id")
      .notNull()
      .references(() => supports.id, { onDelete: "cascade" }),
    /** "kickoff" | "deliverable" | "closing" */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    happenedOn: date("happened_on").notNull(),
    note: text("note").notNull().default(""),
    /** A deliverable's file in the file store; shown to users by its name, never used as a path. */
    storageKey: text("storage_key").unique(),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    sizeBytes: integer("size_bytes"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_milestones_support_idx").on(t.supportId, t.happenedOn)],
);

/** The programme's share of a support, split across funders (the parts sum to the share). */
export const supportFundingParts = pgTable(
  "support_funding_parts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supportId: uuid("support_id")
      .notNull()
      .references(() => supports.id, { onDelete: "cascade" }),
    funderId: uuid("funder_id")
      .notNull()
      .references(() => funders.id, { onDelete: "restrict" }),
    /** Order of the split: the first part takes the rounding remainder. */
    position: smallint("position").notNull(),
    weight: integer("weight").notNull(),
    /** The part of the share this funder commits. */
    committedCents: bigint("committed_cents", { mode: "number" }).notNull(),
    invoicedCents: bigint("invoiced_cents", { mode: "number" }).notNull().default(0),
    paidCents: bigint("paid_cents", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("support_funding_parts_funder").on(t.supportId, t.funderId),
    index("support_funding_parts_funder_idx").on(t.funderId),
  ],
);

/** An invoice or a payment on one funder's part, with its date. */
export const supportPayments = pgTable(
  "support_payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partId: uuid("part_id")
      .notNull()
      .references(() => supportFundingParts.id, { onDelete: "cascade" }),
    /** "invoiced" | "paid" */
    kind: text("kind").notNull(),
    cents: bigint("cents", { mode: "number" }).notNull(),
    on: date("on_date").notNull(),
    reference: text("reference").notNull().default(""),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("support_payments_part_idx").on(t.partId, t.on)],
);

/** A member's survey link for a closed support, and its reminders. */
export const feedbackRequests = pgTable(
  "feedback_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supportId: uuid("support_id")
      .notNull()
      .references(() => supports.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    remindersSent: smallint("reminders_sent").notNull().default(0),
    lastReminderAt: timestamp("last_reminder_at", { withTimezone: true }),
  },
  (t) => [unique("feedback_requests_support_user").on(t.supportId, t.userId)],
);

/** The structure's answer to the survey of a support: one per support. */
export const feedbackAnswers = pgTable("feedback_answers", {
  id: uuid("id").primaryKey().defaultRandom(),
  supportId: uuid("support_id")
    .notNull()
    .unique()
    .references(() => supports.id, { onDelete: "cascade" }),
  /** Who answered (null once their account is deleted: the answer stays, anonymous). */
  userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
  satisfaction: smallint("satisfaction").notNull(),
  consultantQuality: smallint("consultant_quality").notNull(),
  fit: smallint("fit").notNull(),
  changes: text("changes"),
  recommend: smallint("recommend").notNull(),
  comment: text("comment"),
  answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Capacity of an antenna or of one consultant in it: supports in progress at once, per level. */
export const supportCapacities = pgTable(
  "support_capacities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    antennaId: uuid("antenna_id")
      .notNull()
      .references(() => antennas.id, { onDelete: "cascade" }),
    /** Null: the antenna's own capacity; a user: that consultant's. */
    consultantId: text("consultant_id").references(() => user.id, { onDelete: "cascade" }),
    /** { diagnostic?: n, scoping?: n, production?: n }; a missing level is unlimited. */
    perLevel: jsonb("per_level").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [unique("support_capacities_owner").on(t.antennaId, t.consultantId).nullsNotDistinct()],
);

/**
 * A structure invited to take the diagnostic again, months after its last support closed
 * (features/supports/rediagnostic-invitations.server.ts): one row per last closing, so that a
 * second run of the daily job, or a second worker, never invites it twice for the same one.
 */
export const rediagnosticInvitations = pgTable(
  "rediagnostic_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The closing the invitation follows: `closed_at` of the structure's last closed support. */
    lastClosedAt: timestamp("last_closed_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("rediagnostic_invitations_closing").on(t.organizationId, t.lastClosedAt)],
);

/**
 * Versions of derived figures each instance keeps in memory, by name: a database trigger bumps a
 * version in the transaction that changes what its figure is computed from, so that a figure read
 * at the current version is current, whichever instance made the change (ADR 0025). Names:
 * `maturity_gain` (closed supports, completed diagnostics: the steering dashboard),
 * `support_commitments` (supports' funding parts and states: the committee's envelopes) and
 * `programmes` (a programme's configuration: migration 0017).
 */
export const dataVersions = pgTable("data_versions", {
  name: text("name").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
