export { addAxis } from "./add-axis.server";
export { addFundingEnvelope } from "./add-funding-envelope.server";
export {
  type AdminFormReply,
  adminForm,
  commandContext,
  handleAdminForm,
  requireProgrammeAdmin,
} from "./admin.server";
export {
  type CommandContext,
  type CommandError,
  type CommandResult,
  ProgrammeNotFoundError,
} from "./command.server";
export { createProgramme } from "./create-programme.server";
export { digitessProgramme, type ProgrammeSeed } from "./digitess";
export { en as programsMessagesEn, fr as programsMessagesFr } from "./messages";
export { openApiPaths as programsOpenApi } from "./openapi";
export { canManageProgrammes, MANAGE_PROGRAMMES } from "./permissions";
export * as programSchemas from "./programs.schema";
export {
  answerEligibility,
  answerFundingSimulation,
  answerProgramme,
  answerProgrammeList,
  badRequest,
  methodNotAllowed,
  notFoundAnswer,
} from "./public-api.server";
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
  getDefaultProgrammeSlug,
  getProgrammeConfig,
  listFunderNames,
  listProgrammeHistory,
  listProgrammes,
  resolvePublicProgramme,
} from "./queries.server";
export { removeAntenna } from "./remove-antenna.server";
export { removeAxis } from "./remove-axis.server";
export { removeFundingEnvelope } from "./remove-funding-envelope.server";
export { removeReviewCriterion } from "./remove-review-criterion.server";
export { removeSupportLevel } from "./remove-support-level.server";
export { renameAxis } from "./rename-axis.server";
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
export { saveAntenna } from "./save-antenna.server";
export { saveReviewCriterion } from "./save-review-criterion.server";
export { saveSupportLevel } from "./save-support-level.server";
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
export { updateCommitteeCadence } from "./update-committee-cadence.server";
export { updateEligibilityRules } from "./update-eligibility-rules.server";
export { updateFundingEnvelope } from "./update-funding-envelope.server";
export { updateProgrammeInfo } from "./update-programme-info.server";
