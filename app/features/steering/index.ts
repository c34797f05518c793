// Public API of the steering feature, browser-safe part (the filter's rules, the points format).
export {
  type DashboardFilter,
  dashboardFilterOf,
  filterParams,
  type IgnoredFilter,
} from "./dashboard-filter";
export { type ProgrammeReach, programmeReachOf } from "./permissions";
export { formatSignedTenths, formatTenths, isSingularPoints } from "./points";
