import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the privacy feature (issue 12, ADR 0012); spread into app/routes.ts before the
// catch-all. The public page /donnees-personnelles is routes/pages/privacy.tsx.
export const privacyRoutes: RouteConfigEntry[] = [
  // The account's privacy section: the archive of one's data, and deleting the account.
  route("compte/donnees", "routes/account/data.tsx"),
  route("compte/donnees/fichiers/:id", "routes/account/data-file.ts"),
  route("compte/suppression", "routes/account/delete.tsx"),
  // Administrators delete an account on request.
  route("admin/comptes/suppression", "routes/admin/delete-account.tsx"),
];
