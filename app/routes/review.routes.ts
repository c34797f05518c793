import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the review feature (/instruction, staff); spread into app/routes.ts before the
// catch-all. The inbox itself is routes/areas/review.tsx.
export const reviewRoutes: RouteConfigEntry[] = [
  // Exports of the inbox's filtered list (CSV, XLSX), each its owner's only.
  route("instruction/exports", "routes/review/export-list.tsx"),
  route("instruction/exports/nouvelle", "routes/review/export-new.tsx"),
  route("instruction/exports/:id", "routes/review/export-status.tsx"),
  route("instruction/exports/:id/fichier", "routes/review/export-file.ts"),
  // The staff file of one application, and its actions.
  route("instruction/candidatures/:id", "routes/review/application.tsx"),
  route("instruction/candidatures/:id/correction", "routes/review/request-correction.tsx"),
  route("instruction/candidatures/:id/examen", "routes/review/start-review.tsx"),
  route("instruction/candidatures/:id/complements", "routes/review/request-information.tsx"),
  route("instruction/candidatures/:id/non-eligible", "routes/review/declare-ineligible.tsx"),
  route("instruction/candidatures/:id/evaluation", "routes/review/score.tsx"),
  route("instruction/candidatures/:id/prete", "routes/review/mark-ready.tsx"),
  route("instruction/candidatures/:id/attribution", "routes/review/reassign.tsx"),
];
