import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the review back office (issue 13, /instruction/...); spread into app/routes.ts
// before the catch-all.
export const reviewRoutes: RouteConfigEntry[] = [
  route("instruction/candidatures/:id", "routes/review/application.tsx"),
];
