// What was submitted, frozen at submission (application_submissions.snapshot): the receipt, the
// acknowledgement e-mail and staff's first reading all come from it, never from the live draft.
import { OTHER_AXIS } from "~/features/eligibility";
import type { ApplicationValues } from "./application.schema";
import { fr } from "./messages";
import type { ProgramConfig } from "./program-config";
import type { LevelKind, StoredAttachmentKind } from "./rules";

/** One requested level as submitted, with the amounts computed by the server. */
export type SnapshotLevel = {
  kind: LevelKind;
  label: string;
  totalCostCents: number | null;
  ratePercent: number;
  programmeShareCents: number | null;
  remainingCents: number | null;
  quotesNote: string | null;
};

/** One attached file as submitted. */
export type SnapshotAttachment = {
  id: string;
  kind: StoredAttachmentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
};

/** The whole submission. */
export type SubmissionSnapshot = {
  version: 1;
  number: string;
  submittedAt: string;
  submittedBy: { id: string; name: string; email: string };
  program: { id: string; name: string };
  organization: ApplicationValues["organization"] & { id: string };
  project: ApplicationValues["project"] & { axisLabels: string[] };
  levels: SnapshotLevel[];
  attachments: SnapshotAttachment[];
  declarations: ApplicationValues["declarations"];
  eligibility: { eligible: boolean | null; criteria: { id: string; met: boolean | null }[] };
  flaggedForReview: boolean;
};

/** Builds the snapshot of a submission from its validated values. */
export function buildSnapshot(input: {
  number: string;
  submittedAt: Date;
  submittedBy: { id: string; name: string; email: string };
  organizationId: string;
  program: ProgramConfig;
  values: ApplicationValues;
  attachments: SnapshotAttachment[];
  eligibility: SubmissionSnapshot["eligibility"];
}): SubmissionSnapshot {
  const { program, values } = input;
  const labelOfAxis = (code: string) =>
    code === OTHER_AXIS
      ? fr["applications.axis.other"]
      : (program.axes.find((axis) => axis.code === code)?.label ?? code);
  return {
    version: 1,
    number: input.number,
    submittedAt: input.submittedAt.toISOString(),
    submittedBy: input.submittedBy,
    program: { id: program.id, name: program.name },
    organization: { ...values.organization, id: input.organizationId },
    project: { ...values.project, axisLabels: values.project.axes.map(labelOfAxis) },
    levels: values.levels.map((level) => ({
      ...level,
      label: program.levels.find((l) => l.kind === level.kind)?.label ?? level.kind,
    })),
    attachments: input.attachments,
    declarations: values.declarations,
    eligibility: input.eligibility,
    flaggedForReview: input.eligibility.eligible === null,
  };
}

/** Total bytes of a snapshot's files. */
export function snapshotBytes(snapshot: Pick<SubmissionSnapshot, "attachments">): number {
  return snapshot.attachments.reduce((sum, file) => sum + file.sizeBytes, 0);
}
