// The levels an application requests when it joins an agenda (frozen on the item).
import { readDraftData, type SnapshotLevel, validateApplication } from "~/features/applications";
import {
  findSubmission,
  listAttachments,
  loadProgramConfig,
} from "~/features/applications/index.server";
import type { Executor } from "~/platform/db/types";
import type { AgendaLevel } from "./queries.server";

/**
 * The levels an application requests now: its current values when they are complete (a
 * correction may have changed them since the submission), or the submission's snapshot.
 */
export async function requestedLevelsOf(
  db: Executor,
  application: { id: string; programId: string; data: unknown },
): Promise<AgendaLevel[]> {
  const [program, submission, attachments] = await Promise.all([
    loadProgramConfig(db, application.programId),
    findSubmission(db, application.id),
    listAttachments(db, application.id),
  ]);
  let levels: SnapshotLevel[] | null = null;
  if (program) {
    const validation = validateApplication(
      readDraftData(application.data),
      program,
      attachments.map((file) => file.kind).filter((kind) => kind !== "answer"),
    );
    if (validation.ok) {
      levels = validation.values.levels.map((level) => ({
        ...level,
        label: program.levels.find((l) => l.kind === level.kind)?.label ?? level.kind,
      }));
    }
  }
  levels ??= submission?.snapshot.levels ?? [];
  return levels.map((level) => ({
    kind: level.kind,
    label: level.label,
    totalCostCents: level.totalCostCents,
    ratePercent: level.ratePercent,
    programmeShareCents: level.programmeShareCents,
  }));
}
