import { answerFundingSimulation, methodNotAllowed } from "~/features/programs/index.server";
import { readJsonBody } from "~/platform/http/read-body.server";
import { apiLocale, jsonResponse } from "~/platform/openapi";
import type { Route } from "./+types/funding-simulate";

// Public API: no guard. POST only.
export async function loader({ request }: Route.LoaderArgs) {
  return jsonResponse(methodNotAllowed(apiLocale(request)), ["POST"]);
}

// Public API: no guard. Simulates funding: 400 for a malformed body, 422 for a rate out of bounds.
export async function action({ request, context }: Route.ActionArgs) {
  const locale = apiLocale(request);
  if (request.method !== "POST") return jsonResponse(methodNotAllowed(locale), ["POST"]);
  const answer = await answerFundingSimulation(context.services.db, await readJsonBody(request), {
    locale,
  });
  return jsonResponse(answer);
}
