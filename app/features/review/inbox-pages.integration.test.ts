/**
 * The inbox's keyset pagination and its query hygiene: walking the "page suivante" links gives
 * every row exactly once in the order of the sort (ties on the sort key included, instants to
 * the microsecond), for every sort; and the page sends as many SQL queries for 5 rows as for 60.
 */
import { and, eq, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/platform/db/types";
import type { Services } from "~/services.server";
import * as schema from "../../../db/schema";
import { applications, organizations } from "../../../db/schema";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { createRouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import * as route from "../../routes/areas/review";
import { emptyInboxFilters, inboxSorts, parseInboxSearch } from "./inbox-filters";
import { INBOX_PAGE_SIZE } from "./inbox-links";
import { type InboxPageData, loadInboxPage } from "./inbox-page.server";
import { inboxOrder, inboxWhere } from "./inbox-query.server";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;
let instructor: SignedInUser;
let captured: string[] = [];
let logged: Database;

/** Copies of a submitted application (same organisation), with many ties on each sort key. */
async function copies(templateId: string, count: number, prefix: string) {
  await services.db.execute(sql`
    insert into applications (number, program_id, organization_id, status, data, flagged_for_review,
      submitted_at, submitted_by, antenna_id, status_changed_at, created_by)
    select ${prefix} || lpad(i::text, 5, '0'), program_id, organization_id,
      (array['submitted', 'in_review', 'information_requested'])[1 + i % 3], data, i % 4 = 0,
      submitted_at - (i % 7) * interval '1 day' + (i % 11) * interval '1 microsecond', submitted_by, antenna_id,
      status_changed_at - (i % 5) * interval '1 hour' + (i % 13) * interval '1 microsecond',
      created_by
    from applications, generate_series(1, ${count}) as i
    where id = ${templateId}`);
  await services.db.execute(sql`
    insert into application_levels (application_id, kind)
    select a.id, l.kind from applications a, application_levels l
    where a.number like ${`${prefix}%`} and l.application_id = ${templateId}`);
}

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor" });
  const marseille = await buildSubmittedApplication(services, {
    organizationName: "Le Toit Partagé",
  });
  const lyon = await buildSubmittedApplication(services, {
    organizationName: "Les Jardins du Rhône",
    departement: "69",
    postcode: "69001",
  });
  await copies(marseille.applicationId, 119, "DE-2025-1");
  await copies(lyon.applicationId, 4, "DE-2025-2");
  const logger = {
    logQuery(query: string) {
      captured.push(query);
    },
  };
  const handle = services.database;
  logged = (handle.pool
    ? drizzlePg(handle.pool, { schema, logger })
    : drizzlePglite(handle.pglite as never, { schema, logger })) as unknown as Database;
}, 120_000);

afterAll(async () => {
  await services?.close();
});

async function page(path: string): Promise<InboxPageData> {
  const outcome = await client.call(route.loader, { path, cookie: instructor.cookie });
  expect(outcome.status, path).toBe(200);
  const data = (outcome.data as { page: InboxPageData }).page;
  expect(data.parsed.errors, path).toEqual([]);
  return data;
}

describe("keyset pagination", () => {
  it.each(inboxSorts)("walks every row once, in order, sorted by %s", async (sort) => {
    const expected = await services.db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(
        and(
          inboxWhere(services.db, instructor, { ...emptyInboxFilters, sort }),
          eq(organizations.departement, "13"),
        ),
      )
      .orderBy(...inboxOrder(sort));
    expect(expected.length).toBe(120);

    const seen: string[] = [];
    let path: string | null = `/instruction?departement=13&tri=${sort}`;
    let pages = 0;
    while (path) {
      const current = await page(path);
      pages += 1;
      expect(current.rows.length).toBeLessThanOrEqual(INBOX_PAGE_SIZE);
      expect(current.counts.matching).toBe(120);
      if (pages > 1) {
        expect(current.links.first).toBe(
          sort === "recent"
            ? "/instruction?departement=13"
            : `/instruction?departement=13&tri=${sort}`,
        );
      } else expect(current.links.first).toBeNull();
      seen.push(...current.rows.map((row) => row.id));
      path = current.links.next;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.map((row) => row.id));
  });

  it("keeps the status filter across pages", async () => {
    const first = await page("/instruction?departement=13&statut=submitted&tri=waiting");
    expect(first.rows.every((row) => row.state === "submitted")).toBe(true);
    expect(first.counts.matching).toBe(first.rows.length);
    expect(first.links.next).toBeNull();
  });
});

describe("query hygiene", () => {
  async function queriesFor(query: string) {
    captured = [];
    const loaded = await loadInboxPage(logged, {
      staff: { id: instructor.id, role: instructor.role },
      parsed: parseInboxSearch(new URLSearchParams(query)),
    });
    return { count: captured.length, rows: loaded.rows.length, queries: [...captured] };
  }

  it("sends as many queries for 5 rows as for 60", async () => {
    const five = await queriesFor("departement=69");
    const sixty = await queriesFor("departement=13&statut=submitted&statut=in_review");
    expect(five.rows).toBe(5);
    expect(sixty.rows).toBe(INBOX_PAGE_SIZE);
    expect(sixty.count).toBe(five.count);
    expect(five.count).toBe(4);
    const later = await queriesFor(
      new URL(
        (
          await loadInboxPage(services.db, {
            staff: instructor,
            parsed: parseInboxSearch(new URLSearchParams("departement=13")),
          })
        ).links.next ?? "",
        "http://x",
      ).search,
    );
    expect(later.count).toBe(4);
    // Rows, counts, antennas and axes: never a query per row.
    expect(sixty.queries.some((query) => /limit/i.test(query))).toBe(true);
  });
});
