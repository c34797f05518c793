/**
 * The one way integration tests call the app: a route module's loader or action (the way React
 * Router calls it: a real Request, the app's services in the load context) or a plain request
 * handler such as better-auth's, and read what it returns or throws (plain data, `data()` with a
 * status, a redirect or another Response) as one outcome.
 */
import type { Services } from "../../app/services.server";

export interface RouteOutcome {
  readonly status: number;
  readonly headers: Headers;
  /** The redirect target, for 3xx answers. */
  readonly location: string | null;
  /** The data returned (or the JSON body of a non-redirect Response; null for other bodies). */
  readonly data: unknown;
  readonly setCookies: readonly string[];
  /** The Response itself, when the route answered one (to read a PDF, a stream, a header). */
  readonly response: Response | null;
}

/** Form fields: a record (lists become repeated fields), ordered pairs, or ready form data. */
export type FormInput =
  | Record<string, string | readonly string[]>
  | readonly (readonly [string, string])[]
  | URLSearchParams
  | FormData;

export interface CallOptions {
  readonly path: string;
  readonly params?: Record<string, string>;
  /** Defaults to POST when there is a body, GET otherwise. */
  readonly method?: string;
  /** Form fields of a POST: urlencoded, or multipart when given FormData. */
  readonly form?: FormInput;
  /** A JSON body (sent with its content type). */
  readonly json?: unknown;
  /** A raw body, with its content type in `headers`. */
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
  /** The session cookie header (see `signInAs` in ./sessions). */
  readonly cookie?: string;
}

// Each route module types its own arguments; the client builds them for any of them.
// biome-ignore lint/suspicious/noExplicitAny: loaders and actions of different routes
export type RouteFunction = (args: any) => unknown;

/** A form body from any form input (lists become repeated fields). */
export function formBody(form: Exclude<FormInput, FormData>): URLSearchParams {
  if (form instanceof URLSearchParams) return form;
  const body = new URLSearchParams();
  const entries: readonly (readonly [string, string | readonly string[]])[] = Array.isArray(form)
    ? (form as readonly (readonly [string, string])[])
    : Object.entries(form as Record<string, string | readonly string[]>);
  for (const [name, value] of entries) {
    for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
  }
  return body;
}

/** Reads a loader's or action's result (returned or thrown) as an outcome. */
export async function toOutcome(value: unknown): Promise<RouteOutcome> {
  if (value instanceof Response) {
    const location = value.headers.get("location");
    const type = value.headers.get("content-type") ?? "";
    const data = !location && type.includes("json") ? await value.clone().json() : null;
    return {
      status: value.status,
      headers: value.headers,
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
      headers,
      location: headers.get("location"),
      data,
      setCookies: headers.getSetCookie(),
      response: null,
    };
  }
  return {
    status: 200,
    headers: new Headers(),
    location: null,
    data: value,
    setCookies: [],
    response: null,
  };
}

/** The Request a browser would send for these options. */
export function buildRequest(base: string, options: CallOptions): Request {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("cookie", options.cookie);
  let body: BodyInit | undefined;
  if (options.form instanceof FormData) body = options.form;
  else if (options.form) {
    body = formBody(options.form);
    headers.set("content-type", "application/x-www-form-urlencoded");
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  } else if (options.body !== undefined) body = options.body;
  return new Request(new URL(options.path, base), {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
}

/** A client bound to the test services (their APP_URL is the origin of every request). */
export function createRouteClient(services: Services) {
  const base = services.env.APP_URL;

  /** Runs a loader or action and returns its outcome, whether it returned or threw. */
  async function call(fn: RouteFunction, options: CallOptions): Promise<RouteOutcome> {
    const request = buildRequest(base, options);
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

  /** Sends a request to a plain request handler (better-auth's by default). */
  async function fetch(
    options: CallOptions,
    handler: (request: Request) => Promise<Response> = services.auth.handler,
  ): Promise<RouteOutcome> {
    return toOutcome(await handler(buildRequest(base, options)));
  }

  return { call, fetch, base };
}

export type RouteClient = ReturnType<typeof createRouteClient>;

/** Joins cookie headers ("a=1" + "b=2") for the next request. */
export function joinCookies(...cookies: (string | undefined)[]): string {
  return cookies.filter(Boolean).join("; ");
}

/** The "name=value" part of Set-Cookie headers. */
export function cookiePairs(setCookies: readonly string[]): string {
  return setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
}
