// What the application pages show, read and shaped on the server (routes stay thin).
import { eq } from "drizzle-orm";

import { checkEligibility, todayInParis, toEligibilityResponse } from "~/features/eligibility";
import type { Locale } from "~/platform/i18n/types";
import { informationRequests } from "../../../db/schema";
import { levelsStepSchema, organizationStepSchema, projectStepSchema } from "./application.schema";
import { findOpenCorrection } from "./correction.server";
import {
  chosenLevels,
  type DraftData,
  eligibilityAnswersOf,
  readDraftData,
  stepValues,
  validateApplication,
} from "./draft";
import type { ProgramConfig, ProgramFormConfig } from "./program-config";
import {
  attachedBytes,
  findSubmission,
  listAttachments,
  listEvents,
  listMessages,
} from "./queries.server";
import { allowedAttachmentKinds, uploadLimitFor } from "./rules";
import { allowedActions, isApplicationState } from "./state-machine";
import { problemCountsByStep } from "./step-progress";
import type { FollowView } from "./ui/application-follow";

type ApplicationRow = {
  id: string;
  number: string | null;
  status: string;
  currentStep: number;
  data: unknown;
  submittedAt: Date | null;
  updatedAt: Date;
};

type Db = Parameters<typeof listAttachments>[0];

/** The browser-safe part of a programme's configuration (no eligibility rules). */
export function formConfigOf(program: ProgramConfig): ProgramFormConfig {
  const { id, slug, name, levels, axes } = program;
  return { id, slug, name, levels, axes };
}

/** The data of a step page. */
export async function loadStepView(
  db: Db,
  application: ApplicationRow,
  program: ProgramConfig,
  step: number,
) {
  const draft = readDraftData(application.data);
  const formStep = step as 1 | 2 | 3 | 4 | 5;
  const levels = chosenLevels(draft);
  const files = (await listAttachments(db, application.id)).filter(
    (file) => file.kind !== "answer",
  );
  const attachments =
    step === 4
      ? files.map(({ id, kind, fileName, sizeBytes }) => ({ id, kind, fileName, sizeBytes }))
      : [];
  const validation = validateApplication(
    draft,
    program,
    files.map((file) => file.kind),
  );
  return {
    // What the progress indicator announces of each step: the summary's points, per step.
    problemCounts: problemCountsByStep(validation.ok ? [] : validation.problems),
    applicationId: application.id,
    step,
    // The page refuses a file too large before sending it, with the server's own limit.
    uploadLimit: step === 4 ? uploadLimitFor(await attachedBytes(db, application.id)) : null,
    reachedStep: application.currentStep,
    version: application.updatedAt.toISOString(),
    program: formConfigOf(program),
    values: stepValues(draft, formStep),
    levels,
    allowedKinds: allowedAttachmentKinds(levels),
    attachments,
  };
}

function eligibilityPreview(draft: DraftData, program: ProgramConfig, locale: Locale) {
  const organization = organizationStepSchema.safeParse(stepValues(draft, 1));
  const project = projectStepSchema(program).safeParse(stepValues(draft, 2));
  if (!organization.success || !project.success) return null;
  const answers = eligibilityAnswersOf({
    organization: organization.data,
    project: project.data,
    levels: [],
    declarations: { swornStatement: true, dataConsent: true, signatoryName: "", signatoryRole: "" },
  });
  const result = checkEligibility(answers, program.eligibilityRules, todayInParis(new Date()));
  return toEligibilityResponse(result, { axes: program.axes, locale });
}

/** The data of the summary page: the draft, what is missing, the eligibility preview. */
export async function loadSummaryView(
  db: Db,
  application: ApplicationRow,
  program: ProgramConfig,
  locale: Locale,
) {
  const draft = readDraftData(application.data);
  const attachments = (await listAttachments(db, application.id)).filter(
    (file) => file.kind !== "answer",
  );
  const validation = validateApplication(
    draft,
    program,
    attachments.map((file) => file.kind),
  );
  const levels = levelsStepSchema(program).safeParse(stepValues(draft, 3));
  return {
    applicationId: application.id,
    reachedStep: application.currentStep,
    problemCounts: problemCountsByStep(validation.ok ? [] : validation.problems),
    program: formConfigOf(program),
    steps: { "1": stepValues(draft, 1), "2": stepValues(draft, 2), "5": stepValues(draft, 5) },
    levels: levels.success ? levels.data.levels : null,
    attachments: attachments.map(({ id, kind, fileName, sizeBytes }) => ({
      id,
      kind,
      fileName,
      sizeBytes,
    })),
    problems: validation.ok ? [] : validation.problems,
    eligibility: eligibilityPreview(draft, program, locale),
  };
}

/** The data of the follow page. */
export async function loadFollowView(
  db: Db,
  application: ApplicationRow,
  names: { programName: string; organizationName: string },
): Promise<FollowView> {
  const [events, messages, submission, correction, requests] = await Promise.all([
    listEvents(db, application.id),
    listMessages(db, application.id),
    findSubmission(db, application.id),
    application.status === "correction_requested"
      ? findOpenCorrection(db, application.id)
      : Promise.resolve(null),
    // The missing items the team listed with each information request (issue 13).
    db
      .select({ messageId: informationRequests.messageId, items: informationRequests.missingItems })
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, application.id)),
  ]);
  const missingItems = new Map(requests.map((request) => [request.messageId, request.items]));
  const state = isApplicationState(application.status) ? application.status : "draft";
  const actions = allowedActions(state, "applicant");
  return {
    application: {
      id: application.id,
      number: application.number,
      status: state,
      currentStep: application.currentStep,
      programName: names.programName,
      organizationName: names.organizationName,
      submittedAt: application.submittedAt?.toISOString() ?? null,
    },
    timeline: events.map((event) => ({
      id: event.id,
      action:
        event.action === "submit" && event.reason === "eligibility_to_check"
          ? "submit_flagged"
          : event.action,
      occurredAt: event.occurredAt.toISOString(),
      actorName: event.actorName,
      byApplicant: event.actorRole === "applicant",
    })),
    messages: messages.map((message) => ({
      id: message.id,
      body: message.body,
      authorName: message.authorName,
      fromApplicant: message.authorRole === "applicant",
      isInformationRequest: message.isInformationRequest,
      missingItems: missingItems.get(message.id) ?? [],
      createdAt: message.createdAt.toISOString(),
      files: message.files.map(({ id, fileName, sizeBytes }) => ({ id, fileName, sizeBytes })),
    })),
    submission: submission
      ? { levels: submission.snapshot.levels, attachments: submission.snapshot.attachments }
      : null,
    canWithdraw: actions.includes("withdraw"),
    canAnswer: actions.includes("answer_information"),
    canMessage: state !== "draft",
    correction: correction
      ? {
          message: correction.message,
          steps: correction.steps,
          fields: correction.fields,
          requestedAt: correction.requestedAt.toISOString(),
        }
      : null,
  };
}

/** The data of the resubmission page: what still stops the resubmission, per step. */
export async function loadResubmitView(
  db: Db,
  application: ApplicationRow,
  program: ProgramConfig,
) {
  const attachments = await listAttachments(db, application.id);
  const validation = validateApplication(
    readDraftData(application.data),
    program,
    attachments.map((file) => file.kind),
  );
  return {
    applicationId: application.id,
    number: application.number,
    problems: validation.ok ? [] : validation.problems,
  };
}
