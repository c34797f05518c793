// What an application's staff file shows (/instruction/candidatures/:id), read on the server in a
// fixed number of queries whatever the number of messages, files, notes or events: the header,
// the actions, the submission (and the current values a correction changed), the files, the
// organisation's diagnostics beside the levels requested, its earlier applications in scope, the
// eligibility check run again with the register, the completeness checklist, the private notes,
// the thread and the timeline. Every read of another application repeats the staff scope.

import { and, asc, desc, eq, isNotNull, ne } from "drizzle-orm";
import {
  type Actor,
  type ApplicationState,
  isApplicationState,
  type LevelKind,
  readDraftData,
  validateApplication,
} from "~/features/applications";
import {
  findSubmission,
  listAttachments,
  listEvents,
  listMessages,
  loadProgramConfig,
  staffApplicationScope,
} from "~/features/applications/index.server";
import { recommendedLevels, toDiagnosticScore } from "~/features/diagnostic";
import { loadQuestionBank } from "~/features/diagnostic/index.server";
import { todayInParis } from "~/features/eligibility";
import type { Executor } from "~/platform/db/types";
import type { Locale } from "~/platform/i18n/types";
import type { RegistryClient } from "~/platform/registry";
import {
  antennas,
  applicationNotes,
  applications,
  diagnostics,
  programs,
  user,
} from "../../../db/schema";
import { type CompletenessItem, completenessChecklist } from "./completeness";
import { type CorrectionEntry, listCorrections } from "./corrections.server";
import { type FileAction, fileActions } from "./file-actions";
import { type FileEligibility, rerunEligibility } from "./file-eligibility.server";
import {
  changedSections,
  fromSnapshot,
  fromValues,
  type SubmissionSection,
  type SubmittedData,
} from "./file-submission";
import { type LevelFit, levelFit } from "./level-fit";

/** The file types a browser may show inline (the download route's `?apercu=1`). */
export const previewableTypes = ["application/pdf", "image/png", "image/jpeg"] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export type FileView = {
  /** Corrections asked after submission, with what changed (before / after). */
  corrections: CorrectionEntry[];
  application: {
    id: string;
    number: string | null;
    state: ApplicationState;
    programName: string;
    submittedAt: string | null;
    statusChangedAt: string;
    /** Whole days in the current state. */
    ageDays: number;
    /** The programme's warning delay, in days. */
    alertDays: number;
    flagged: boolean;
    antenna: { name: string; city: string } | null;
    assigneeName: string | null;
    committeeSummary: string | null;
  };
  organization: { id: string; name: string; siren: string | null; siret: string | null };
  actions: FileAction[];
  axes: { code: string; label: string }[];
  submission: {
    submittedAt: string;
    submittedBy: { name: string; email: string };
    data: SubmittedData;
  } | null;
  /** The current values of the sections changed since submission (by a correction). */
  current: { sections: SubmissionSection[]; data: SubmittedData } | null;
  attachments: {
    id: string;
    kind: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    createdAt: string;
    previewable: boolean;
    sentWithMessage: boolean;
  }[];
  diagnostic: {
    latest: {
      id: string;
      completedAt: string;
      globalScore: number;
      recommendedLevel: LevelKind;
      dimensions: { id: string; title: string; score: number | null }[];
    } | null;
    /** Completed diagnostics before the latest one. */
    earlierCount: number;
  };
  levelFit: LevelFit;
  requestedLevels: LevelKind[];
  earlierApplications: {
    id: string;
    number: string | null;
    state: ApplicationState | null;
    submittedAt: string | null;
    programName: string;
  }[];
  eligibility: FileEligibility;
  completeness: CompletenessItem[];
  notes: { id: string; body: string; authorName: string | null; createdAt: string }[];
  messages: {
    id: string;
    body: string;
    authorName: string | null;
    fromApplicant: boolean;
    isInformationRequest: boolean;
    createdAt: string;
    files: { id: string; fileName: string; sizeBytes: number }[];
  }[];
  timeline: {
    id: number;
    action: string;
    toStatus: ApplicationState | null;
    occurredAt: string;
    actorName: string | null;
    byApplicant: boolean;
    reason: string | null;
  }[];
};

type ApplicationRow = {
  id: string;
  number: string | null;
  programId: string;
  organizationId: string;
  status: string;
  data: unknown;
  submittedAt: Date | null;
  statusChangedAt: Date;
  flaggedForReview: boolean;
  antennaId: string | null;
  assignedTo: string | null;
  committeeSummary: string | null;
};

type OrganizationRow = {
  id: string;
  name: string;
  siren: string | null;
  siret: string | null;
  legalFormCode: string | null;
  esusApproved: boolean;
  creationDate: string | null;
  departement: string | null;
};

async function loadHeader(db: Executor, application: ApplicationRow) {
  const [row] = await db
    .select({
      programName: programs.name,
      alertDays: programs.reviewAlertDays,
      antennaName: antennas.name,
      antennaCity: antennas.city,
      assigneeName: user.name,
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .leftJoin(antennas, eq(antennas.id, applications.antennaId))
    .leftJoin(user, eq(user.id, applications.assignedTo))
    .where(eq(applications.id, application.id));
  return row;
}

async function loadNotes(db: Executor, applicationId: string) {
  return db
    .select({
      id: applicationNotes.id,
      body: applicationNotes.body,
      authorName: user.name,
      createdAt: applicationNotes.createdAt,
    })
    .from(applicationNotes)
    .leftJoin(user, eq(user.id, applicationNotes.authorId))
    .where(eq(applicationNotes.applicationId, applicationId))
    .orderBy(asc(applicationNotes.createdAt), asc(applicationNotes.id));
}

async function loadDiagnostics(db: Executor, organizationId: string) {
  const rows = await db
    .select({
      id: diagnostics.id,
      version: diagnostics.version,
      result: diagnostics.result,
      completedAt: diagnostics.completedAt,
    })
    .from(diagnostics)
    .where(
      and(
        eq(diagnostics.organizationId, organizationId),
        eq(diagnostics.status, "completed"),
        isNotNull(diagnostics.completedAt),
      ),
    )
    .orderBy(desc(diagnostics.completedAt), desc(diagnostics.id));
  const scored = rows.flatMap((row) => {
    const score = toDiagnosticScore(row.result);
    return score && row.completedAt ? [{ ...row, score, completedAt: row.completedAt }] : [];
  });
  const latest = scored[0];
  if (!latest) return { latest: null, earlierCount: 0 };
  const bank = await loadQuestionBank(db, latest.version);
  const recommended = (recommendedLevels as readonly string[]).includes(
    latest.score.recommendedLevel,
  )
    ? (latest.score.recommendedLevel as LevelKind)
    : "diagnostic";
  return {
    latest: {
      id: latest.id,
      completedAt: latest.completedAt.toISOString(),
      globalScore: latest.score.globalScore,
      recommendedLevel: recommended,
      dimensions: latest.score.dimensions.map((dimension) => ({
        id: dimension.id,
        title: bank?.dimensions.find((d) => d.id === dimension.id)?.title ?? dimension.id,
        score: dimension.score,
      })),
    },
    earlierCount: scored.length - 1,
  };
}

async function loadEarlierApplications(
  db: Executor,
  staff: Pick<Actor, "id" | "role">,
  application: ApplicationRow,
) {
  const rows = await db
    .select({
      id: applications.id,
      number: applications.number,
      status: applications.status,
      submittedAt: applications.submittedAt,
      programName: programs.name,
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(
      and(
        eq(applications.organizationId, application.organizationId),
        ne(applications.id, application.id),
        staffApplicationScope(db, staff),
      ),
    )
    .orderBy(desc(applications.submittedAt), desc(applications.id));
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    state: isApplicationState(row.status) ? row.status : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    programName: row.programName,
  }));
}

/** Everything the file shows; `now` is the instant the ages are computed at. */
export async function loadFileView(input: {
  db: Executor;
  registry: Pick<RegistryClient, "search">;
  staff: Actor;
  application: ApplicationRow;
  organization: OrganizationRow;
  locale: Locale;
  now?: Date;
}): Promise<FileView> {
  const { db, application, organization, staff } = input;
  const now = input.now ?? new Date();
  const [
    program,
    header,
    submission,
    attachments,
    messages,
    events,
    notes,
    diagnostic,
    earlier,
    corrections,
  ] = await Promise.all([
    loadProgramConfig(db, application.programId),
    loadHeader(db, application),
    findSubmission(db, application.id),
    listAttachments(db, application.id),
    listMessages(db, application.id),
    listEvents(db, application.id),
    loadNotes(db, application.id),
    loadDiagnostics(db, organization.id),
    loadEarlierApplications(db, staff, application),
    listCorrections(db, application.id),
  ]);
  const state: ApplicationState = isApplicationState(application.status)
    ? application.status
    : "submitted";
  const snapshot = submission?.snapshot ?? null;
  const submitted = snapshot ? fromSnapshot(snapshot) : null;
  const documentKinds = attachments.map((file) => file.kind);

  let current: FileView["current"] = null;
  if (submitted && program) {
    const validation = validateApplication(
      readDraftData(application.data),
      program,
      documentKinds.filter((kind) => kind !== "answer"),
    );
    if (validation.ok) {
      const values = fromValues(validation.values, program);
      const sections = changedSections(submitted, values);
      if (sections.length > 0) current = { sections, data: values };
    }
  }
  const shown = current?.data ?? submitted;
  const requestedLevels = (shown?.levels ?? []).map((level) => level.kind);
  const axes = (shown?.project.axes ?? []) as string[];

  const eligibility = await rerunEligibility({
    registry: input.registry,
    organization,
    axes,
    program: program ?? {
      axes: [],
      eligibilityRules: {
        acceptedLegalFormCodes: [],
        esusAcceptedForOtherCompanies: false,
        minimumAgeYears: 0,
        priorityAxes: [],
        departements: [],
      },
    },
    today: todayInParis(now),
    locale: input.locale,
    stored: snapshot
      ? {
          eligible: snapshot.eligibility.eligible,
          criteria: snapshot.eligibility.criteria.map(({ id, met }) => ({ id, met })),
        }
      : null,
  });

  return {
    corrections,
    application: {
      id: application.id,
      number: application.number,
      state,
      programName: header?.programName ?? program?.name ?? "",
      submittedAt: application.submittedAt?.toISOString() ?? null,
      statusChangedAt: application.statusChangedAt.toISOString(),
      ageDays: Math.max(
        0,
        Math.floor((now.getTime() - application.statusChangedAt.getTime()) / DAY_MS),
      ),
      alertDays: header?.alertDays ?? 15,
      flagged: application.flaggedForReview,
      antenna:
        header?.antennaName && header.antennaCity
          ? { name: header.antennaName, city: header.antennaCity }
          : null,
      assigneeName: header?.assigneeName ?? null,
      committeeSummary: application.committeeSummary,
    },
    organization: {
      id: organization.id,
      name: organization.name,
      siren: organization.siren,
      siret: organization.siret,
    },
    actions: fileActions(application.id, state, staff.role),
    axes: (program?.axes ?? []).map(({ code, label }) => ({ code, label })),
    submission:
      snapshot && submitted
        ? {
            submittedAt: snapshot.submittedAt,
            submittedBy: { name: snapshot.submittedBy.name, email: snapshot.submittedBy.email },
            data: submitted,
          }
        : null,
    current,
    attachments: attachments.map((file) => ({
      id: file.id,
      kind: file.kind,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      createdAt: file.createdAt.toISOString(),
      previewable: (previewableTypes as readonly string[]).includes(file.mimeType),
      sentWithMessage: file.messageId !== null,
    })),
    diagnostic,
    levelFit: levelFit(requestedLevels, diagnostic.latest?.recommendedLevel ?? null),
    requestedLevels,
    earlierApplications: earlier,
    eligibility,
    completeness: completenessChecklist({
      levels: requestedLevels,
      attachmentKinds: documentKinds,
      declarations: shown?.declarations ?? null,
      contact: shown
        ? { name: shown.organization.contactName, role: shown.organization.contactRole }
        : null,
      hasDiagnostic: diagnostic.latest !== null,
    }),
    notes: notes.map((note) => ({
      id: note.id,
      body: note.body,
      authorName: note.authorName,
      createdAt: note.createdAt.toISOString(),
    })),
    messages: messages.map((message) => ({
      id: message.id,
      body: message.body,
      authorName: message.authorName,
      fromApplicant: message.authorRole === "applicant",
      isInformationRequest: message.isInformationRequest,
      createdAt: message.createdAt.toISOString(),
      files: message.files.map(({ id, fileName, sizeBytes }) => ({ id, fileName, sizeBytes })),
    })),
    timeline: events.map((event) => ({
      id: event.id,
      action: event.action,
      toStatus: isApplicationState(event.toStatus) ? event.toStatus : null,
      occurredAt: event.occurredAt.toISOString(),
      actorName: event.actorName,
      byApplicant: event.actorRole === "applicant",
      reason: event.reason,
    })),
  };
}
