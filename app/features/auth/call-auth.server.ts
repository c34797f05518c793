/**
 * Calls a better-auth endpoint from one of our form actions, through better-auth's own HTTP
 * handler so that its rate limiting, origin checks and cookies apply exactly as for an API
 * client. Forms therefore work without JavaScript: the action posts, then redirects with the
 * cookies better-auth set.
 *
 * Like every command, `callAuth` returns its value when better-auth acted and otherwise throws a
 * `Refusal` (`~/platform/commands/outcome`): its code is better-auth's (`INVALID_EMAIL_OR_PASSWORD`,
 * `TOO_MANY_REQUESTS` for a rate-limited call), its message the catalogue key shown on the form,
 * and `details.status` better-auth's HTTP status (the pages answer 429 when rate limited).
 */
import type { AppLoadContext } from "react-router";
import type { MessageKey } from "~/i18n";
import { Refusal, refuse } from "~/platform/commands/outcome";
import { authErrorOf } from "./auth-errors";

/** What better-auth answered when it acted. */
export interface AuthCall {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly setCookies: string[];
}

/** The code of a rate-limited call (better-auth sends none with its 429). */
export const TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

/** better-auth's HTTP status of a refused call (`details.status`). */
export function refusedStatus(refusal: Refusal): number {
  const status = refusal.details?.status;
  return typeof status === "number" ? status : 400;
}

/** Tells whether an error is a refusal because of too many attempts. */
export function isRateLimited(error: unknown): boolean {
  return error instanceof Refusal && refusedStatus(error) === 429;
}

/** Maps better-auth error codes to our French messages. */
export function errorKeyFor(status: number, code: string): MessageKey {
  if (code === "TOO_MANY_FAILED_ATTEMPTS") return "auth.error.tooManyFailedAttempts";
  if (status === 429) return "auth.error.tooManyAttempts";
  return (authErrorOf(code)?.key as MessageKey | undefined) ?? "auth.error.unexpected";
}

/** The form fields of a page, when they are not named `name`, `email` and `password`. */
export type AuthFieldNames = Partial<
  Record<"name" | "email" | "password" | "currentPassword", string>
>;

/** Seconds to wait before the next try, from a rate-limited answer (at least 1). */
function retryAfterOf(response: Response): number {
  const value = Number(
    response.headers.get("retry-after") ?? response.headers.get("x-retry-after") ?? 60,
  );
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : 60;
}

/** The `Retry-After` header of a rate-limited refusal (none for other refusals). */
export function retryAfterHeaders(refusal: Refusal): HeadersInit | undefined {
  const seconds = refusal.details?.retryAfter;
  return typeof seconds === "number" ? { "Retry-After": String(seconds) } : undefined;
}

/** The status and headers of a page refusing an auth call: 429 with Retry-After when limited. */
export function refusalInit(refusal: Refusal, otherwise = 400): ResponseInit {
  if (!isRateLimited(refusal)) return { status: otherwise };
  const headers = retryAfterHeaders(refusal);
  return headers ? { status: 429, headers } : { status: 429 };
}

/** POSTs `body` as JSON to `/api/auth<endpoint>` on behalf of the visitor of `request`. */
export async function callAuth(
  context: AppLoadContext,
  request: Request,
  endpoint: string,
  body: Record<string, unknown>,
  fieldNames: AuthFieldNames = {},
): Promise<AuthCall> {
  const { auth, env } = context.services;
  const headers = new Headers({ "content-type": "application/json", origin: env.APP_URL });
  for (const name of ["cookie", "user-agent", "x-forwarded-for", "accept-language"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await auth.handler(
    new Request(new URL(`/api/auth${endpoint}`, env.APP_URL), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const code = typeof json.code === "string" ? json.code : "";
    context.services.logger.info({ endpoint, status: response.status, code }, "auth call refused");
    const limited = response.status === 429;
    const retryAfter = limited ? retryAfterOf(response) : undefined;
    const field = authErrorOf(code)?.field;
    refuse({
      code: code || (limited ? TOO_MANY_REQUESTS : "UNEXPECTED"),
      message: errorKeyFor(response.status, code),
      ...(field ? { field: fieldNames[field] ?? field } : {}),
      ...(retryAfter ? { params: { minutes: Math.max(1, Math.ceil(retryAfter / 60)) } } : {}),
      details: { status: response.status, ...(retryAfter ? { retryAfter } : {}) },
    });
  }
  return {
    status: response.status,
    body: json,
    setCookies: response.headers.getSetCookie(),
  };
}

/** Headers for a redirect that carries the cookies better-auth set. */
export function withCookies(setCookies: string[]): Headers {
  const headers = new Headers();
  for (const cookie of setCookies) headers.append("set-cookie", cookie);
  return headers;
}
