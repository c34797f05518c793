import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the committees feature (/comites: committee members, instructors, administrators);
// spread into app/routes.ts before the catch-all. The list of sessions is routes/areas/committees.tsx.
export const committeesRoutes: RouteConfigEntry[] = [
  route("comites/nouvelle", "routes/committees/new-session.tsx"),
  route("comites/:sessionId", "routes/committees/session.tsx"),
  route("comites/:sessionId/modifier", "routes/committees/edit-session.tsx"),
  route("comites/:sessionId/points/:itemId", "routes/committees/item.tsx"),
  route("comites/:sessionId/proces-verbal.pdf", "routes/committees/minutes.ts"),
  // The applicant's decision letter, under their application (organisation members only).
  route("espace/candidatures/:id/decision.pdf", "routes/committees/decision-letter.ts"),
];
