/**
 * Programmes are data (issue 3): their support levels and funding-rate bounds, priority axes,
 * eligibility rules, antennas, funders and budget envelopes, committee cadence and criteria.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** "open" | "closed" */
    status: text("status").notNull().default("open"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    /** Target number of supported structures over the programme. */
    targetSupportedCount: integer("target_supported_count"),
    /** INSEE "catégorie juridique" codes accepted as ESS by nature. */
    acceptedLegalForms: text("accepted_legal_forms").array().notNull().default(sql`'{}'::text[]`),
    /** Other companies are eligible with the ESUS approval. */
    esusAccepted: boolean("esus_accepted").notNull().default(true),
    minimumAgeYears: integer("minimum_age_years").notNull().default(0),
    /** Département codes covered (01-95, 2A, 2B, 971-976). */
    departements: text("departements").array().notNull().default(sql`'{}'::text[]`),
    /** "monthly" for now; committees are prepared from it. */
    committeeCadence: text("committee_cadence").notNull().default("monthly"),
    /** [{ id, label, description, weight }] used by committee members' scores. */
    reviewCriteria: jsonb("review_criteria").notNull().default([]),
    /**
     * The committee's portfolio targets (issue 14): { basis, thresholdPoints, shares: { axis,
     * region, level, size } }, read by app/features/programs/portfolio-targets.ts.
     */
    /**
     * The default split of a support's programme share across funders, [{ funderId, weight }]
     * (features/supports/co-funding.ts); empty: the funder the committee chose pays it all.
     */
    fundingSplit: jsonb("funding_split").notNull().default(sql`'[]'::jsonb`),
    portfolioTargets: jsonb("portfolio_targets")
      .notNull()
      .default({ basis: "count", thresholdPoints: 10, shares: {} }),
    /** Days in a state waiting for staff before the review inbox warns (issue 13). */
    reviewAlertDays: integer("review_alert_days").notNull().default(15),
    /**
     * Months after a structure's last support closes when it is invited to take the diagnostic
     * again (issue 15, features/supports/rediagnostic-invitations.server.ts), 1 to 36.
     */
    rediagnosticMonths: integer("rediagnostic_months").notNull().default(6),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("programs_rediagnostic_months", sql`${t.rediagnosticMonths} between 1 and 36`)],
);

export const programSupportLevels = pgTable(
  "program_support_levels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** "diagnostic" | "scoping" | "production" */
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    minRatePercent: integer("min_rate_percent").notNull(),
    maxRatePercent: integer("max_rate_percent").notNull(),
    costCeilingCents: bigint("cost_ceiling_cents", { mode: "number" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [unique("program_support_levels_kind").on(t.programId, t.kind)],
);

export const programAxes = pgTable(
  "program_axes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** housing | employment | health_prevention | caregivers | ... */
    code: text("code").notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [unique("program_axes_code").on(t.programId, t.code)],
);

export const antennas = pgTable("antennas", {
  id: uuid("id").primaryKey().defaultRandom(),
  programId: uuid("program_id")
    .notNull()
    .references(() => programs.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  city: text("city").notNull(),
  /** Départements covered; a département belongs to one antenna of a programme at most. */
  departements: text("departements").array().notNull().default(sql`'{}'::text[]`),
  contactEmail: text("contact_email"),
  contactPhone: text("contact_phone"),
});

export const funders = pgTable("funders", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  description: text("description").notNull().default(""),
});

export const fundingEnvelopes = pgTable(
  "funding_envelopes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    funderId: uuid("funder_id")
      .notNull()
      .references(() => funders.id, { onDelete: "restrict" }),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  },
  (t) => [unique("funding_envelopes_program_funder").on(t.programId, t.funderId)],
);

/** Staff scopes: which programmes a funder user follows, which antenna a manager runs. */
export const staffScopes = pgTable(
  "staff_scopes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull(),
    funderId: uuid("funder_id").references(() => funders.id, { onDelete: "cascade" }),
    antennaId: uuid("antenna_id").references(() => antennas.id, { onDelete: "cascade" }),
  },
  (t) => [unique("staff_scopes_unique").on(t.userId, t.funderId, t.antennaId)],
);
