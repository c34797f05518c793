import { answerProgramme, methodNotAllowed } from "~/features/programs/index.server";
import { apiLocale, jsonResponse } from "~/platform/openapi";
import type { Route } from "./+types/programme";

// Public API: no guard. One programme's public configuration, 404 for an unknown slug.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return jsonResponse(await answerProgramme(context.services.db, params.slug, apiLocale(request)));
}

// Public API: no guard. Read-only address.
export async function action({ request }: Route.ActionArgs) {
  return jsonResponse(methodNotAllowed(apiLocale(request)), ["GET"]);
}
