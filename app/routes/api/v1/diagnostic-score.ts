import {
  invalidBodyResponse,
  loadQuestionBank,
  scoreApiBody,
} from "~/features/diagnostic/index.server";
import { readJsonBody } from "~/platform/http/read-body.server";
import type { Locale } from "~/platform/i18n/types";
import type { Route } from "./+types/diagnostic-score";

/** Largest body accepted: a complete answer set is under 1 KB. */
const maxBodyBytes = 64 * 1024;

/** French unless the client asks for English first. */
function localeOf(request: Request): Locale {
  return request.headers.get("accept-language")?.trim().toLowerCase().startsWith("en")
    ? "en"
    : "fr";
}

/** A JSON error answer in the public API's error shape. */
function errorResponse(status: number, message: string, headers: HeadersInit = {}): Response {
  return Response.json({ message, errors: [{ field: "body", message }] }, { status, headers });
}

// Public, read-only and stateless: no account; the guards are the method and the body size.
export function loader({ request }: Route.LoaderArgs) {
  const en = localeOf(request) === "en";
  return errorResponse(
    405,
    en ? "Use POST with a JSON body." : "Utilisez POST avec un corps JSON.",
    {
      allow: "POST",
    },
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const locale = localeOf(request);
  if (request.method !== "POST") return loader({ request } as Route.LoaderArgs);
  // A body that is not JSON, or not sent as JSON, gets the invalid-body answer.
  const json = await readJsonBody(request, maxBodyBytes);
  if (!json.ok && json.problem === "too_large") {
    return errorResponse(
      413,
      locale === "en"
        ? "The body is larger than 64 KB."
        : "La demande dépasse 64 Ko : envoyez seulement les réponses.",
    );
  }
  if (!json.ok) {
    const invalid = invalidBodyResponse(locale);
    return Response.json(invalid.body, { status: invalid.status });
  }
  const body = json.value;
  const version =
    body && typeof body === "object" && "version" in body && typeof body.version === "string"
      ? body.version
      : null;
  const bank = version ? await loadQuestionBank(context.services.db, version) : undefined;
  const result = scoreApiBody(body, (asked) => (asked === version ? bank : undefined), locale);
  return Response.json(result.body, { status: result.status });
}
