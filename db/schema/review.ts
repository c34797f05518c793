/**
 * The review (instruction) of submitted applications (issue 13): private notes, scores on the
 * programme's grid, information requests and corrections with their follow-up, read markers,
 * notification preferences and digests, saved preferences and exports.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { applicationMessages, applications } from "./applications";
import { user } from "./auth";

/** Staff notes on an application: never shown to the applicant. */
export const applicationNotes = pgTable(
  "application_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_notes_application_idx").on(t.applicationId, t.createdAt)],
);

/** One reviewer's score (1-5) and comment on one criterion of the programme's review grid. */
export const applicationScores = pgTable(
  "application_scores",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The `id` of a criterion of programs.review_criteria. */
    criterionId: text("criterion_id").notNull(),
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.reviewerId, t.criterionId] })],
);

/** A staff request for more information: its message, the missing items, its follow-up. */
export const informationRequests = pgTable(
  "information_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    messageId: uuid("message_id").references(() => applicationMessages.id, {
      onDelete: "set null",
    }),
    requestedBy: text("requested_by"),
    /** What is missing, one item per line as the instructor wrote them. */
    missingItems: text("missing_items").array().notNull().default(sql`'{}'::text[]`),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
  },
  (t) => [
    index("information_requests_application_idx").on(t.applicationId, t.requestedAt),
    index("information_requests_open_idx").on(t.requestedAt).where(sql`answered_at is null`),
  ],
);

/** A staff request to correct named steps or fields after submission, and its resubmission. */
export const correctionRequests = pgTable(
  "correction_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    requestedBy: text("requested_by"),
    message: text("message").notNull(),
    /** Form steps (1-5) the applicant may edit. */
    steps: integer("steps").array().notNull().default(sql`'{}'::integer[]`),
    /** Field names within those steps, when the instructor named them. */
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    /** The application's data when the correction was asked, and when it was resubmitted. */
    before: jsonb("before").notNull(),
    after: jsonb("after"),
    resubmittedAt: timestamp("resubmitted_at", { withTimezone: true }),
    resubmittedBy: text("resubmitted_by"),
  },
  (t) => [index("correction_requests_application_idx").on(t.applicationId, t.requestedAt)],
);

/** When a staff user last opened an application's file (the inbox's unread marker). */
export const applicationReadMarkers = pgTable(
  "application_read_markers",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.applicationId] })],
);

/** How a user wants to hear of one kind of event: "immediate" | "digest" | "none". */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    eventKind: text("event_kind").notNull(),
    delivery: text("delivery").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventKind] })],
);

/** Events waiting for a user's daily digest. */
export const notificationDigestItems = pgTable(
  "notification_digest_items",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    eventKind: text("event_kind").notNull(),
    /** One line of the digest, already written in the recipient's language. */
    line: text("line").notNull(),
    url: text("url").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("notification_digest_items_pending_idx")
      .on(t.userId, t.createdAt)
      .where(sql`sent_at is null`),
  ],
);

/** Small per-user settings (the export's chosen columns, ...), one JSON value per key. */
export const userPreferences = pgTable(
  "user_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** A requested export of a filtered list, written by a job to the file store. */
export const exports = pgTable(
  "exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** What is exported: "review_inbox" for now. */
    kind: text("kind").notNull(),
    /** "csv" | "xlsx" */
    format: text("format").notNull(),
    /** The filters of the list, as the page's query string parsed. */
    filters: jsonb("filters").notNull(),
    columns: text("columns").array().notNull(),
    /** "pending" | "running" | "done" | "failed" */
    status: text("status").notNull().default("pending"),
    totalRows: integer("total_rows"),
    writtenRows: integer("written_rows").notNull().default(0),
    storageKey: text("storage_key"),
    sizeBytes: integer("size_bytes"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("exports_user_idx").on(t.userId, t.createdAt)],
);

/**
 * How many submitted applications each antenna's queue holds per status ("" for no antenna),
 * kept by a database trigger on applications (migration 0007), so the review inbox shows its
 * counts per status without counting the table when no filter narrows them.
 */
export const applicationStatusCounts = pgTable(
  "application_status_counts",
  {
    antennaKey: text("antenna_key").notNull(),
    status: text("status").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.antennaKey, t.status] })],
);
