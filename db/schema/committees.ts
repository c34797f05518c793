/**
 * Screening committees (issue 14): sessions and their members (funder or operator side, with
 * their presence), the agenda (one item per application, ordered, its requested levels frozen
 * when it was added), conflicts of interest, the members' pre-review scores, and the decisions
 * with their levels. A decision is edited until its session closes; afterwards a correction is a
 * new revision of the same item (an amendment, `revision` > 0), never an edit.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { user } from "./auth";
import { funders, programs } from "./programs";

export const committeeSessions = pgTable(
  "committee_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    /** The meeting's start, stored in UTC, typed and shown in Europe/Paris. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    /** Where it meets, or its video link (one of them at least). */
    place: text("place"),
    videoUrl: text("video_url"),
    /** A state of app/features/committees/session-state.ts */
    status: text("status").notNull().default("planned"),
    /** The quorum: how many members of each side must be present (and free of conflict). */
    minFunderPresent: integer("min_funder_present").notNull().default(1),
    minOperatorPresent: integer("min_operator_present").notNull().default(1),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("committee_sessions_program_idx").on(t.programId, t.startsAt)],
);

export const committeeMembers = pgTable(
  "committee_members",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    /** "funder" | "operator" */
    side: text("side").notNull(),
    present: boolean("present").notNull().default(false),
    presenceRecordedAt: timestamp("presence_recorded_at", { withTimezone: true }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index("committee_members_user_idx").on(t.userId),
  ],
);

export const committeeItems = pgTable(
  "committee_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => committeeSessions.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    /** The levels requested, as the committee reads them (frozen when the item was added). */
    requestedLevels: jsonb("requested_levels").notNull().default([]),
    addedBy: text("added_by").references(() => user.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("committee_items_session_application").on(t.sessionId, t.applicationId),
    index("committee_items_session_idx").on(t.sessionId, t.position),
    index("committee_items_application_idx").on(t.applicationId),
  ],
);

/** A member's declared conflict of interest on an item: they see nothing more of it. */
export const committeeConflicts = pgTable(
  "committee_conflicts",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => committeeItems.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.userId] }),
    index("committee_conflicts_user_idx").on(t.userId),
  ],
);

/** A member's pre-review score (1-5) and comment on one criterion of the programme's grid. */
export const committeeScores = pgTable(
  "committee_scores",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => committeeItems.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    criterionId: text("criterion_id").notNull(),
    score: integer("score").notNull(),
    comment: text("comment").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId, t.criterionId] })],
);

/**
 * A decision on an item: revision 0 is the session's (edited until it closes); each amendment
 * after closing is a new revision with its reason. The item's decision is its last revision.
 */
export const committeeDecisions = pgTable(
  "committee_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => committeeItems.id, { onDelete: "restrict" }),
    revision: integer("revision").notNull().default(0),
    /** "accepted" | "refused" | "postponed" */
    outcome: text("outcome").notNull(),
    /** Refused: a reason of the list; postponed: what is missing. */
    refusalReason: text("refusal_reason"),
    /** Refused: the message to the applicant. */
    applicantMessage: text("applicant_message"),
    /** Postponed: what the committee needs to decide. */
    missing: text("missing"),
    /** Accepting beyond a funder's remaining envelope was explicitly confirmed. */
    overEnvelopeConfirmed: boolean("over_envelope_confirmed").notNull().default(false),
    /** Amendments: why the closed decision was corrected. */
    amendmentReason: text("amendment_reason"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the session closed (revision 0) or at once (amendments): final. */
    finalAt: timestamp("final_at", { withTimezone: true }),
  },
  (t) => [
    unique("committee_decisions_item_revision").on(t.itemId, t.revision),
    // Decisions not final yet (the envelopes' pending grants): a few among tens of thousands.
    index("committee_decisions_pending_idx").on(t.itemId).where(sql`final_at is null`),
  ],
);

/** One requested level of an accepted decision: granted or not, its rate, cost and amount. */
export const committeeDecisionLevels = pgTable(
  "committee_decision_levels",
  {
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => committeeDecisions.id, { onDelete: "cascade" }),
    /** "diagnostic" | "scoping" | "production" */
    kind: text("kind").notNull(),
    granted: boolean("granted").notNull(),
    ratePercent: integer("rate_percent"),
    /** The cost the rate applies to (the requested cost unless the committee set another). */
    costCents: bigint("cost_cents", { mode: "number" }),
    /** cost × rate, in cents, rounded half up (features/committees/amounts.ts). */
    grantedCents: bigint("granted_cents", { mode: "number" }),
    /** The funder whose envelope pays it. */
    funderId: uuid("funder_id").references(() => funders.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.kind] }),
    index("committee_decision_levels_funder_idx").on(t.funderId),
  ],
);
