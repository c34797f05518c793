import type { RouteConfigEntry } from "@react-router/dev/routes";

// Routes of the diagnostic feature; spread into app/routes.ts before the catch-all.
export const diagnosticRoutes: RouteConfigEntry[] = [];
