/** Applications, their levels, attachments, events (timeline) and messages (issue 6). */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
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
import { organizations } from "./organizations";
import { antennas, programs } from "./programs";

export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** DE-2026-00042, assigned at submission. */
    number: text("number").unique(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** A state of app/features/applications/state-machine.ts */
    status: text("status").notNull().default("draft"),
    /** Last step reached in the form (1-6). */
    currentStep: integer("current_step").notNull().default(1),
    /** The project step's answers and the declarations. */
    data: jsonb("data").notNull().default({}),
    eligibility: jsonb("eligibility"),
    /** Submitted with a criterion "to be checked": staff look at it first. */
    flaggedForReview: boolean("flagged_for_review").notNull().default(false),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: text("submitted_by"),
    /** The antenna whose queue holds it: routed at submission, reassigned by staff (issue 13). */
    antennaId: uuid("antenna_id").references(() => antennas.id, { onDelete: "set null" }),
    /** The staff member in charge of its review. */
    assignedTo: text("assigned_to").references(() => user.id, { onDelete: "set null" }),
    /** When it entered its current state (the inbox shows the age in state). */
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** The last message or answer from the applicant's side (unread markers compare with it). */
    lastApplicantActivityAt: timestamp("last_applicant_activity_at", { withTimezone: true }),
    /** Short summary written by the instructor for the committee (mark ready). */
    committeeSummary: text("committee_summary"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The review inbox filters and sorts on these (keyset pagination on (key, id)); see
  // scripts/volume/query-hygiene.integration.test.ts.
  (t) => [
    index("applications_organization_idx").on(t.organizationId, t.createdAt),
    index("applications_submitted_idx").on(t.submittedAt, t.id),
    index("applications_status_idx").on(t.status, t.statusChangedAt, t.id),
    index("applications_antenna_idx").on(t.antennaId, t.submittedAt, t.id),
    index("applications_assigned_idx").on(t.assignedTo, t.submittedAt, t.id),
    index("applications_state_age_idx").on(t.statusChangedAt, t.id),
    // The inbox's counts per status read this index alone (an index-only scan).
    index("applications_submitted_status_idx").on(t.status).where(sql`submitted_at is not null`),
    // A programme's committee candidates, counted by this index alone (an index-only scan).
    index("applications_program_status_idx")
      .on(t.programId, t.status)
      .where(sql`submitted_at is not null`),
  ],
);

export const applicationLevels = pgTable(
  "application_levels",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** "diagnostic" | "scoping" | "production" */
    kind: text("kind").notNull(),
    totalCostCents: bigint("total_cost_cents", { mode: "number" }),
    requestedRatePercent: integer("requested_rate_percent"),
    programmeShareCents: bigint("programme_share_cents", { mode: "number" }),
    remainingCents: bigint("remaining_cents", { mode: "number" }),
    quotesNote: text("quotes_note"),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.kind] })],
);

export const applicationAttachments = pgTable(
  "application_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** "statutes" | "accounts" | "specifications" | "quote" | "other" | "answer" */
    kind: text("kind").notNull(),
    /** Shown to users, never used as a path. */
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    storageKey: text("storage_key").notNull().unique(),
    messageId: uuid("message_id"),
    uploadedBy: text("uploaded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The application page lists its files (scripts/volume/query-hygiene.integration.test.ts).
  (t) => [index("application_attachments_application_idx").on(t.applicationId, t.createdAt)],
);

export const applicationEvents = pgTable(
  "application_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    reason: text("reason"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_events_application_idx").on(t.applicationId, t.occurredAt)],
);

export const applicationMessages = pgTable(
  "application_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    authorId: text("author_id"),
    body: text("body").notNull(),
    /** Staff question that asks the applicant for more (information request). */
    isInformationRequest: boolean("is_information_request").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_messages_application_idx").on(t.applicationId, t.createdAt)],
);

/** Per-year counters for application numbers (DE-YYYY-NNNNN). */
export const applicationNumberSequences = pgTable("application_number_sequences", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull().default(0),
});

/** Structured snapshot of a submission (what the receipt lists), frozen at submission. */
export const applicationSubmissions = pgTable("application_submissions", {
  applicationId: uuid("application_id")
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  snapshot: jsonb("snapshot").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
