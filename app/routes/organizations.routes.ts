import { type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the organizations feature; spread into app/routes.ts before the catch-all.
// The applicant's space itself (/espace) is routes/areas/applicant.tsx.
export const organizationsRoutes: RouteConfigEntry[] = [
  route("espace/structure/nouvelle", "routes/applicant/organization-new.tsx"),
  route("espace/structure", "routes/applicant/organization-edit.tsx"),
  route("espace/membres", "routes/applicant/members.tsx"),
  route("espace/membres/quitter", "routes/applicant/leave-organization.tsx"),
  route("espace/membres/:userId/retirer", "routes/applicant/remove-member.tsx"),
  route("espace/membres/:userId/responsable", "routes/applicant/transfer-ownership.tsx"),
  route("espace/changer-de-structure", "routes/applicant/switch-organization.tsx"),
  route("invitation/:token", "routes/applicant/invitation.tsx"),
  // Staff (instructors, administrators, antenna managers within their départements).
  route("instruction/structures/:organizationId", "routes/review/organization.tsx"),
];
