/** Turning API answers into HTTP responses, and the language of API messages. */
import type { Locale } from "~/platform/i18n/types";
import type { ApiAnswer } from "./types";

/** French unless the client asks for English first (Accept-Language: en...). */
export function apiLocale(request: Request): Locale {
  const first = (request.headers.get("accept-language") ?? "").split(",")[0]?.trim().toLowerCase();
  return first?.startsWith("en") ? "en" : "fr";
}

/** The JSON response of an answer; 405 answers name the methods the address accepts. */
export function jsonResponse(answer: ApiAnswer, allow?: readonly string[]): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (answer.status === 405 && allow) headers.set("Allow", allow.join(", "));
  return Response.json(answer.body, { status: answer.status, headers });
}
