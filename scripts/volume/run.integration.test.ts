/**
 * The volume seed on a real database (small plan): the review columns and tables are filled, the
 * routing agrees with the programme's antennas, and a second run inserts nothing.
 */
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/platform/db/types";
import {
  applicationNotes,
  applicationScores,
  applications,
  correctionRequests,
  informationRequests,
  staffScopes,
  user,
} from "../../db/schema";
import { createTestDatabase } from "../../tests/support/test-database";
import { seedVolume } from "./run";

const plan = { organizations: 120, applications: 400, seed: 7 };
let handle: DatabaseHandle;
let first: Awaited<ReturnType<typeof seedVolume>>;

const tables: Record<string, PgTable> = {
  user,
  staffScopes,
  applications,
  informationRequests,
  correctionRequests,
  applicationScores,
  applicationNotes,
};

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await handle.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

async function one(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await handle.db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]?.n ?? 0);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  first = await seedVolume(handle.db, plan);
}, 300_000);
afterAll(async () => {
  await handle?.close();
});

describe("volume seed of the review", () => {
  it("routes every submitted application to the antenna covering its organisation", async () => {
    expect(
      await one(sql`select count(*) as n from applications a
        join organizations o on o.id = a.organization_id
        where a.submitted_at is not null
          and (a.antenna_id is null) <> not exists (
            select 1 from antennas x where x.program_id = a.program_id
              and o.departement = any(x.departements))`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications a
        join organizations o on o.id = a.organization_id
        join antennas n on n.id = a.antenna_id
        where not (o.departement = any(n.departements))`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications
        where submitted_at is null and antenna_id is not null`),
    ).toBe(0);
  });

  it("fills the review tables and dates each state at its last event", async () => {
    const c = await counts();
    expect(c.applicationScores).toBeGreaterThan(0);
    expect(c.informationRequests).toBeGreaterThan(0);
    expect(c.applicationNotes).toBeGreaterThan(0);
    expect(c.staffScopes).toBeGreaterThanOrEqual(9);
    expect(
      await one(sql`select count(*) as n from applications where assigned_to is not null`),
    ).toBeGreaterThan(0);
    expect(
      await one(sql`select count(*) as n from applications a
        where a.status_changed_at <> (select max(occurred_at) from application_events e
          where e.application_id = a.id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications a where a.status = 'information_requested'
        and not exists (select 1 from information_requests r
          where r.application_id = a.id and r.answered_at is null)`),
    ).toBe(0);
  });

  it("inserts nothing when it runs again", async () => {
    expect(first.find((r) => r.table === "applications")?.inserted).toBe(plan.applications);
    const before = await counts();
    const again = await seedVolume(handle.db, plan);
    expect(again.every((r) => r.inserted === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });
});
