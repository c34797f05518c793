import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the applications feature; spread into app/routes.ts before the catch-all.
export const applicationsRoutes: RouteConfigEntry[] = [
  route("espace/candidatures", "routes/applications/list.tsx"),
  route("espace/candidatures/nouvelle", "routes/applications/new.tsx"),
  route("espace/candidatures/:id", "routes/applications/follow.tsx"),
  route("espace/candidatures/:id/etape/:n", "routes/applications/step.tsx"),
  route("espace/candidatures/:id/etape/:n/enregistrer", "routes/applications/autosave.ts"),
  route("espace/candidatures/:id/recapitulatif", "routes/applications/summary.tsx"),
  route("espace/candidatures/:id/retrait", "routes/applications/withdraw.tsx"),
  route("espace/candidatures/:id/renvoyer", "routes/applications/resubmit.tsx"),
  route("espace/candidatures/:id/recu.pdf", "routes/applications/receipt.ts"),
  route("espace/candidatures/:id/pieces/:attachmentId", "routes/applications/download.ts"),
];
