// The part of a programme's configuration the application form needs: its support levels with
// their rate bounds and cost ceiling, and its priority axes. Loaded from the database by
// queries.server.ts and sent to the page, so the browser validates with the same bounds.
import type { EligibilityRules } from "~/features/eligibility";
import type { LevelKind } from "./rules";

/** One support level offered by a programme. */
export type ProgramLevelConfig = {
  readonly kind: LevelKind;
  readonly label: string;
  readonly description: string;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly costCeilingCents: number | null;
};

/** One priority axis of a programme. */
export type ProgramAxisConfig = { readonly code: string; readonly label: string };

/** What the form needs to know about the programme an application is made to. */
export type ProgramFormConfig = {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly levels: readonly ProgramLevelConfig[];
  readonly axes: readonly ProgramAxisConfig[];
};

/** The form configuration plus the eligibility rules (server side, at submission). */
export type ProgramConfig = ProgramFormConfig & { readonly eligibilityRules: EligibilityRules };
