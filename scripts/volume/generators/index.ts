/**
 * The volume's generators, in insertion order (a generator's rows may refer to the tables of the
 * ones before it). To add a table: write its generator file and list it here, or move its entry
 * from `skippedTables` once the feature's table exists.
 */
import type { SkippedTable, VolumeGenerator } from "../generator";
import { applicationsGenerator } from "./applications";
import { committeeItemsGenerator, committeeSessionsGenerator } from "./committees";
import { diagnosticsGenerator } from "./diagnostics";
import { feedbackGenerator } from "./feedback";
import { organizationsGenerator } from "./organizations";
import { rediagnosticsGenerator } from "./rediagnostics";
import { staffGenerator } from "./staff";
import { supportsGenerator } from "./supports";

export const volumeGenerators: readonly VolumeGenerator[] = [
  organizationsGenerator,
  diagnosticsGenerator,
  staffGenerator,
  applicationsGenerator,
  committeeSessionsGenerator,
  committeeItemsGenerator,
  supportsGenerator,
  feedbackGenerator,
  rediagnosticsGenerator,
];

/** Tables the volume leaves empty, with the reason shown. */
export const skippedTables: readonly SkippedTable[] = [
  {
    name: "committee_scores, committee_conflicts",
    note: "members' pre-review scores and conflicts of interest are not generated",
  },
  {
    name: "support_capacities",
    note: "no capacity is set: every antenna's capacity is unlimited",
  },
  {
    name: "application_submissions",
    note: "submission snapshots are not generated: a volume application's receipt is not built",
  },
];
