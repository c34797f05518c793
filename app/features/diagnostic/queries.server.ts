/**
 * Reads of the diagnostic feature, each scoped in its `where`: a diagnostic by its secret token,
 * an organisation's diagnostics only through the reader's membership, similar organisations'
 * latest results only as scores (never who they are).
 */
import { and, desc, eq, isNotNull, ne } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { diagnostics, organizationMembers, organizations } from "../../../db/schema";
import type { CompletedDiagnostic } from "./progress-view";
import { toDiagnosticScore } from "./result-view";
import { hashResumeToken } from "./resume-token.server";
import type { DiagnosticScore } from "./scoring";
import type { SizeBand } from "./size-band";

export type DiagnosticStatus = "in_progress" | "completed";

export interface DiagnosticRecord {
  readonly id: string;
  readonly version: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly status: DiagnosticStatus;
  readonly organizationId: string | null;
  readonly createdBy: string | null;
  readonly score: DiagnosticScore | null;
  readonly completedAt: Date | null;
}

/** Narrows a stored answers column to a plain object. */
function toAnswers(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Finds the diagnostic a resume token opens; undefined when none (or a wrong token). */
export async function findDiagnosticByToken(
  db: Executor,
  token: string,
): Promise<DiagnosticRecord | undefined> {
  const [row] = await db
    .select({
      id: diagnostics.id,
      version: diagnostics.version,
      answers: diagnostics.answers,
      status: diagnostics.status,
      organizationId: diagnostics.organizationId,
      createdBy: diagnostics.createdBy,
      result: diagnostics.result,
      completedAt: diagnostics.completedAt,
    })
    .from(diagnostics)
    .where(eq(diagnostics.resumeTokenHash, hashResumeToken(token)))
    .limit(1);
  if (!row) return undefined;
  return {
    id: row.id,
    version: row.version,
    answers: toAnswers(row.answers),
    status: row.status === "completed" ? "completed" : "in_progress",
    organizationId: row.organizationId,
    createdBy: row.createdBy,
    score: toDiagnosticScore(row.result),
    completedAt: row.completedAt,
  };
}

export interface MemberOrganization {
  readonly id: string;
  readonly name: string;
  readonly employees: number | null;
}

// The organizations feature exports the applicant's memberships (requireApplicantContext) but no
// lookup with the headcount the size band needs, nor one usable by staff roles: these two read
// organization_members directly, always scoped by the user id.

/** The organisations a user is a member of, by name. */
export async function listMemberOrganizations(
  db: Executor,
  userId: string,
): Promise<MemberOrganization[]> {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      employees: organizations.employees,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(organizations.name);
}

/** The organisation `organizationId` if `userId` is one of its members; undefined otherwise. */
export async function findMemberOrganization(
  db: Executor,
  options: { userId: string; organizationId: string },
): Promise<MemberOrganization | undefined> {
  if (!isUuid(options.organizationId)) return undefined;
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      employees: organizations.employees,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(
      and(
        eq(organizationMembers.userId, options.userId),
        eq(organizationMembers.organizationId, options.organizationId),
      ),
    )
    .limit(1);
  return row;
}

/** Tells whether a string is a UUID (so a malformed id never reaches a uuid column). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export interface OrganizationDiagnostic extends CompletedDiagnostic {
  readonly version: string;
  readonly sizeBand: string | null;
}

/**
 * The completed diagnostics of an organisation, oldest first, visible only to its members: the
 * membership of `userId` is part of the `where`, so anyone else gets an empty list.
 */
export async function listOrganizationDiagnostics(
  db: Executor,
  options: { userId: string; organizationId: string },
): Promise<OrganizationDiagnostic[]> {
  if (!isUuid(options.organizationId)) return [];
  const rows = await db
    .select({
      id: diagnostics.id,
      version: diagnostics.version,
      result: diagnostics.result,
      completedAt: diagnostics.completedAt,
      sizeBand: diagnostics.sizeBand,
    })
    .from(diagnostics)
    .innerJoin(
      organizationMembers,
      and(
        eq(organizationMembers.organizationId, diagnostics.organizationId),
        eq(organizationMembers.userId, options.userId),
      ),
    )
    .where(
      and(
        eq(diagnostics.organizationId, options.organizationId),
        eq(diagnostics.status, "completed"),
        isNotNull(diagnostics.completedAt),
      ),
    )
    .orderBy(diagnostics.completedAt);
  return rows.flatMap((row) => {
    const score = toDiagnosticScore(row.result);
    if (!score || !row.completedAt) return [];
    return [
      {
        id: row.id,
        version: row.version,
        completedAt: row.completedAt.toISOString(),
        score,
        sizeBand: row.sizeBand,
      },
    ];
  });
}

/**
 * The latest completed diagnostic of every other organisation of a size band, as scores only:
 * the median of similar organisations is computed from them.
 */
export async function listSimilarOrganizationScores(
  db: Executor,
  options: { sizeBand: SizeBand; excludeOrganizationId: string },
): Promise<DiagnosticScore[]> {
  const rows = await db
    .selectDistinctOn([diagnostics.organizationId], { result: diagnostics.result })
    .from(diagnostics)
    .where(
      and(
        eq(diagnostics.status, "completed"),
        eq(diagnostics.sizeBand, options.sizeBand),
        isNotNull(diagnostics.organizationId),
        ne(diagnostics.organizationId, options.excludeOrganizationId),
      ),
    )
    .orderBy(diagnostics.organizationId, desc(diagnostics.completedAt));
  return rows.flatMap((row) => toDiagnosticScore(row.result) ?? []);
}

export interface OrganizationDiagnosticDetail {
  readonly id: string;
  readonly completedAt: Date;
  readonly score: DiagnosticScore;
  readonly organization: MemberOrganization;
}

/**
 * One completed diagnostic of an organisation, for one of its members only (membership of
 * `userId` in the `where`); undefined for anyone else or an unknown id.
 */
export async function findOrganizationDiagnostic(
  db: Executor,
  options: { userId: string; diagnosticId: string },
): Promise<OrganizationDiagnosticDetail | undefined> {
  if (!isUuid(options.diagnosticId)) return undefined;
  const [row] = await db
    .select({
      id: diagnostics.id,
      result: diagnostics.result,
      completedAt: diagnostics.completedAt,
      organizationId: organizations.id,
      organizationName: organizations.name,
      employees: organizations.employees,
    })
    .from(diagnostics)
    .innerJoin(organizations, eq(organizations.id, diagnostics.organizationId))
    .innerJoin(
      organizationMembers,
      and(
        eq(organizationMembers.organizationId, diagnostics.organizationId),
        eq(organizationMembers.userId, options.userId),
      ),
    )
    .where(and(eq(diagnostics.id, options.diagnosticId), eq(diagnostics.status, "completed")))
    .limit(1);
  const score = toDiagnosticScore(row?.result);
  if (!row || !score || !row.completedAt) return undefined;
  return {
    id: row.id,
    completedAt: row.completedAt,
    score,
    organization: { id: row.organizationId, name: row.organizationName, employees: row.employees },
  };
}
