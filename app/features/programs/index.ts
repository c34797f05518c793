export { digitessProgramme, type ProgrammeSeed } from "./digitess";
export { en as programsMessagesEn, fr as programsMessagesFr } from "./messages";
export { openApiPaths as programsOpenApi } from "./openapi";
export { canManageProgrammes, MANAGE_PROGRAMMES } from "./permissions";
export {
  defaultPortfolioTargets,
  type PortfolioDimension,
  type PortfolioTargets,
  portfolioDimensions,
  portfolioRegions,
  portfolioSizeBands,
  targetValues,
  toPortfolioTargets,
} from "./portfolio-targets";
export * as programSchemas from "./programs.schema";
export {
  type PublicProgramme,
  publicProgrammeListSchema,
  publicProgrammeSchema,
  toPublicProgramme,
} from "./public-config";
export {
  type EligibilityOutcome,
  evaluateEligibility,
  type SimulationOutcome,
  simulateForProgramme,
} from "./public-pages";
export {
  antennaFor,
  departementConflicts,
  outsideTerritory,
  rateBoundsProblems,
  toAxisLabels,
  toEligibilityRules,
  toFundingRules,
  uncoveredDepartements,
} from "./rules";
export type {
  Antenna,
  CommitteeCadence,
  FundingEnvelope,
  ProgrammeAxis,
  ProgrammeConfig,
  ProgrammeStatus,
  ProgrammeSummary,
  ReviewCriterion,
  SupportLevel,
} from "./types";
export { type ProgrammeLinks, programmeLinks } from "./ui/links";
