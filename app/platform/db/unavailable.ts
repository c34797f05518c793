/**
 * Tells an unavailable database (server stopped or restarting, connection cut, refused or timed
 * out) from every other error. The app answers the first with 503 "try again shortly" instead of
 * a server error, and recovers by itself: the pool opens new connections once PostgreSQL answers.
 * Drizzle and better-auth wrap the driver's error, so the whole `cause` chain is read.
 */

/** Seconds a client is asked to wait (`Retry-After`) before trying again during an outage. */
export const RETRY_AFTER_SECONDS = 30;

/** PostgreSQL SQLSTATEs of a connection that is gone or not accepted yet. */
const unavailableStates = new Set([
  "57P01", // admin_shutdown: terminated by an administrator (pg_terminate_backend, restart)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "53300", // too_many_connections
]);

/** Node's network errors of a connection that could not be opened or was dropped. */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Messages of node-postgres and pg-pool when a connection ends or cannot be had in time. */
const driverMessages = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "Connection closed",
];

/** True when `error`, or an error it was caused by, says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") {
      if (unavailableStates.has(code) || code.startsWith("08") || networkCodes.has(code)) {
        return true;
      }
    }
    if (typeof message === "string" && driverMessages.some((text) => message.includes(text))) {
      return true;
    }
    // Node's AggregateError (a host with several addresses, all refused).
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}
