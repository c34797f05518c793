import type { RouteConfigEntry } from "@react-router/dev/routes";

// Routes of the programs feature; spread into app/routes.ts before the catch-all.
export const programsRoutes: RouteConfigEntry[] = [];
