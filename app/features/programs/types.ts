/** A programme's whole configuration, as the admin area edits it and the public site shows it. */
import type { SupportLevelId } from "~/features/funding";
import type { PortfolioTargets } from "./portfolio-targets";

/** "open": structures may apply; "closed": the programme no longer takes applications. */
export const programmeStatuses = ["open", "closed"] as const;
/** A programme's status. */
export type ProgrammeStatus = (typeof programmeStatuses)[number];

/** How often committees meet; monthly for Digit'ESS. */
export const committeeCadences = ["monthly", "bimonthly", "quarterly"] as const;
/** A committee cadence. */
export type CommitteeCadence = (typeof committeeCadences)[number];

/**
 * The months after a structure's last support closes when it is invited to take the diagnostic
 * again: 6 unless the programme says otherwise, from 1 to 36 (the database checks the same bounds).
 */
export const rediagnosticMonthsBounds = { min: 1, max: 36 } as const;

/** One support level of a programme, with its funding-rate bounds in whole percent. */
export interface SupportLevel {
  readonly id: string;
  readonly kind: SupportLevelId;
  readonly label: string;
  readonly description: string;
  readonly minRatePercent: number;
  readonly maxRatePercent: number;
  readonly costCeilingCents: number | null;
  readonly position: number;
}

/** One priority axis: a stable code and its French label. */
export interface ProgrammeAxis {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly position: number;
}

/** A regional antenna and the départements it covers (each in one antenna at most). */
export interface Antenna {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly departements: readonly string[];
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
}

/** A funder's budget envelope for the programme, in cents. */
export interface FundingEnvelope {
  readonly id: string;
  readonly funderId: string;
  readonly funderName: string;
  readonly amountCents: number;
}

/** A criterion committee members score applications on. */
export interface ReviewCriterion {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Weight of the criterion in the overall score, 1 to 5. */
  readonly weight: number;
}

/** Who may apply: the eligibility rules stored on the programme row. */
export interface ProgrammeEligibility {
  readonly acceptedLegalForms: readonly string[];
  readonly esusAccepted: boolean;
  readonly minimumAgeYears: number;
  readonly departements: readonly string[];
}

/** Everything about one programme. */
export interface ProgrammeConfig {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly status: ProgrammeStatus;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly targetSupportedCount: number | null;
  readonly eligibility: ProgrammeEligibility;
  readonly levels: readonly SupportLevel[];
  readonly axes: readonly ProgrammeAxis[];
  readonly antennas: readonly Antenna[];
  readonly envelopes: readonly FundingEnvelope[];
  readonly committeeCadence: CommitteeCadence;
  readonly reviewCriteria: readonly ReviewCriterion[];
  /** The committee's portfolio balance targets (portfolio-targets.ts). */
  readonly portfolioTargets: PortfolioTargets;
  /** Months after the last support closes before the re-diagnostic invitation. */
  readonly rediagnosticMonths: number;
}

/** A programme in a list. */
export interface ProgrammeSummary {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly status: ProgrammeStatus;
}
