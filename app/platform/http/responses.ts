/**
 * HTTP refusals thrown by loaders and actions; the root error boundary renders each as the
 * site's own French page (never a bare body). API routes answer with problem documents instead.
 */
import { data } from "react-router";

/** 404: the resource does not exist or is not visible to this user (never 403, never the data). */
export function notFound() {
  return data(null, { status: 404, statusText: "Not Found" });
}

/** 400: the request cannot be read (a broken form body, a malformed parameter). */
export function badRequest() {
  return data(null, { status: 400, statusText: "Bad Request" });
}

/** 413: the body is larger than this action accepts. */
export function payloadTooLarge() {
  return data(null, { status: 413, statusText: "Payload Too Large" });
}

/** 415: the body is not a form (JSON, plain text, no content type). */
export function unsupportedMediaType() {
  return data(null, { status: 415, statusText: "Unsupported Media Type" });
}

/** 429: too many requests; `retryAfterSeconds` goes in Retry-After. */
export function tooManyRequests(retryAfterSeconds: number) {
  return data(null, {
    status: 429,
    statusText: "Too Many Requests",
    headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}
