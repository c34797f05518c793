import type { RouteConfigEntry } from "@react-router/dev/routes";

// Routes of the applications feature; spread into app/routes.ts before the catch-all.
export const applicationsRoutes: RouteConfigEntry[] = [];
