/**
 * For integration tests: calls route loaders and actions directly, the way React Router does
 * (a real Request, the app's services in the context), and reads what they return or throw
 * (plain data, `data()` with a status, a redirect or another Response) as one outcome.
 */
import type { Services } from "~/services.server";

export interface RouteOutcome {
  readonly status: number;
  /** The redirect target, for 3xx answers. */
  readonly location: string | null;
  /** The data returned (or the JSON body of a non-redirect Response). */
  readonly data: unknown;
  readonly setCookies: readonly string[];
  readonly response: Response | null;
}

export interface CallOptions {
  readonly path: string;
  readonly params?: Record<string, string>;
  readonly method?: "GET" | "POST";
  /** Form fields of a POST (urlencoded), or a ready FormData (multipart). */
  readonly form?: Record<string, string> | FormData;
  /** A raw body (for the API), with its content type. */
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly cookie?: string;
}

// Each route module types its own arguments; the client builds them for any of them.
// biome-ignore lint/suspicious/noExplicitAny: loaders and actions of different routes
type RouteFunction = (args: any) => unknown;

/** Reads a loader's or action's result (returned or thrown) as an outcome. */
async function toOutcome(value: unknown): Promise<RouteOutcome> {
  if (value instanceof Response) {
    const location = value.headers.get("location");
    const type = value.headers.get("content-type") ?? "";
    const data = !location && type.includes("json") ? await value.clone().json() : null;
    return {
      status: value.status,
      location,
      data,
      setCookies: value.headers.getSetCookie(),
      response: value,
    };
  }
  if (
    value &&
    typeof value === "object" &&
    (value as { type?: unknown }).type === "DataWithResponseInit"
  ) {
    const { data, init } = value as { data: unknown; init: ResponseInit | null };
    const headers = new Headers(init?.headers);
    return {
      status: init?.status ?? 200,
      location: headers.get("location"),
      data,
      setCookies: headers.getSetCookie(),
      response: null,
    };
  }
  return { status: 200, location: null, data: value, setCookies: [], response: null };
}

/** A client bound to the test services. */
export function createRouteClient(services: Services) {
  const base = services.env.APP_URL;

  /** Runs a loader or action and returns its outcome, whether it returned or threw. */
  async function call(fn: RouteFunction, options: CallOptions): Promise<RouteOutcome> {
    const headers = new Headers(options.headers);
    if (options.cookie) headers.set("cookie", options.cookie);
    let body: BodyInit | undefined;
    if (options.form instanceof FormData) body = options.form;
    else if (options.form) {
      body = new URLSearchParams(options.form);
      headers.set("content-type", "application/x-www-form-urlencoded");
    } else if (options.body !== undefined) body = options.body;
    const request = new Request(new URL(options.path, base), {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
    });
    try {
      return await toOutcome(
        await fn({
          request,
          params: options.params ?? {},
          context: { services, requestId: "test", cspNonce: "" },
          unstable_pattern: "",
        }),
      );
    } catch (thrown) {
      if (thrown instanceof Response || (thrown as { type?: unknown })?.type) {
        return toOutcome(thrown);
      }
      throw thrown;
    }
  }

  /** Signs a user in through better-auth and returns the session cookie header. */
  async function signIn(email: string, password: string): Promise<string> {
    const response = await services.auth.handler(
      new Request(new URL("/api/auth/sign-in/email", base), {
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
        body: JSON.stringify({ email, password }),
      }),
    );
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
  }

  return { call, signIn };
}

/** Joins cookie headers ("a=1" + "b=2") for the next request. */
export function joinCookies(...cookies: (string | undefined)[]): string {
  return cookies.filter(Boolean).join("; ");
}

/** The "name=value" part of Set-Cookie headers. */
export function cookiePairs(setCookies: readonly string[]): string {
  return setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
}
