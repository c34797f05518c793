// Public API of the steering feature, server part (page loaders, queries).
export * from "./index";
export { type DashboardPageData, loadDashboardPage } from "./pages.server";
export { type SteeringProgramme, visibleProgrammes } from "./programmes.server";
