import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the diagnostic feature; spread into app/routes.ts before the catch-all.
export const diagnosticRoutes: RouteConfigEntry[] = [
  route("diagnostic", "routes/diagnostic/intro.tsx"),
  route("diagnostic/:token/etape/:step", "routes/diagnostic/step.tsx"),
  route("diagnostic/:token/resultat", "routes/diagnostic/result.tsx"),
  route("diagnostic/:token/resultat.pdf", "routes/diagnostic/result-pdf.ts"),
  route("espace/diagnostics", "routes/diagnostic/organization-diagnostics.tsx"),
  route("espace/diagnostics/:id", "routes/diagnostic/organization-result.tsx"),
  route("espace/diagnostics/:id/resultat.pdf", "routes/diagnostic/organization-result-pdf.ts"),
  route("admin/diagnostic", "routes/admin/diagnostic/question-banks.tsx"),
  route("api/v1/diagnostic/score", "routes/api/v1/diagnostic-score.ts"),
];
