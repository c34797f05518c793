import { index, type RouteConfig, route } from "@react-router/dev/routes";
import { applicationsRoutes } from "./routes/applications.routes";
import { committeesRoutes } from "./routes/committees.routes";
import { diagnosticRoutes } from "./routes/diagnostic.routes";
import { organizationsRoutes } from "./routes/organizations.routes";
import { privacyRoutes } from "./routes/privacy.routes";
import { programsRoutes } from "./routes/programs.routes";
import { reviewRoutes } from "./routes/review.routes";
import { supportsRoutes } from "./routes/supports.routes";

// URL paths are French, grouped by audience (architecture.md).
export default [
  index("routes/home.tsx"),
  route("connexion", "routes/auth/sign-in.tsx"),
  route("apres-connexion", "routes/auth/after-sign-in.ts"),
  route("inscription", "routes/auth/sign-up.tsx"),
  route("inscription/confirmation", "routes/auth/sign-up-sent.tsx"),
  route("deconnexion", "routes/auth/sign-out.tsx"),
  route("mot-de-passe-oublie", "routes/auth/forgot-password.tsx"),
  route("reinitialiser-mot-de-passe", "routes/auth/reset-password.tsx"),
  route("lien-de-connexion", "routes/auth/magic-link.tsx"),
  route("api/auth/*", "routes/api/auth.ts"),
  route("espace", "routes/areas/applicant.tsx"),
  route("instruction", "routes/areas/review.tsx"),
  route("comites", "routes/areas/committees.tsx"),
  route("accompagnements", "routes/areas/support.tsx"),
  route("pilotage", "routes/areas/steering.tsx"),
  route("admin", "routes/admin/home.tsx"),
  route("admin/courriels", "routes/admin/outbox.tsx"),
  route("admin/journal", "routes/admin/journal.tsx"),
  route("admin/utilisateurs", "routes/admin/users/list.tsx"),
  route("admin/utilisateurs/:userId", "routes/admin/users/user.tsx"),
  route("admin/taches", "routes/admin/failed-jobs.tsx"),
  route("mentions-legales", "routes/pages/legal.tsx"),
  route("donnees-personnelles", "routes/pages/privacy.tsx"),
  route("accessibilite", "routes/pages/accessibility.tsx"),
  route("langue", "routes/language.ts"),
  route("compte", "routes/account/home.tsx"),
  route("compte/notifications", "routes/account/notifications.tsx"),
  ...programsRoutes,
  ...organizationsRoutes,
  ...diagnosticRoutes,
  ...applicationsRoutes,
  ...reviewRoutes,
  ...privacyRoutes,
  ...committeesRoutes,
  ...supportsRoutes,
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
