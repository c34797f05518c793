// What a submission freezes, shared by the first submission and the resubmission of a correction
// (issue 13): the application is validated again as a whole, its eligibility re-checked, then its
// requested levels (amounts computed by the server) and its frozen snapshot are written in the
// caller's transaction.
import { eq } from "drizzle-orm";
import { checkEligibility, type EligibilityResult, todayInParis } from "~/features/eligibility";
import { refuse } from "~/platform/commands/outcome";
import type { Transaction } from "~/platform/db/types";
import { applicationLevels, applicationSubmissions } from "../../../db/schema";
import type { ApplicationValues } from "./application.schema";
import { eligibilityAnswersOf, readDraftData, validateApplication } from "./draft";
import type { ProgramConfig } from "./program-config";
import { listAttachments } from "./queries.server";
import type { StoredAttachmentKind } from "./rules";
import { buildSnapshot, type SubmissionSnapshot } from "./snapshot";

/** The application's data and documents, valid and not ineligible; refused otherwise. */
export async function validatedContent(
  tx: Transaction,
  input: { applicationId: string; data: unknown; program: ProgramConfig; now: Date },
): Promise<{
  values: ApplicationValues;
  eligibility: EligibilityResult;
  attachments: Awaited<ReturnType<typeof listAttachments>>;
}> {
  const attachments = await listAttachments(tx, input.applicationId);
  const validation = validateApplication(
    readDraftData(input.data),
    input.program,
    attachments.map((file) => file.kind),
  );
  if (!validation.ok) {
    return refuse({
      code: "invalid",
      message: "applications.summary.cannotSubmit",
      details: { problems: validation.problems },
    });
  }
  const { values } = validation;
  const eligibility = checkEligibility(
    eligibilityAnswersOf(values),
    input.program.eligibilityRules,
    todayInParis(input.now),
  );
  if (eligibility.eligible === false) {
    return refuse({
      code: "ineligible",
      message: "applications.summary.cannotSubmitIneligible",
      details: { eligibility },
    });
  }
  return { values, eligibility, attachments };
}

/** Replaces the requested levels and writes (or refreshes) the frozen snapshot. */
export async function writeSubmittedContent(
  tx: Transaction,
  input: {
    applicationId: string;
    number: string;
    submittedAt: Date;
    submittedBy: { id: string; name: string; email: string };
    organizationId: string;
    program: ProgramConfig;
    values: ApplicationValues;
    eligibility: EligibilityResult;
    attachments: Awaited<ReturnType<typeof listAttachments>>;
  },
): Promise<SubmissionSnapshot> {
  const { applicationId, values } = input;
  await tx.delete(applicationLevels).where(eq(applicationLevels.applicationId, applicationId));
  await tx.insert(applicationLevels).values(
    values.levels.map((level) => ({
      applicationId,
      kind: level.kind,
      totalCostCents: level.totalCostCents,
      requestedRatePercent: level.ratePercent,
      programmeShareCents: level.programmeShareCents,
      remainingCents: level.remainingCents,
      quotesNote: level.quotesNote,
    })),
  );
  const snapshot = buildSnapshot({
    number: input.number,
    submittedAt: input.submittedAt,
    submittedBy: input.submittedBy,
    organizationId: input.organizationId,
    program: input.program,
    values,
    attachments: input.attachments
      .filter((file) => file.kind !== "answer")
      .map((file) => ({
        id: file.id,
        kind: file.kind as StoredAttachmentKind,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.sizeBytes,
      })),
    eligibility: {
      eligible: input.eligibility.eligible,
      criteria: input.eligibility.criteria.map(({ id, met }) => ({ id, met })),
    },
  });
  await tx
    .insert(applicationSubmissions)
    .values({ applicationId, snapshot })
    .onConflictDoUpdate({ target: applicationSubmissions.applicationId, set: { snapshot } });
  return snapshot;
}
