import { notFoundAnswer } from "~/features/programs/index.server";
import { apiLocale, jsonResponse } from "~/platform/openapi";
import type { Route } from "./+types/not-found";

// Public API: no guard. Any other /api/v1 address answers a JSON 404, whatever the method.
export async function loader({ request }: Route.LoaderArgs) {
  return jsonResponse(notFoundAnswer(apiLocale(request)));
}

// Public API: no guard.
export async function action({ request }: Route.ActionArgs) {
  return jsonResponse(notFoundAnswer(apiLocale(request)));
}
