import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the review back office (/instruction); spread into app/routes.ts before the catch-all.
export const reviewRoutes: RouteConfigEntry[] = [
  // The review actions on one application (instructors and administrators in scope).
  route("instruction/candidatures/:id/examen", "routes/review/start-review.tsx"),
  route("instruction/candidatures/:id/complements", "routes/review/request-information.tsx"),
  route("instruction/candidatures/:id/non-eligible", "routes/review/declare-ineligible.tsx"),
  route("instruction/candidatures/:id/evaluation", "routes/review/score.tsx"),
  route("instruction/candidatures/:id/prete", "routes/review/mark-ready.tsx"),
  route("instruction/candidatures/:id/attribution", "routes/review/reassign.tsx"),
];
