import type { RouteConfigEntry } from "@react-router/dev/routes";

// Routes of the organizations feature; spread into app/routes.ts before the catch-all.
export const organizationsRoutes: RouteConfigEntry[] = [];
