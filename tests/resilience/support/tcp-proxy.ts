/**
 * A TCP proxy on loopback between the app and PostgreSQL, to take the database away from a
 * running app without touching the machine's PostgreSQL (other processes use it): `cut()` closes
 * every open connection and refuses new ones, as a stopped server does; `restore()` accepts
 * connections again.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** The URL of `targetUrl` through the proxy. */
  url: string;
  /** Connections forwarded since the start (each one a new PostgreSQL backend). */
  connections: () => number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
};

/** Starts a proxy to the host and port of `targetUrl` (a postgres:// URL). */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const targetPort = Number(target.port || 5432);
  const open = new Set<Socket>();
  let forwarded = 0;
  let server: Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        forwarded += 1;
        const upstream = connect(targetPort, target.hostname);
        open.add(client);
        open.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        port = (next.address() as { port: number }).port;
        server = next;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      for (const socket of open) socket.destroy();
      open.clear();
      if (!current) return resolve();
      current.close(() => resolve());
    });

  await listen();
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    port,
    url: url.toString(),
    connections: () => forwarded,
    cut: stop,
    async restore() {
      if (!server) await listen();
    },
    close: stop,
  };
}
