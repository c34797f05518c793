import { index, type RouteConfig, route } from "@react-router/dev/routes";

// The index page, plus as many other routes as the product has when the bench asks for them
// (BARE_ROUTE_COUNT, read at build time): React Router's work on each request (its route objects,
// the match) grows with the number of routes, whichever page is asked for.
const count = Math.max(1, Number(process.env.BARE_ROUTE_COUNT ?? 1));

export default [
  index("routes/page.tsx"),
  ...Array.from({ length: count - 1 }, (_, i) =>
    route(`espace-${i % 12}/rubrique-${i}/:id`, "routes/page.tsx", { id: `route-${i}` }),
  ),
] satisfies RouteConfig;
