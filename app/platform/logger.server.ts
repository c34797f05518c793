/** The JSON logger (pino). One instance per process; request logs carry a request id. */
import pino from "pino";

export type Logger = pino.Logger;

/** Creates the process logger at the given level. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "digitess" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ["req.headers.cookie", "req.headers.authorization", "password"],
  });
}
