// Public API of the review feature, server part (loaders, actions, jobs).

export { type CorrectionEntry, listCorrections } from "./corrections.server";
export {
  type ReviewStaff,
  requireReviewApplication,
  requireReviewDecider,
  requireReviewStaff,
} from "./guards.server";
export { requestCorrection } from "./request-correction.server";
