import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** An app whose route sets its own headers the way @react-router/express does (res.append). */
async function start(routeHeaders: Record<string, string>) {
  const app = express();
  app.use(securityHeaders());
  app.get("/", (_req, res) => {
    for (const [key, value] of Object.entries(routeHeaders)) res.append(key, value);
    res.append("Set-Cookie", "a=1");
    res.append("Set-Cookie", "b=2");
    res.send("ok");
  });
  const server = app.listen(0);
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("security headers", () => {
  it("sends one policy and one nosniff even when the route sets its own", async () => {
    const response = await fetch(
      await start({
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "X-Content-Type-Options": "nosniff",
      }),
    );
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // Other headers still accumulate.
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  it("keeps the site's policy with its nonce when the route sets none", async () => {
    const response = await fetch(await start({}));
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
