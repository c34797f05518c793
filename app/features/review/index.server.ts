// Public API of the review feature, server part (loaders, actions, jobs).
export {
  type ReviewStaff,
  requireReviewApplication,
  requireReviewDecider,
  requireReviewStaff,
} from "./guards.server";
