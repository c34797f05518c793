// What changed between the data kept when a correction was asked and the data resubmitted (pure):
// one entry per step and field whose value differs, in form order (steps 1-5, a step's fields in
// the order they first appear, before then after). Lists compare as ordered lists; an empty string
// or an empty list counts as no value, and a one-item list equals its string (a form posts one
// ticked box as a string). Documents (step 4) compare by kind: the file names of each
// kind before and after.
import type { CorrectionSnapshot } from "~/features/applications";

export type FieldValue = string | readonly string[] | null;

export type FieldChange = {
  step: number;
  field: string;
  change: "added" | "removed" | "changed";
  before: FieldValue;
  after: FieldValue;
};

function normalise(value: unknown): FieldValue {
  if (typeof value === "string") return value === "" ? null : value;
  if (Array.isArray(value)) {
    const items = value.filter((item): item is string => typeof item === "string");
    return items.length === 0 ? null : items;
  }
  return null;
}

/** A form posts one ticked box as a string: a one-item list and its string are the same value. */
function same(a: FieldValue, b: FieldValue): boolean {
  if (a === null || b === null) return a === b;
  const left = typeof a === "string" ? [a] : a;
  const right = typeof b === "string" ? [b] : b;
  return left.length === right.length && left.every((item, index) => item === right[index]);
}

function changeOf(step: number, field: string, before: FieldValue, after: FieldValue) {
  if (same(before, after)) return null;
  const change: FieldChange["change"] =
    before === null ? "added" : after === null ? "removed" : "changed";
  return { step, field, change, before, after };
}

type Snapshot = Partial<CorrectionSnapshot> | null | undefined;

function stepsOf(snapshot: Snapshot): Record<string, Record<string, unknown>> {
  const steps = snapshot?.steps;
  return typeof steps === "object" && steps !== null ? steps : {};
}

function documentsOf(snapshot: Snapshot): Map<string, string[]> {
  const byKind = new Map<string, string[]>();
  for (const file of Array.isArray(snapshot?.attachments) ? snapshot.attachments : []) {
    byKind.set(file.kind, [...(byKind.get(file.kind) ?? []), file.fileName]);
  }
  return byKind;
}

/** The changes from `before` to `after`. */
export function diffCorrection(before: Snapshot, after: Snapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  const beforeSteps = stepsOf(before);
  const afterSteps = stepsOf(after);
  for (const step of [1, 2, 3, 4, 5]) {
    if (step === 4) {
      const beforeDocs = documentsOf(before);
      const afterDocs = documentsOf(after);
      for (const kind of new Set([...beforeDocs.keys(), ...afterDocs.keys()])) {
        const change = changeOf(
          4,
          kind,
          normalise(beforeDocs.get(kind)),
          normalise(afterDocs.get(kind)),
        );
        if (change) changes.push(change);
      }
      continue;
    }
    const b = beforeSteps[String(step)] ?? {};
    const a = afterSteps[String(step)] ?? {};
    for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const change = changeOf(step, field, normalise(b[field]), normalise(a[field]));
      if (change) changes.push(change);
    }
  }
  return changes;
}
