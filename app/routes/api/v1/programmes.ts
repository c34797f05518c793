import { answerProgrammeList, methodNotAllowed } from "~/features/programs/index.server";
import { apiLocale, jsonResponse } from "~/platform/openapi";
import type { Route } from "./+types/programmes";

// Public API: no guard. Every programme's public configuration.
export async function loader({ context }: Route.LoaderArgs) {
  return jsonResponse(await answerProgrammeList(context.services.db));
}

// Public API: no guard. Read-only address.
export async function action({ request }: Route.ActionArgs) {
  return jsonResponse(methodNotAllowed(apiLocale(request)), ["GET"]);
}
