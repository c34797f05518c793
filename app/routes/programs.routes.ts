import { index, type RouteConfigEntry, route } from "@react-router/dev/routes";

// Routes of the programs feature; spread into app/routes.ts before the catch-all.
export const programsRoutes: RouteConfigEntry[] = [
  // Public site (the programme home page of the default programme is app/routes/home.tsx).
  route("programmes/:slug", "routes/public/programme.tsx"),
  route("eligibilite", "routes/public/eligibility.tsx"),
  route("simulateur", "routes/public/simulator.tsx"),
  // Public JSON API, described by /api/v1/openapi.json.
  route("api/v1/openapi.json", "routes/api/v1/openapi.ts"),
  route("api/v1/programmes", "routes/api/v1/programmes.ts"),
  route("api/v1/programmes/:slug", "routes/api/v1/programme.ts"),
  route("api/v1/eligibility", "routes/api/v1/eligibility.ts"),
  route("api/v1/funding/simulate", "routes/api/v1/funding-simulate.ts"),
  route("api/v1/*", "routes/api/v1/not-found.ts"),
  // Administration of programmes.
  route("admin/programmes", "routes/admin/programmes/list.tsx"),
  route("admin/programmes/:slug", "routes/admin/programmes/layout.tsx", [
    index("routes/admin/programmes/info.tsx"),
    route("echelons", "routes/admin/programmes/levels.tsx"),
    route("axes", "routes/admin/programmes/axes.tsx"),
    route("eligibilite", "routes/admin/programmes/eligibility.tsx"),
    route("antennes", "routes/admin/programmes/antennas.tsx"),
    route("financeurs", "routes/admin/programmes/funders.tsx"),
    route("comite", "routes/admin/programmes/committee.tsx"),
  ]),
];
