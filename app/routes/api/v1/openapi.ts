import { openApiDocument } from "~/openapi";
import type { Route } from "./+types/openapi";

// Public API: no guard. The OpenAPI 3.1 document of the public API.
export async function loader({ context }: Route.LoaderArgs) {
  return Response.json(openApiDocument(context.services.env.APP_URL), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
