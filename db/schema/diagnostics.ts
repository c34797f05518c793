/** Maturity diagnostics: answers kept server-side between pages, results, bank versions (issue 5). */
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { organizations } from "./organizations";

export const diagnostics = pgTable(
  "diagnostics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** SHA-256 of the secret resume token (the link to resume later carries the token). */
    resumeTokenHash: text("resume_token_hash").notNull().unique(),
    /** Question-bank version the answers were given with. */
    version: text("version").notNull(),
    /** { S1: 3, B3: "na", P1: 2, ... } */
    answers: jsonb("answers").notNull().default({}),
    /** "in_progress" | "completed" */
    status: text("status").notNull().default("in_progress"),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    /** Scoring result frozen at completion: dimensions, global, level, recommendation. */
    result: jsonb("result"),
    globalScore: integer("global_score"),
    /** Size band of the organisation at completion, for comparisons with similar ones. */
    sizeBand: text("size_band"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("diagnostics_organization_idx").on(t.organizationId, t.completedAt)],
);

/** Question-bank versions published by administrators after the built-in ones. */
export const questionBankVersions = pgTable("question_bank_versions", {
  version: text("version").primaryKey(),
  bank: jsonb("bank").notNull(),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  publishedBy: text("published_by"),
});
