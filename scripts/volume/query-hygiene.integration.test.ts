/**
 * Query hygiene on a representative volume (issue 16): the queries of the list pages use indexes
 * (no sequential scan of a table that grows with applications) and their number does not depend
 * on the number of rows (no query per row). Runs on PGlite and, with TEST_DB_DRIVER=pg, on
 * PostgreSQL. No timing is asserted.
 */

import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listApplicationsOfOrganization,
  listAttachments,
  listEvents,
  listMessages,
} from "~/features/applications/queries.server";
import { listOrganizationDiagnostics } from "~/features/diagnostic/queries.server";
import { getOrganizationForStaff } from "~/features/organizations/queries.server";
import { loadStaffOrganizationPage } from "~/features/organizations/staff-organization.server";
import { parseInboxSearch } from "~/features/review/inbox-filters";
import { loadInboxPage } from "~/features/review/inbox-page.server";
import type { Database, DatabaseHandle } from "~/platform/db/types";
import * as schema from "../../db/schema";
import { createTestDatabase } from "../../tests/support/test-database";
import { scansOfGrowingTables } from "./query-plan";
import { seedVolume } from "./run";

type Captured = { query: string; params: unknown[] };

let handle: DatabaseHandle;
let captured: Captured[] = [];
/** The same database through a Drizzle instance that records every query it sends. */
let logged: Database;

async function explain({ query, params }: Captured): Promise<unknown> {
  const text = `explain (format json) ${query}`;
  if (handle.pool) {
    const result = await handle.pool.query(text, params);
    return result.rows[0]["QUERY PLAN"];
  }
  const result = await handle.pglite?.query<Record<string, unknown>>(text, params);
  return result?.rows[0]?.["QUERY PLAN"];
}

/** Runs `page` and returns the queries it sent. */
async function queriesOf(page: (db: Database) => Promise<unknown>): Promise<Captured[]> {
  captured = [];
  await page(logged);
  return captured;
}

/**
 * The organisation with the most (or exactly one) application, with a member; `submitted`
 * counts only the applications staff see (for the staff pages).
 */
async function organizationWith(order: "most" | "one", submitted = false) {
  const result = (await handle.db.execute(sql`
    select a.organization_id, min(m.user_id) as user_id
    from applications a join organization_members m on m.organization_id = a.organization_id
    ${submitted ? sql`where a.submitted_at is not null and a.status <> 'draft'` : sql``}
    group by a.organization_id
    having ${order === "one" ? sql`count(distinct a.id) = 1` : sql`true`}
    order by count(distinct a.id) desc, a.organization_id limit 1`)) as unknown as {
    rows: { organization_id: string; user_id: string }[];
  };
  const row = result.rows[0];
  if (!row) throw new Error(`no organisation with ${order} application(s)`);
  return { organizationId: row.organization_id, userId: row.user_id };
}

const staff = { id: "volume-staff", role: "instructor" as const };
/** Staff pages: their organisations are picked among submitted applications. */
const staffPages = new Set(["staff organisation page", "review inbox, searched by SIREN"]);

const pages: Record<
  string,
  (db: Database, ids: { organizationId: string; userId: string }) => Promise<unknown>
> = {
  "applicant space: the organisation's applications": (db, ids) =>
    listApplicationsOfOrganization(db, ids.organizationId),
  "applicant space: the organisation's diagnostics": (db, ids) =>
    listOrganizationDiagnostics(db, ids),
  "application page: files, timeline and messages of the latest application": async (db, ids) => {
    const [latest] = await listApplicationsOfOrganization(handle.db, ids.organizationId);
    if (!latest) throw new Error("no application");
    return Promise.all([
      listAttachments(db, latest.id),
      listEvents(db, latest.id),
      listMessages(db, latest.id),
    ]);
  },
  "staff organisation page": async (db, ids) => {
    const organization = await getOrganizationForStaff(db, {
      staff,
      organizationId: ids.organizationId,
    });
    if (!organization) throw new Error("organisation not found");
    return loadStaffOrganizationPage(db, { staff, organization });
  },
  // The review inbox (issue 13) searched for the organisation's SIREN: its applications, with
  // live counts (the stored counts cannot answer a search).
  "review inbox, searched by SIREN": async (db, ids) => {
    const [organization] = await handle.db
      .select({ siren: schema.organizations.siren })
      .from(schema.organizations)
      .where(sql`${schema.organizations.id} = ${ids.organizationId}`);
    return loadInboxPage(db, {
      staff,
      parsed: parseInboxSearch(new URLSearchParams({ q: organization?.siren ?? "" })),
    });
  },
};

/** Pages whose rows do not depend on the organisation: their plans only are checked. */
const plansOnly: Record<string, (db: Database) => Promise<unknown>> = {
  "review inbox, one status, by waiting time": (db) =>
    loadInboxPage(db, {
      staff,
      parsed: parseInboxSearch(new URLSearchParams("statut=in_review&tri=waiting")),
    }),
};

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedVolume(handle.db, { organizations: 2000, applications: 5000, seed: 16 });
  await handle.db.execute(sql`analyze`);
  const logger = {
    logQuery(query: string, params: unknown[]) {
      captured.push({ query, params });
    },
  };
  logged = (handle.pool
    ? drizzlePg(handle.pool, { schema, logger })
    : drizzlePglite(handle.pglite as never, { schema, logger })) as unknown as Database;
}, 600_000);

afterAll(async () => {
  await handle?.close();
});

describe("list pages on a volume of 2 000 organisations and 5 000 applications", () => {
  for (const [name, page] of Object.entries(pages)) {
    it(`${name}: no sequential scan of a growing table`, async () => {
      const ids = await organizationWith("most");
      const queries = await queriesOf((db) => page(db, ids));
      expect(queries.length).toBeGreaterThan(0);
      for (const query of queries) {
        expect({ query: query.query, scans: scansOfGrowingTables(await explain(query)) }).toEqual({
          query: query.query,
          scans: [],
        });
      }
    });

    it(`${name}: as many queries for one row as for many`, async () => {
      const submitted = staffPages.has(name);
      const many = await queriesOf(async (db) =>
        page(db, await organizationWith("most", submitted)),
      );
      const one = await queriesOf(async (db) => page(db, await organizationWith("one", submitted)));
      expect(one.length).toBe(many.length);
    });
  }
  for (const [name, page] of Object.entries(plansOnly)) {
    it(`${name}: no sequential scan of a growing table`, async () => {
      const queries = await queriesOf(page);
      expect(queries.length).toBeGreaterThan(0);
      for (const query of queries) {
        expect({ query: query.query, scans: scansOfGrowingTables(await explain(query)) }).toEqual({
          query: query.query,
          scans: [],
        });
      }
    });
  }
});
