// Reads of the applications feature. Every query that returns an application's data is scoped in
// its `where` by the organisation asking (or by an id already checked by guards.server.ts).
import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Role } from "~/features/auth";
import { staffReachOf } from "~/features/organizations";
import { toAxisLabels, toEligibilityRules } from "~/features/programs";
import { getProgrammeConfig } from "~/features/programs/index.server";
import type { Executor } from "~/platform/db/types";
import {
  applicationAttachments,
  applicationEvents,
  applicationMessages,
  applicationSubmissions,
  applications,
  organizationMembers,
  organizations,
  programs,
  staffScopes,
  user,
} from "../../../db/schema";
import type { ProgramConfig } from "./program-config";
import type { SubmissionSnapshot } from "./snapshot";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tells whether a URL parameter can be an id (anything else is answered 404 without a query). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The applications of the organisations a member belongs to: the applicant's side of a `where`. */
export function memberApplicationScope(organizationIds: readonly string[]) {
  return inArray(applications.organizationId, [...organizationIds]);
}

/**
 * The applications a staff user reaches (issue 13, ADR 0008): submitted ones only (a draft is the
 * structure's own), all of them for instructors and administrators, those in the queue of one of
 * their antennas for antenna managers, none for the other roles. Every staff read of an
 * application repeats it in its `where`.
 */
export function staffApplicationScope(db: Executor, staff: { id: string; role: Role }): SQL {
  const reach = staffReachOf(staff.role);
  if (reach === "none") return sql`false`;
  // A draft withdrawn before it was sent leaves "draft" without ever being submitted.
  const submitted = sql`(${applications.status} <> 'draft' and ${applications.submittedAt} is not null)`;
  if (reach === "all") return submitted;
  const antennasOfStaff = db
    .select({ antennaId: sql<string>`${staffScopes.antennaId}` })
    .from(staffScopes)
    .where(and(eq(staffScopes.userId, staff.id), isNotNull(staffScopes.antennaId)));
  return and(submitted, inArray(applications.antennaId, antennasOfStaff)) ?? sql`false`;
}

/** The programmes open to applications, for the "new application" page. */
export async function listOpenPrograms(db: Executor) {
  return db
    .select({
      id: programs.id,
      slug: programs.slug,
      name: programs.name,
      description: programs.description,
    })
    .from(programs)
    .where(eq(programs.status, "open"))
    .orderBy(asc(programs.name));
}

/** A programme's levels, axes and eligibility rules (from the programs feature), or null. */
export async function loadProgramConfig(
  db: Executor,
  programId: string,
): Promise<ProgramConfig | null> {
  const [row] = await db
    .select({ slug: programs.slug })
    .from(programs)
    .where(eq(programs.id, programId));
  const config = row ? await getProgrammeConfig(db, row.slug) : null;
  if (!config) return null;
  return {
    id: config.id,
    slug: config.slug,
    name: config.name,
    levels: config.levels.map((level) => ({
      kind: level.kind,
      label: level.label,
      description: level.description,
      minRatePercent: level.minRatePercent,
      maxRatePercent: level.maxRatePercent,
      costCeilingCents: level.costCeilingCents,
    })),
    axes: toAxisLabels(config),
    eligibilityRules: toEligibilityRules(config),
  };
}

/** The applications of one organisation, newest first, with their programme's name. */
export async function listApplicationsOfOrganization(db: Executor, organizationId: string) {
  return db
    .select({
      id: applications.id,
      number: applications.number,
      status: applications.status,
      currentStep: applications.currentStep,
      programName: programs.name,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(eq(applications.organizationId, organizationId))
    .orderBy(desc(applications.createdAt));
}

/** One application of an organisation, or null (another organisation's id gives null too). */
export async function findApplicationOfOrganization(
  db: Executor,
  scope: { applicationId: string; organizationId: string },
) {
  if (!isUuid(scope.applicationId)) return null;
  const [row] = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.id, scope.applicationId),
        eq(applications.organizationId, scope.organizationId),
      ),
    );
  return row ?? null;
}

/** An application with its organisation's département, for staff scope checks only. */
export async function findApplicationForStaff(db: Executor, applicationId: string) {
  if (!isUuid(applicationId)) return null;
  const [row] = await db
    .select({ application: applications, departement: organizations.departement })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(eq(applications.id, applicationId));
  return row ?? null;
}

/** The files of an application (documents and answers), oldest first. */
export async function listAttachments(db: Executor, applicationId: string) {
  return db
    .select({
      id: applicationAttachments.id,
      kind: applicationAttachments.kind,
      fileName: applicationAttachments.fileName,
      mimeType: applicationAttachments.mimeType,
      sizeBytes: applicationAttachments.sizeBytes,
      messageId: applicationAttachments.messageId,
      createdAt: applicationAttachments.createdAt,
    })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, applicationId))
    .orderBy(asc(applicationAttachments.createdAt), asc(applicationAttachments.id));
}

/** One file of an application, with its storage key (for the download route). */
export async function findAttachment(
  db: Executor,
  scope: { applicationId: string; attachmentId: string },
) {
  if (!isUuid(scope.attachmentId)) return null;
  const [row] = await db
    .select()
    .from(applicationAttachments)
    .where(
      and(
        eq(applicationAttachments.id, scope.attachmentId),
        eq(applicationAttachments.applicationId, scope.applicationId),
      ),
    );
  return row ?? null;
}

/** Total bytes already attached to an application. */
export async function attachedBytes(db: Executor, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${applicationAttachments.sizeBytes}), 0)` })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, applicationId));
  return Number(row?.total ?? 0);
}

/** The timeline: every state change of an application, oldest first, with who made it. */
export async function listEvents(db: Executor, applicationId: string) {
  return db
    .select({
      id: applicationEvents.id,
      action: applicationEvents.action,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      reason: applicationEvents.reason,
      occurredAt: applicationEvents.occurredAt,
      actorName: user.name,
      actorRole: user.role,
    })
    .from(applicationEvents)
    .leftJoin(user, eq(user.id, applicationEvents.actorId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
}

/** The message thread with staff, oldest first, each with its author and files. */
export async function listMessages(db: Executor, applicationId: string) {
  const rows = await db
    .select({
      id: applicationMessages.id,
      body: applicationMessages.body,
      isInformationRequest: applicationMessages.isInformationRequest,
      createdAt: applicationMessages.createdAt,
      authorId: applicationMessages.authorId,
      authorName: user.name,
      authorRole: user.role,
    })
    .from(applicationMessages)
    .leftJoin(user, eq(user.id, applicationMessages.authorId))
    .where(eq(applicationMessages.applicationId, applicationId))
    .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id));
  const ids = rows.map((row) => row.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .select({
            id: applicationAttachments.id,
            messageId: applicationAttachments.messageId,
            fileName: applicationAttachments.fileName,
            sizeBytes: applicationAttachments.sizeBytes,
          })
          .from(applicationAttachments)
          .where(
            and(
              eq(applicationAttachments.applicationId, applicationId),
              inArray(applicationAttachments.messageId, ids),
            ),
          )
          .orderBy(asc(applicationAttachments.createdAt));
  return rows.map((row) => ({
    ...row,
    files: files.filter((file) => file.messageId === row.id),
  }));
}

/** The frozen record of what was submitted, or null for a draft. */
export async function findSubmission(db: Executor, applicationId: string) {
  const [row] = await db
    .select({
      snapshot: applicationSubmissions.snapshot,
      createdAt: applicationSubmissions.createdAt,
    })
    .from(applicationSubmissions)
    .where(eq(applicationSubmissions.applicationId, applicationId));
  return row ? { ...row, snapshot: row.snapshot as SubmissionSnapshot } : null;
}

/** An organisation's members as notification recipients (user id and address). */
export async function memberRecipients(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; email: string }[]> {
  return db
    .select({ id: user.id, email: user.email })
    .from(organizationMembers)
    .innerJoin(user, eq(user.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId));
}
