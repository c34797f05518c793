/**
 * Graceful shutdown on SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish,
 * close idle keep-alive sockets, release the services (jobs, database), exit. A timer forces the
 * exit after `timeoutMs` so the process always ends within the orchestrator's grace period.
 */
import type { Server } from "node:http";

export type ShutdownOptions = {
  server: Server;
  cleanup: () => Promise<void>;
  timeoutMs?: number;
  log?: (message: string) => void;
  exit?: (code: number) => void;
};

/** Returns the shutdown function (also installed on SIGTERM and SIGINT when `signals`). */
export function createGracefulShutdown(options: ShutdownOptions, signals = true) {
  const {
    server,
    cleanup,
    timeoutMs = 9000,
    log = () => {},
    exit = (code) => process.exit(code),
  } = options;
  let shuttingDown: Promise<void> | null = null;

  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      log(`shutting down (${reason})`);
      const timer = setTimeout(() => {
        log("shutdown timed out: forcing exit");
        server.closeAllConnections();
        exit(1);
      }, timeoutMs);
      timer.unref();
      try {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await cleanup();
        clearTimeout(timer);
        log("shutdown complete");
        exit(0);
      } catch (error) {
        clearTimeout(timer);
        log(`shutdown failed: ${String(error)}`);
        exit(1);
      }
    })();
    return shuttingDown;
  };

  if (signals) {
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
    process.once("SIGINT", () => void shutdown("SIGINT"));
  }
  return shutdown;
}
