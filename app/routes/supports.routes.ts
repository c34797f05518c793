import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the supports feature (issue 15): the staff's pages under /accompagnements (the list is
// routes/areas/support.tsx), the structure's survey link; spread into app/routes.ts before the
// catch-all.
export const supportsRoutes: RouteConfigEntry[] = [
  route("accompagnements/:supportId", "routes/supports/support.tsx"),
  route("accompagnements/:supportId/livrables/:milestoneId", "routes/supports/deliverable.ts"),
  route("avis/:token", "routes/supports/feedback.tsx"),
];
