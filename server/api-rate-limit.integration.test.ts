import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../app/services.server";
import { createTestServices } from "../tests/support/test-services";
import { apiRateLimit } from "./api-rate-limit";

let services: Services & { dataDir: string };
let url: string;
let close: () => void;

beforeAll(async () => {
  services = await createTestServices();
  // The middleware as server/app.ts mounts it, in front of a stand-in endpoint; the client
  // address is what Express trusts (X-Forwarded-For with one trusted proxy here).
  const app = express();
  app.set("trust proxy", 1);
  // A fixed clock 30 s into a window: no window ends during the test.
  const now = () => new Date("2027-01-15T10:00:30.000Z");
  app.use("/api/v1", apiRateLimit({ db: services.db, max: 3, now }));
  app.get("/api/v1/programmes", (_req, res) => res.json({ ok: true }));
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await services.close();
});

const get = (ip: string) =>
  fetch(`${url}/api/v1/programmes`, { headers: { "x-forwarded-for": ip } });

describe("the public API's rate limit", () => {
  it("answers 429 with Retry-After and a French problem once an address is over the limit", async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await get("203.0.113.50"));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0]?.headers.get("ratelimit-remaining")).toBe("2");
    const refused = answers[3] as Response;
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(await refused.json()).toMatchObject({ status: 429, title: "Trop de requêtes" });
  });

  it("counts each address apart", async () => {
    for (let i = 0; i < 3; i++) expect((await get("203.0.113.60")).status).toBe(200);
    expect((await get("203.0.113.61")).status).toBe(200);
  });
});
