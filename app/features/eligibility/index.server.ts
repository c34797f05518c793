/** The eligibility feature's server-only exports. */
export { prefillEligibilityForm } from "./prefill-eligibility.server";
