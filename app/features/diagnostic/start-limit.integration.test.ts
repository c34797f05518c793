/**
 * The limit on diagnostics started without an account, through the intro route on a real
 * database (both drivers): per client address, nothing created over the limit, a 429 with
 * Retry-After, signed-in users not limited, and the counter shared through the database.
 */
import { count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitRateLimit } from "~/platform/rate-limit/rate-limit.server";
import * as intro from "~/routes/diagnostic/intro";
import type { Services } from "~/services.server";
import { diagnostics, rateLimitCounters } from "../../../db/schema";
import { buildUser } from "../../../tests/factories/users";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { anonymousStartLimit } from "./start-limit.server";

let services: Services & { dataDir: string };

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services.close();
});

const startFrom = (address: string, cookie?: string) =>
  createRouteClient(services).call(intro.action, {
    path: "/diagnostic",
    form: {},
    headers: { "x-forwarded-for": address },
    cookie,
  });

async function anonymousDiagnostics(): Promise<number> {
  const [row] = await services.db
    .select({ value: count() })
    .from(diagnostics)
    .where(isNull(diagnostics.createdBy));
  return row?.value ?? 0;
}

describe("anonymous diagnostic starts", () => {
  it("refuses a client address over the limit with a 429 and creates nothing", async () => {
    const address = "203.0.113.7";
    for (let index = 0; index < anonymousStartLimit.limit; index += 1) {
      expect((await startFrom(address)).status).toBe(302);
    }
    const before = await anonymousDiagnostics();
    const refused = await startFrom(address);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(anonymousStartLimit.windowMs / 1000);
    const { retryAt } = (refused.data as { tooManyStarts: { retryAt: string } }).tooManyStarts;
    expect(new Date(retryAt).getTime()).toBeGreaterThan(Date.now());
    expect(await anonymousDiagnostics()).toBe(before);

    // Another address is counted apart.
    expect((await startFrom("198.51.100.20")).status).toBe(302);
  });

  it("does not limit signed-in users", async () => {
    const address = "203.0.113.99";
    const email = `limite-${Date.now()}@exemple.fr`;
    await buildUser(services.db, { email, name: "Nadia Martin" });
    const cookie = await signIn(services, email);
    for (let index = 0; index <= anonymousStartLimit.limit + 1; index += 1) {
      expect((await startFrom(address, cookie)).status).toBe(302);
    }
    const rows = await services.db
      .select()
      .from(rateLimitCounters)
      .where(eq(rateLimitCounters.key, `diagnostic-start:${address}`));
    expect(rows).toEqual([]);
  });
});

describe("hitRateLimit", () => {
  const policy = { limit: 3, windowMs: 60_000 };

  it("counts concurrent hits exactly once each", async () => {
    const now = new Date("2026-05-04T10:00:30Z");
    const decisions = await Promise.all(
      Array.from({ length: 5 }, () =>
        hitRateLimit(services.db, { key: "test:burst", policy, now }),
      ),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    expect(decisions.filter((decision) => !decision.allowed)).toHaveLength(2);
  });

  it("starts again in the next window and forgets the past ones", async () => {
    const key = "test:windows";
    const first = new Date("2026-05-04T10:00:10Z");
    for (let index = 0; index < 3; index += 1)
      await hitRateLimit(services.db, { key, policy, now: first });
    expect(await hitRateLimit(services.db, { key, policy, now: first })).toEqual({
      allowed: false,
      retryAt: new Date("2026-05-04T10:01:00Z"),
      retryAfterSeconds: 50,
    });
    const next = new Date("2026-05-04T10:01:00Z");
    expect(await hitRateLimit(services.db, { key, policy, now: next })).toEqual({
      allowed: true,
      remaining: 2,
    });
    const rows = await services.db
      .select({ windowStart: rateLimitCounters.windowStart })
      .from(rateLimitCounters)
      .where(eq(rateLimitCounters.key, key));
    expect(rows).toEqual([{ windowStart: next }]);
  });
});
