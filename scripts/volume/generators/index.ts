/**
 * The volume's generators, in insertion order (a generator's rows may refer to the tables of the
 * ones before it). To add a table: write its generator file and list it here, or move its entry
 * from `skippedTables` once the feature's table exists.
 */
import type { SkippedTable, VolumeGenerator } from "../generator";
import { applicationsGenerator } from "./applications";
import { diagnosticsGenerator } from "./diagnostics";
import { organizationsGenerator } from "./organizations";
import { staffGenerator } from "./staff";

export const volumeGenerators: readonly VolumeGenerator[] = [
  organizationsGenerator,
  diagnosticsGenerator,
  staffGenerator,
  applicationsGenerator,
];

/** Tables of later issues, not in the schema yet. */
export const skippedTables: readonly SkippedTable[] = [
  { name: "committee decisions", note: "no table yet (committees feature)" },
  { name: "supports", note: "no table yet (support follow-up feature)" },
  { name: "feedback", note: "no table yet (feedback feature)" },
  {
    name: "application_submissions",
    note: "submission snapshots are not generated: a volume application's receipt is not built",
  },
];
