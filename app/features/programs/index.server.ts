/** The programs feature's server-only exports (commands, guards, queries, API answers). */
export { addAxis } from "./add-axis.server";
export { addFundingEnvelope } from "./add-funding-envelope.server";
export { commandContext, savedForm, savedTarget } from "./admin-form.server";
export type { CommandContext } from "./command.server";
export { createProgramme } from "./create-programme.server";
export { requireProgrammeAdmin, requireProgrammesAdmin } from "./guards.server";
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
  getDefaultProgrammeSlug,
  getProgrammeConfig,
  listFunderNames,
  listProgrammeHistory,
  listProgrammes,
  portfolioTargetsOf,
  resolvePublicProgramme,
} from "./queries.server";
export { removeAntenna } from "./remove-antenna.server";
export { removeAxis } from "./remove-axis.server";
export { removeFundingEnvelope } from "./remove-funding-envelope.server";
export { removeReviewCriterion } from "./remove-review-criterion.server";
export { removeSupportLevel } from "./remove-support-level.server";
export { renameAxis } from "./rename-axis.server";
export { saveAntenna } from "./save-antenna.server";
export { saveReviewCriterion } from "./save-review-criterion.server";
export { saveSupportLevel } from "./save-support-level.server";
export { updateCommitteeCadence } from "./update-committee-cadence.server";
export { updateEligibilityRules } from "./update-eligibility-rules.server";
export { updateFundingEnvelope } from "./update-funding-envelope.server";
export { updatePortfolioTargets } from "./update-portfolio-targets.server";
export { updateProgrammeInfo } from "./update-programme-info.server";
export { updateRediagnosticMonths } from "./update-rediagnostic-months.server";
