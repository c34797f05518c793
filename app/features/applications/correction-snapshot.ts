// What a correction request keeps of the application, before and after (pure): the raw values of
// each step as stored, and the documents of the form (answers to information requests aside).
import { readDraftData } from "./draft";

export type CorrectionSnapshot = {
  steps: Record<string, Record<string, string | string[]>>;
  attachments: { id: string; kind: string; fileName: string }[];
};

/** The snapshot of `data` (the application's stored data) and its attachments. */
export function correctionSnapshotOf(
  data: unknown,
  attachments: readonly { id: string; kind: string; fileName: string }[],
): CorrectionSnapshot {
  return {
    steps: readDraftData(data).steps as CorrectionSnapshot["steps"],
    attachments: attachments
      .filter((file) => file.kind !== "answer")
      .map(({ id, kind, fileName }) => ({ id, kind, fileName })),
  };
}
