import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import type { ServerBuild } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { Services } from "../app/services.server";
import { createApp } from "./app";

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** Starts the Express app with fake services (no database) and returns its URL and log lines. */
async function start(options: { ping?: () => Promise<void>; trustProxy?: number } = {}) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()));
      callback();
    },
  });
  const services = {
    env: { TRUST_PROXY: options.trustProxy ?? 0 },
    logger: pino({ level: "info" }, sink),
    database: { driver: "pglite", ping: options.ping ?? (async () => {}) },
  } as unknown as Services;
  const build = async (): Promise<ServerBuild> => {
    throw new Error("no app in this test");
  };
  const app = createApp({ services, build });
  const server = app.listen(0);
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, lines };
}

describe("the Express app", () => {
  it("answers 503 on /healthz when the database does not respond", async () => {
    const { url } = await start({
      ping: async () => {
        throw new Error("connection refused");
      },
    });
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });

  it("writes one JSON line per request with request id, route, status and duration", async () => {
    const { url, lines } = await start();
    const response = await fetch(`${url}/healthz?x=1`);
    const requestLines = lines.filter((line) => line.msg === "request");
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      requestId: response.headers.get("x-request-id"),
      method: "GET",
      route: "/healthz",
      status: 200,
    });
    expect(typeof requestLines[0]?.durationMs).toBe("number");
  });

  it("sends HSTS only when the request came over https through a trusted proxy", async () => {
    const direct = await start();
    const plain = await fetch(`${direct.url}/healthz`, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(plain.headers.get("strict-transport-security")).toBeNull();

    const proxied = await start({ trustProxy: 1 });
    const secure = await fetch(`${proxied.url}/healthz`, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(secure.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  it("refuses a cross-site POST to any route with a French 403 page, before React Router", async () => {
    const { url } = await start();
    const path = "/espace/candidatures/00000000-0000-4000-8000-000000000000/etape/2/enregistrer";
    for (const origin of ["http://evil.example", url.replace(/:(\d+)$/, ":1"), undefined]) {
      const response = await fetch(`${url}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          ...(origin ? { origin } : {}),
        },
        body: "projectTitle=x",
      });
      expect(response.status, String(origin)).toBe(403);
      const page = await response.text();
      expect(page).toContain('lang="fr"');
      expect(page).toContain("Demande refusée");
    }
    // From the site itself the request reaches React Router (here a build that fails: 500).
    const same = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: url },
      body: "projectTitle=x",
    });
    expect(same.status).not.toBe(403);
  });
});
