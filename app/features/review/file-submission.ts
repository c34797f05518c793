// What the file shows of "everything submitted": the frozen snapshot's sections, and the current
// values of those a correction changed since (pure; the before/after detail is the corrections'
// own page).
import type {
  ApplicationValues,
  ProgramConfig,
  SnapshotLevel,
  SubmissionSnapshot,
} from "~/features/applications";

export const submissionSections = ["organization", "project", "levels", "declarations"] as const;
export type SubmissionSection = (typeof submissionSections)[number];

/** The sections as the page draws them (the snapshot's, or the current values). */
export type SubmittedData = {
  organization: ApplicationValues["organization"];
  project: ApplicationValues["project"];
  levels: SnapshotLevel[];
  declarations: ApplicationValues["declarations"];
};

/** The page's data of a snapshot (the organisation's id and the axis labels left out). */
export function fromSnapshot(snapshot: SubmissionSnapshot): SubmittedData {
  const { id: _id, ...organization } = snapshot.organization;
  const { axisLabels: _labels, ...project } = snapshot.project;
  return { organization, project, levels: snapshot.levels, declarations: snapshot.declarations };
}

/** The page's data of the current values, levels labelled as the programme names them. */
export function fromValues(
  values: ApplicationValues,
  program: Pick<ProgramConfig, "levels">,
): SubmittedData {
  return {
    organization: values.organization,
    project: values.project,
    levels: values.levels.map((level) => ({
      ...level,
      label: program.levels.find((l) => l.kind === level.kind)?.label ?? level.kind,
    })),
    declarations: values.declarations,
  };
}

/** A JSON text with sorted keys and no undefined values, to compare values whatever their order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    return Object.fromEntries(
      Object.entries(item as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

/** The sections whose current values differ from the submitted ones. */
export function changedSections(
  submitted: SubmittedData,
  current: SubmittedData,
): SubmissionSection[] {
  const comparable = (data: SubmittedData, section: SubmissionSection) =>
    section === "levels"
      ? canonical(data.levels.map(({ label: _label, ...level }) => level))
      : canonical(data[section]);
  return submissionSections.filter(
    (section) => comparable(submitted, section) !== comparable(current, section),
  );
}
