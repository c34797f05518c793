import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the review back office (/instruction); spread into app/routes.ts before the catch-all.
export const reviewRoutes: RouteConfigEntry[] = [
  route("instruction/candidatures/:id/correction", "routes/review/request-correction.tsx"),
];
