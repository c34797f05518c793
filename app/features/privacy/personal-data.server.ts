/**
 * Everything a member may see about themselves and their organisations, as one JSON document
 * plus the list of documents to put beside it (ADR 0012). The organisations are those the user
 * belongs to when the archive is written; every read below is scoped to the user's id or to
 * those organisations' ids in its `where`, so another organisation's data never enters. What
 * staff keep for themselves never enters either: private notes, scores, read markers, the
 * committee summary, who reviews the application, timeline reasons.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import {
  account,
  applicationAttachments,
  applicationEvents,
  applicationLevels,
  applicationMessages,
  applicationSubmissions,
  applications,
  auditEvents,
  correctionRequests,
  diagnostics,
  informationRequests,
  notificationPreferences,
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  organizations,
  programs,
  session,
  user,
  userPreferences,
} from "../../../db/schema";
import { attachmentEntryName, PERSONAL_EXPORT_SCHEMA, uniqueNames } from "./export-layout";

/** A document to copy into the archive. */
export type ArchiveFile = { entry: string; storageKey: string };

export type PersonalData = {
  document: Record<string, unknown>;
  files: ArchiveFile[];
};

const diagnosticColumns = {
  id: diagnostics.id,
  organizationId: diagnostics.organizationId,
  version: diagnostics.version,
  status: diagnostics.status,
  answers: diagnostics.answers,
  result: diagnostics.result,
  globalScore: diagnostics.globalScore,
  sizeBand: diagnostics.sizeBand,
  completedAt: diagnostics.completedAt,
  createdAt: diagnostics.createdAt,
  updatedAt: diagnostics.updatedAt,
};

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The user's data, or null when the account does not exist (or was deleted). */
export async function collectPersonalData(
  db: Executor,
  userId: string,
  now: Date = new Date(),
): Promise<PersonalData | null> {
  const [me] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      role: user.role,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    })
    .from(user)
    .where(and(eq(user.id, userId), isNull(user.deletedAt)));
  if (!me) return null;

  const [credentials, sessions, notificationChoices, settings, joinRequests, invitations] =
    await Promise.all([
      db
        .select({
          providerId: account.providerId,
          createdAt: account.createdAt,
          updatedAt: account.updatedAt,
        })
        .from(account)
        .where(eq(account.userId, userId)),
      db
        .select({
          createdAt: session.createdAt,
          updatedAt: session.updatedAt,
          expiresAt: session.expiresAt,
          ipAddress: session.ipAddress,
          userAgent: session.userAgent,
        })
        .from(session)
        .where(eq(session.userId, userId))
        .orderBy(asc(session.createdAt)),
      db
        .select({
          eventKind: notificationPreferences.eventKind,
          delivery: notificationPreferences.delivery,
          updatedAt: notificationPreferences.updatedAt,
        })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId)),
      db
        .select({
          key: userPreferences.key,
          value: userPreferences.value,
          updatedAt: userPreferences.updatedAt,
        })
        .from(userPreferences)
        .where(eq(userPreferences.userId, userId)),
      db
        .select({
          organizationName: organizations.name,
          message: organizationJoinRequests.message,
          status: organizationJoinRequests.status,
          createdAt: organizationJoinRequests.createdAt,
          decidedAt: organizationJoinRequests.decidedAt,
        })
        .from(organizationJoinRequests)
        .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
        .where(eq(organizationJoinRequests.userId, userId))
        .orderBy(asc(organizationJoinRequests.createdAt)),
      db
        .select({
          organizationName: organizations.name,
          createdAt: organizationInvitations.createdAt,
          expiresAt: organizationInvitations.expiresAt,
          acceptedAt: organizationInvitations.acceptedAt,
          revokedAt: organizationInvitations.revokedAt,
        })
        .from(organizationInvitations)
        .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
        .where(eq(organizationInvitations.email, me.email))
        .orderBy(asc(organizationInvitations.createdAt)),
    ]);

  const memberships = await db
    .select({
      organizationId: organizationMembers.organizationId,
      role: organizationMembers.role,
      joinedAt: organizationMembers.joinedAt,
    })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizationMembers.joinedAt));
  const organizationIds = memberships.map((membership) => membership.organizationId);
  const organizationsDocument =
    organizationIds.length === 0
      ? { list: [], files: [] }
      : await collectOrganizations(db, organizationIds);

  const [ownDiagnostics, activity] = await Promise.all([
    db
      .select(diagnosticColumns)
      .from(diagnostics)
      .where(and(eq(diagnostics.createdBy, userId), isNull(diagnostics.organizationId)))
      .orderBy(asc(diagnostics.createdAt)),
    db
      .select({
        occurredAt: auditEvents.occurredAt,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
      })
      .from(auditEvents)
      .where(eq(auditEvents.actorId, userId))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id)),
  ]);

  const membershipOf = new Map(memberships.map((m) => [m.organizationId, m]));
  return {
    document: {
      format: PERSONAL_EXPORT_SCHEMA,
      generatedAt: now.toISOString(),
      account: me,
      signIn: { methods: credentials, sessions },
      preferences: { notifications: notificationChoices, settings },
      joinRequests,
      invitationsReceived: invitations,
      organizations: organizationsDocument.list.map((organization) => ({
        membership: {
          role: membershipOf.get(organization.profile.id)?.role ?? null,
          joinedAt: membershipOf.get(organization.profile.id)?.joinedAt ?? null,
        },
        ...organization,
      })),
      diagnosticsWithoutOrganization: ownDiagnostics,
      activity,
    },
    files: organizationsDocument.files,
  };
}

async function collectOrganizations(db: Executor, organizationIds: string[]) {
  const [profiles, members, applicationRows, organizationDiagnostics] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        siren: organizations.siren,
        siret: organizations.siret,
        rna: organizations.rna,
        legalFormCode: organizations.legalFormCode,
        creationDate: organizations.creationDate,
        addressLine: organizations.addressLine,
        postcode: organizations.postcode,
        commune: organizations.commune,
        departement: organizations.departement,
        region: organizations.region,
        essMember: organizations.essMember,
        esusApproved: organizations.esusApproved,
        website: organizations.website,
        employees: organizations.employees,
        volunteers: organizations.volunteers,
        budgetBand: organizations.budgetBand,
        actionAxes: organizations.actionAxes,
        otherActions: organizations.otherActions,
        createdAt: organizations.createdAt,
        updatedAt: organizations.updatedAt,
      })
      .from(organizations)
      .where(inArray(organizations.id, organizationIds))
      .orderBy(asc(organizations.name)),
    db
      .select({
        organizationId: organizationMembers.organizationId,
        name: user.name,
        email: user.email,
        role: organizationMembers.role,
        joinedAt: organizationMembers.joinedAt,
      })
      .from(organizationMembers)
      .innerJoin(user, eq(user.id, organizationMembers.userId))
      .where(inArray(organizationMembers.organizationId, organizationIds))
      .orderBy(asc(organizationMembers.joinedAt)),
    db
      .select({
        id: applications.id,
        organizationId: applications.organizationId,
        number: applications.number,
        programme: programs.name,
        status: applications.status,
        currentStep: applications.currentStep,
        data: applications.data,
        eligibility: applications.eligibility,
        createdAt: applications.createdAt,
        updatedAt: applications.updatedAt,
        submittedAt: applications.submittedAt,
        statusChangedAt: applications.statusChangedAt,
      })
      .from(applications)
      .innerJoin(programs, eq(programs.id, applications.programId))
      .where(inArray(applications.organizationId, organizationIds))
      .orderBy(asc(applications.createdAt), asc(applications.id)),
    db
      .select(diagnosticColumns)
      .from(diagnostics)
      .where(inArray(diagnostics.organizationId, organizationIds))
      .orderBy(asc(diagnostics.createdAt)),
  ]);

  const applicationIds = applicationRows.map((row) => row.id);
  const byApplication = applicationIds.length > 0;
  const [levels, submissions, attachments, events, messages, requests, corrections] = byApplication
    ? await Promise.all([
        db
          .select({
            applicationId: applicationLevels.applicationId,
            kind: applicationLevels.kind,
            totalCostCents: applicationLevels.totalCostCents,
            requestedRatePercent: applicationLevels.requestedRatePercent,
            programmeShareCents: applicationLevels.programmeShareCents,
            remainingCents: applicationLevels.remainingCents,
            quotesNote: applicationLevels.quotesNote,
          })
          .from(applicationLevels)
          .where(inArray(applicationLevels.applicationId, applicationIds)),
        db
          .select({
            applicationId: applicationSubmissions.applicationId,
            snapshot: applicationSubmissions.snapshot,
            createdAt: applicationSubmissions.createdAt,
          })
          .from(applicationSubmissions)
          .where(inArray(applicationSubmissions.applicationId, applicationIds)),
        db
          .select({
            id: applicationAttachments.id,
            applicationId: applicationAttachments.applicationId,
            kind: applicationAttachments.kind,
            fileName: applicationAttachments.fileName,
            mimeType: applicationAttachments.mimeType,
            sizeBytes: applicationAttachments.sizeBytes,
            storageKey: applicationAttachments.storageKey,
            messageId: applicationAttachments.messageId,
            createdAt: applicationAttachments.createdAt,
          })
          .from(applicationAttachments)
          .where(inArray(applicationAttachments.applicationId, applicationIds))
          .orderBy(asc(applicationAttachments.createdAt), asc(applicationAttachments.id)),
        db
          .select({
            applicationId: applicationEvents.applicationId,
            action: applicationEvents.action,
            fromStatus: applicationEvents.fromStatus,
            toStatus: applicationEvents.toStatus,
            occurredAt: applicationEvents.occurredAt,
            actorName: user.name,
            actorRole: user.role,
          })
          .from(applicationEvents)
          .leftJoin(user, eq(user.id, applicationEvents.actorId))
          .where(inArray(applicationEvents.applicationId, applicationIds))
          .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id)),
        db
          .select({
            id: applicationMessages.id,
            applicationId: applicationMessages.applicationId,
            body: applicationMessages.body,
            isInformationRequest: applicationMessages.isInformationRequest,
            createdAt: applicationMessages.createdAt,
            authorName: user.name,
            authorRole: user.role,
          })
          .from(applicationMessages)
          .leftJoin(user, eq(user.id, applicationMessages.authorId))
          .where(inArray(applicationMessages.applicationId, applicationIds))
          .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id)),
        db
          .select({
            applicationId: informationRequests.applicationId,
            messageId: informationRequests.messageId,
            missingItems: informationRequests.missingItems,
            requestedAt: informationRequests.requestedAt,
            answeredAt: informationRequests.answeredAt,
          })
          .from(informationRequests)
          .where(inArray(informationRequests.applicationId, applicationIds))
          .orderBy(asc(informationRequests.requestedAt)),
        db
          .select({
            applicationId: correctionRequests.applicationId,
            message: correctionRequests.message,
            steps: correctionRequests.steps,
            fields: correctionRequests.fields,
            requestedAt: correctionRequests.requestedAt,
            resubmittedAt: correctionRequests.resubmittedAt,
          })
          .from(correctionRequests)
          .where(inArray(correctionRequests.applicationId, applicationIds))
          .orderBy(asc(correctionRequests.requestedAt)),
      ])
    : [[], [], [], [], [], [], []];

  // One entry name per document, unique in the archive.
  const unique = uniqueNames();
  const numberOf = new Map(applicationRows.map((row) => [row.id, row.number]));
  const entryOf = new Map(
    attachments.map((file) => [
      file.id,
      unique(
        attachmentEntryName({
          applicationNumber: numberOf.get(file.applicationId) ?? null,
          applicationId: file.applicationId,
          fileName: file.fileName,
        }),
      ),
    ]),
  );
  const files: ArchiveFile[] = attachments.map((file) => ({
    entry: entryOf.get(file.id) as string,
    storageKey: file.storageKey,
  }));

  const levelsOf = groupBy(levels, (row) => row.applicationId);
  const submissionOf = new Map(submissions.map((row) => [row.applicationId, row]));
  const attachmentsOf = groupBy(attachments, (row) => row.applicationId);
  const eventsOf = groupBy(events, (row) => row.applicationId);
  const messagesOf = groupBy(messages, (row) => row.applicationId);
  const requestsOf = groupBy(requests, (row) => row.applicationId);
  const correctionsOf = groupBy(corrections, (row) => row.applicationId);
  const membersOf = groupBy(members, (row) => row.organizationId);
  const applicationsOf = groupBy(applicationRows, (row) => row.organizationId);
  const diagnosticsOf = groupBy(organizationDiagnostics, (row) => row.organizationId);
  const fileNamesOfMessage = groupBy(
    attachments.filter((file) => file.messageId !== null),
    (file) => file.messageId as string,
  );

  const list = profiles.map((profile) => ({
    profile,
    members: (membersOf.get(profile.id) ?? []).map(({ organizationId: _o, ...member }) => member),
    applications: (applicationsOf.get(profile.id) ?? []).map(
      ({ organizationId: _o, ...application }) => ({
        ...application,
        levels: (levelsOf.get(application.id) ?? []).map(
          ({ applicationId: _a, ...level }) => level,
        ),
        submission: submissionOf.get(application.id)
          ? {
              submittedAt: submissionOf.get(application.id)?.createdAt,
              content: submissionOf.get(application.id)?.snapshot,
            }
          : null,
        attachments: (attachmentsOf.get(application.id) ?? []).map((file) => ({
          kind: file.kind,
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          createdAt: file.createdAt,
          fileInArchive: entryOf.get(file.id),
        })),
        timeline: (eventsOf.get(application.id) ?? []).map((event) => ({
          action: event.action,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          occurredAt: event.occurredAt,
          by: event.actorName,
          byApplicant: event.actorRole === "applicant",
        })),
        messages: (messagesOf.get(application.id) ?? []).map((message) => ({
          createdAt: message.createdAt,
          from: message.authorName,
          fromApplicant: message.authorRole === "applicant",
          isInformationRequest: message.isInformationRequest,
          body: message.body,
          files: (fileNamesOfMessage.get(message.id) ?? []).map((file) => entryOf.get(file.id)),
        })),
        informationRequests: (requestsOf.get(application.id) ?? []).map(
          ({ applicationId: _a, messageId: _m, ...request }) => request,
        ),
        correctionRequests: (correctionsOf.get(application.id) ?? []).map(
          ({ applicationId: _a, ...correction }) => correction,
        ),
      }),
    ),
    diagnostics: (diagnosticsOf.get(profile.id) ?? []).map(
      ({ organizationId: _o, ...diagnostic }) => diagnostic,
    ),
  }));
  return { list, files };
}
