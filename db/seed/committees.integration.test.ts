import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../app/services.server";
import { createTestServices } from "../../tests/support/test-services";
import { applications, committeeItems, committeeMembers, committeeSessions, user } from "../schema";
import { seedDemo } from "../seed";
import { demoApplications } from "./applications";
import { demoCommitteeMembers } from "./committees";
import { maturityDemos } from "./maturity";

let services: Services & { dataDir: string };

async function seed() {
  await seedDemo(services.db, {
    storage: services.storage,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
  });
}

beforeAll(async () => {
  services = await createTestServices();
  await seed();
});
afterAll(async () => {
  await services?.close();
});

describe("demo committee session", () => {
  it("is planned ahead with a funder-side and operator-side members and the ready applications", async () => {
    // The other session met six weeks ago and is closed (db/seed/supports.ts).
    const sessions = await services.db
      .select()
      .from(committeeSessions)
      .where(eq(committeeSessions.status, "planned"));
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(session?.startsAt.getTime()).toBeGreaterThan(Date.now());
    const members = await services.db
      .select({ email: user.email, side: committeeMembers.side, role: user.role })
      .from(committeeMembers)
      .innerJoin(user, eq(user.id, committeeMembers.userId))
      .where(eq(committeeMembers.sessionId, session?.id ?? ""))
      .orderBy(asc(user.email));
    expect(members).toEqual(
      [...demoCommitteeMembers]
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((m) => ({ ...m, role: "committee_member" })),
    );
    const items = await services.db
      .select({ status: applications.status })
      .from(committeeItems)
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .where(eq(committeeItems.sessionId, session?.id ?? ""));
    const readyCount = demoApplications.filter((d) => d.state === "ready_for_committee").length;
    expect(readyCount).toBeGreaterThan(0);
    expect(items).toHaveLength(readyCount);
    expect(items.every((item) => item.status === "scheduled")).toBe(true);
  });

  it("changes nothing when run again", async () => {
    await seed();
    const [sessions] = await services.db.select({ n: count() }).from(committeeSessions);
    const [items] = await services.db.select({ n: count() }).from(committeeItems);
    // The planned session, the closed one whose agenda holds the accepted application, and the
    // one held a year ago whose supports are closed (db/seed/maturity.ts).
    expect(sessions?.n).toBe(3);
    expect(items?.n).toBe(
      demoApplications.filter((d) => d.state === "ready_for_committee").length +
        1 +
        maturityDemos.length,
    );
  });
});
