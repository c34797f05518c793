/**
 * Exports of the review inbox: the file holds exactly the rows, in the order, of the inbox's own
 * query for the same filters and staff (compared with a direct inboxWhere select), with the
 * chosen columns only; the choice is saved and offered again; an export and its file are their
 * owner's only (another instructor, a funder, an applicant get 404); bad input is a 400 French
 * field error with nothing stored.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "~/platform/audit.server";
import { unzip } from "~/platform/export/unzip.test-support";
import type { JobDependencies } from "~/platform/jobs/define-job";
import type { Services } from "~/services.server";
import * as fileRoute from "../../../app/routes/review/export-file";
import * as listRoute from "../../../app/routes/review/export-list";
import * as newRoute from "../../../app/routes/review/export-new";
import * as statusRoute from "../../../app/routes/review/export-status";
import {
  applicationLevels,
  applications,
  exports,
  organizations,
  staffScopes,
  userPreferences,
} from "../../../db/schema";
import { buildSubmittedApplication, digitessAntennaId } from "../../../tests/factories/review";
import { createRouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices, eventually } from "../../../tests/support/test-services";
import { defaultExportColumns, EXPORT_COLUMNS_PREFERENCE } from "./export-columns";
import { readInboxBatch } from "./export-queries.server";
import { type InboxFilters, parseInboxSearch } from "./inbox-filters";
import { type InboxStaff, inboxOrder, inboxWhere, sortKeyPresent } from "./inbox-query.server";
import { exportReviewInboxJob } from "./jobs/export-review-inbox";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;
let instructor: SignedInUser;
let otherInstructor: SignedInUser;
const numbers: Record<string, string> = {};

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  const built = [
    ["Le Toit Partagé", "13", "submitted"],
    ["Solidarité Canebière", "13", "in_review"],
    ["Les Jardins du Panier", "13", "submitted"],
    ["Ti Kaz Solidaire", "974", "submitted"],
    ["Aidants d'Aix", "13", "information_requested"],
  ] as const;
  for (const [organizationName, departement, status] of built) {
    const application = await buildSubmittedApplication(services, {
      organizationName,
      departement,
      status,
    });
    numbers[organizationName] = application.number;
  }
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  otherInstructor = await signInAs(services, { role: "instructor", name: "Inès Autre" });
});
afterAll(async () => {
  await services?.close();
});

/** The inbox's rows for `staff` and a query string, straight from inboxWhere. */
async function inboxNumbers(staff: InboxStaff, search: string): Promise<string[]> {
  const { filters } = parseInboxSearch(new URLSearchParams(search));
  const rows = await services.db
    .select({ number: applications.number })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(and(inboxWhere(services.db, staff, filters), sortKeyPresent(filters.sort)))
    .orderBy(...inboxOrder(filters.sort));
  return rows.map((row) => row.number ?? "");
}

async function exportCount(): Promise<number> {
  const [row] = await services.db.select({ total: count() }).from(exports);
  return row?.total ?? 0;
}

/** Posts the export form; returns the new export's id once its file is written. */
async function runExport(
  user: SignedInUser,
  search: string,
  form: Record<string, string | string[]>,
): Promise<string> {
  const posted = await client.call(newRoute.action, {
    path: `/instruction/exports/nouvelle?${search}`,
    cookie: user.cookie,
    form,
  });
  expect(posted.status).toBe(302);
  const id = /^\/instruction\/exports\/([0-9a-f-]{36})$/.exec(posted.location ?? "")?.[1];
  expect(id).toBeDefined();
  await eventually(async () => {
    const [row] = await services.db
      .select({ status: exports.status })
      .from(exports)
      .where(eq(exports.id, id as string));
    return row && (row.status === "done" || row.status === "failed");
  });
  return id as string;
}

async function download(user: SignedInUser, id: string) {
  const outcome = await client.call(fileRoute.loader, {
    path: `/instruction/exports/${id}/fichier`,
    params: { id },
    cookie: user.cookie,
  });
  return outcome;
}

function csvRecords(bytes: Buffer): string[][] {
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text
    .slice(1)
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(";"));
}

function sheetRows(bytes: Buffer): string[] {
  const sheet = unzip(bytes).find((entry) => entry.name === "xl/worksheets/sheet1.xml");
  if (!sheet) throw new Error("no sheet");
  return [...sheet.data.toString("utf8").matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(
    (match) => match[1] ?? "",
  );
}

describe("the export page", () => {
  it("shows the row count of the filters and the default columns", async () => {
    const search = "statut=submitted&tri=number";
    const outcome = await client.call(newRoute.loader, {
      path: `/instruction/exports/nouvelle?${search}`,
      cookie: instructor.cookie,
    });
    expect(outcome.status).toBe(200);
    const { page } = outcome.data as Awaited<ReturnType<typeof newRoute.loader>>;
    const expected = await inboxNumbers(instructor, search);
    expect(expected).toHaveLength(3);
    expect(page.count).toBe(3);
    expect(page.filters.statuses).toEqual(["submitted"]);
    expect(page.filters.sort).toBe("number");
    expect(page.columns).toEqual(defaultExportColumns);
    expect(page.search).toBe(search);
  });

  it("names the ignored filters and an antenna by its name", async () => {
    const antenna = await digitessAntennaId(services.db, "Marseille");
    const outcome = await client.call(newRoute.loader, {
      path: `/instruction/exports/nouvelle?antenne=${antenna}&statut=nope`,
      cookie: instructor.cookie,
    });
    const { page } = outcome.data as Awaited<ReturnType<typeof newRoute.loader>>;
    expect(page.ignored).toBe(true);
    expect(page.names.antennaName).toBeTruthy();
    expect(page.count).toBe(4);
  });
});

describe("the files", () => {
  it("writes a CSV of exactly the inbox's rows and order, with the chosen columns only", async () => {
    const search = "departement=13&tri=number";
    const id = await runExport(instructor, search, {
      columns: ["organization", "number", "status"],
      format: "csv",
    });
    const [record] = await services.db.select().from(exports).where(eq(exports.id, id));
    expect(record?.status).toBe("done");
    expect(record?.format).toBe("csv");
    expect(record?.columns).toEqual(["number", "status", "organization"]);
    expect(record?.filters).toMatchObject({ departement: "13", sort: "number" });

    const file = await download(instructor, id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-disposition")).toMatch(
      /^attachment; filename="candidatures-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await (file.response as Response).arrayBuffer());
    expect(bytes.length).toBe(record?.sizeBytes);
    const [header, ...rows] = csvRecords(bytes);
    expect(header).toEqual(["Numéro", "État", "Structure"]);
    const expected = await inboxNumbers(instructor, search);
    expect(expected).toHaveLength(4);
    expect(rows.map((row) => row[0])).toEqual(expected);
    expect(rows.find((row) => row[0] === numbers["Solidarité Canebière"])).toEqual([
      numbers["Solidarité Canebière"],
      "En cours d'examen",
      "Solidarité Canebière",
    ]);
    expect(record?.writtenRows).toBe(4);
    expect(record?.totalRows).toBe(4);

    const downloads = await listAuditEvents(services.db, {
      entityType: "export",
      entityId: id,
      action: "export.downloaded",
    });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.actorId).toBe(instructor.id);
    const requested = await listAuditEvents(services.db, {
      entityId: id,
      action: "export.requested",
    });
    expect(requested).toHaveLength(1);
  });

  it("writes an XLSX of the inbox's rows in its order, amounts as numbers", async () => {
    const search = "tri=oldest";
    const id = await runExport(instructor, search, {
      columns: ["number", "totalCost", "submittedAt", "daysInState"],
      format: "xlsx",
    });
    const file = await download(instructor, id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(file.headers.get("content-disposition")).toMatch(/candidatures-[\d-]+\.xlsx"$/);
    const rows = sheetRows(Buffer.from(await (file.response as Response).arrayBuffer()));
    const [header, ...body] = rows;
    expect(header).toContain("<t>Numéro</t>");
    expect(header).toContain("<t>Coût total</t>");
    expect(header).not.toContain("Structure");
    expect([...(header ?? "").matchAll(/<t>([^<]+)<\/t>/g)].map((m) => m[1])).toEqual([
      "Numéro",
      "Envoyée le",
      "Jours dans cet état",
      "Coût total",
    ]);
    const expected = await inboxNumbers(instructor, search);
    expect(expected).toHaveLength(5);
    expect(body.map((row) => /<t>(DE-[^<]+)<\/t>/.exec(row)?.[1])).toEqual(expected);
    for (const row of body) {
      // The catalogue's order: number, submitted at (a date cell), days in state, total cost.
      expect(row).toMatch(/<c r="B\d+" s="2"><v>\d+<\/v><\/c>/);
      expect(row).toMatch(/<c r="C\d+"><v>0<\/v><\/c>/);
      expect(row).toMatch(/<c r="D\d+" s="3"><v>\d+(\.\d+)?<\/v><\/c>/);
    }
  });

  it("keeps an antenna manager's file to their antenna's queue", async () => {
    const manager = await signInAs(services, { role: "antenna_manager" });
    await services.db.insert(staffScopes).values({
      userId: manager.id,
      antennaId: await digitessAntennaId(services.db, "Saint-Denis (La Réunion)"),
    });
    const id = await runExport(manager, "", { columns: ["number"], format: "csv" });
    const file = await download(manager, id);
    const [, ...rows] = csvRecords(Buffer.from(await (file.response as Response).arrayBuffer()));
    expect(rows).toEqual([[numbers["Ti Kaz Solidaire"]]]);
  });

  it("walks the rows by keyset in batches exactly as the inbox orders them", async () => {
    for (const search of ["tri=number", "tri=recent", "tri=oldest", "tri=waiting"]) {
      const { filters } = parseInboxSearch(new URLSearchParams(search));
      const walked: string[] = [];
      let after = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const batch: Awaited<ReturnType<typeof readInboxBatch>> = await readInboxBatch(
          services.db,
          {
            staff: instructor,
            filters: filters as InboxFilters,
            after,
            limit: 2,
            axisLabels: new Map(),
          },
        );
        walked.push(...batch.rows.map((row) => row.number ?? ""));
        if (!batch.next) break;
        after = batch.next;
      }
      expect(walked).toEqual(await inboxNumbers(instructor, search));
    }
  });
});

describe("the batch query", () => {
  it("brings each row's levels, as application_levels holds them", async () => {
    const { filters } = parseInboxSearch(new URLSearchParams("tri=number"));
    const batch = await readInboxBatch(services.db, {
      staff: instructor,
      filters,
      after: null,
      limit: 100,
      axisLabels: new Map(),
    });
    expect(batch.rows.length).toBeGreaterThan(0);
    expect(batch.rows.some((row) => row.levels.length > 0)).toBe(true);
    for (const row of batch.rows) {
      const stored = await services.db
        .select({
          kind: applicationLevels.kind,
          totalCostCents: applicationLevels.totalCostCents,
          programmeShareCents: applicationLevels.programmeShareCents,
        })
        .from(applicationLevels)
        .where(eq(applicationLevels.applicationId, row.id))
        .orderBy(applicationLevels.kind);
      expect(row.levels).toEqual(stored);
    }
  });
});

describe("the job", () => {
  async function pendingExport(userId: string) {
    const [row] = await services.db
      .insert(exports)
      .values({
        userId,
        kind: "review_inbox",
        format: "csv",
        filters: parseInboxSearch(new URLSearchParams("tri=number")).filters,
        columns: ["number"],
        totalRows: 0,
      })
      .returning({ id: exports.id });
    return row?.id as string;
  }
  const deps = () => ({ ...services, appUrl: services.env.APP_URL }) as unknown as JobDependencies;

  it("reads the user's role again: someone who lost access gets no file", async () => {
    const former = await signInAs(services, { role: "funder" });
    const id = await pendingExport(former.id);
    await exportReviewInboxJob.handle({ exportId: id, locale: "fr" }, deps());
    const [row] = await services.db.select().from(exports).where(eq(exports.id, id));
    expect(row?.status).toBe("failed");
    expect(row?.storageKey).toBeNull();
    expect(row?.writtenRows).toBe(0);
  });

  it("writes a file once: a finished export is not written again", async () => {
    const id = await pendingExport(instructor.id);
    await exportReviewInboxJob.handle({ exportId: id, locale: "en" }, deps());
    const [done] = await services.db.select().from(exports).where(eq(exports.id, id));
    expect(done?.status).toBe("done");
    expect(done?.writtenRows).toBe(5);
    expect(done?.totalRows).toBe(5);
    const stream = await services.storage.get(done?.storageKey as string);
    const text = Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFNumber");
    await exportReviewInboxJob.handle({ exportId: id, locale: "fr" }, deps());
    const [again] = await services.db.select().from(exports).where(eq(exports.id, id));
    expect(again?.storageKey).toBe(done?.storageKey);
  });
});

describe("the saved column choice", () => {
  it("is saved when an export is launched, offered again, and audited when it changes", async () => {
    const staff = await signInAs(services, { role: "instructor" });
    await runExport(staff, "", { columns: ["siren", "number"], format: "csv" });
    const [saved] = await services.db
      .select({ value: userPreferences.value })
      .from(userPreferences)
      .where(
        and(
          eq(userPreferences.userId, staff.id),
          eq(userPreferences.key, EXPORT_COLUMNS_PREFERENCE),
        ),
      );
    expect(saved?.value).toEqual(["number", "siren"]);
    const page = await client.call(newRoute.loader, {
      path: "/instruction/exports/nouvelle",
      cookie: staff.cookie,
    });
    expect((page.data as Awaited<ReturnType<typeof newRoute.loader>>).page.columns).toEqual([
      "number",
      "siren",
    ]);
    // The same choice again changes nothing; another one is audited again.
    await runExport(staff, "", { columns: ["number", "siren"], format: "xlsx" });
    await runExport(staff, "", { columns: ["number"], format: "csv" });
    const events = await listAuditEvents(services.db, {
      entityType: "user",
      entityId: staff.id,
      action: "user.preference_updated",
    });
    expect(events).toHaveLength(2);
    expect(events[0]?.after).toEqual({ key: EXPORT_COLUMNS_PREFERENCE, value: ["number"] });
  });
});

describe("access", () => {
  let ownId: string;
  beforeAll(async () => {
    ownId = await runExport(instructor, "", { columns: ["number"], format: "csv" });
  });

  it("shows the owner the progress, done, with its download link", async () => {
    const outcome = await client.call(statusRoute.loader, {
      path: `/instruction/exports/${ownId}`,
      params: { id: ownId },
      cookie: instructor.cookie,
    });
    expect(outcome.status).toBe(200);
    const { page } = outcome.data as Awaited<ReturnType<typeof statusRoute.loader>>;
    expect(page.status).toBe("done");
    expect(page.writtenRows).toBe(5);
    const list = await client.call(listRoute.loader, {
      path: "/instruction/exports",
      cookie: instructor.cookie,
    });
    const { items } = list.data as Awaited<ReturnType<typeof listRoute.loader>>;
    expect(items.map((item) => item.id)).toContain(ownId);
  });

  it("answers 404 to another instructor on the export, its file and in their list", async () => {
    for (const loader of [statusRoute.loader, fileRoute.loader]) {
      const outcome = await client.call(loader, {
        path: `/instruction/exports/${ownId}`,
        params: { id: ownId },
        cookie: otherInstructor.cookie,
      });
      expect(outcome.status).toBe(404);
    }
    const list = await client.call(listRoute.loader, {
      path: "/instruction/exports",
      cookie: otherInstructor.cookie,
    });
    const { items } = list.data as Awaited<ReturnType<typeof listRoute.loader>>;
    expect(items.map((item) => item.id)).not.toContain(ownId);
  });

  it("answers 404 to a funder, a committee member and an applicant, and stores nothing", async () => {
    const before = await exportCount();
    for (const role of ["funder", "committee_member", "applicant"] as const) {
      const someone = await signInAs(services, { role });
      for (const [loader, path, params] of [
        [newRoute.loader, "/instruction/exports/nouvelle", {}],
        [listRoute.loader, "/instruction/exports", {}],
        [statusRoute.loader, `/instruction/exports/${ownId}`, { id: ownId }],
        [fileRoute.loader, `/instruction/exports/${ownId}/fichier`, { id: ownId }],
      ] as const) {
        const outcome = await client.call(loader, { path, params, cookie: someone.cookie });
        expect(outcome.status, `${role} ${path}`).toBe(404);
      }
      const posted = await client.call(newRoute.action, {
        path: "/instruction/exports/nouvelle",
        cookie: someone.cookie,
        form: { columns: "number", format: "csv" },
      });
      expect(posted.status).toBe(404);
    }
    expect(await exportCount()).toBe(before);
  });

  it("sends an anonymous visitor to sign in", async () => {
    const outcome = await client.call(newRoute.loader, { path: "/instruction/exports/nouvelle" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toMatch(/^\/connexion/);
  });

  it("answers 404 to a malformed or unknown id", async () => {
    for (const id of ["pas-un-uuid", "00000000-0000-4000-8000-000000000000", `${ownId}x`]) {
      const outcome = await client.call(statusRoute.loader, {
        path: `/instruction/exports/${id}`,
        params: { id },
        cookie: instructor.cookie,
      });
      expect(outcome.status).toBe(404);
    }
  });
});

describe("bad input", () => {
  type Reply = { result: { error?: Record<string, string[]> } };
  const cases: [string, Record<string, string | string[]>, string, string][] = [
    [
      "an unknown column",
      { columns: ["number", "password"], format: "csv" },
      "columns",
      "n'existe pas",
    ],
    ["no column", { format: "csv" }, "columns", "au moins une colonne"],
    ["an unknown format", { columns: "number", format: "pdf" }, "format", "CSV ou XLSX"],
    ["no format", { columns: "number" }, "format", "CSV ou XLSX"],
    ["a NUL character", { columns: "num\u0000ber", format: "csv" }, "columns", ""],
    ["a huge field", { columns: "x".repeat(5000), format: "csv" }, "columns", "n'existe pas"],
  ];

  it.each(cases)(
    "refuses %s with a French field error and stores nothing",
    async (_, form, field, text) => {
      const staff = await signInAs(services, { role: "instructor" });
      const before = await exportCount();
      const outcome = await client.call(newRoute.action, {
        path: "/instruction/exports/nouvelle?tri=number",
        cookie: staff.cookie,
        form,
      });
      expect(outcome.status).toBe(400);
      const errors = (outcome.data as Reply).result.error ?? {};
      expect(errors[field]?.[0] ?? "").toContain(text);
      expect(errors[field]?.length).toBeGreaterThan(0);
      expect(await exportCount()).toBe(before);
      const saved = await services.db
        .select()
        .from(userPreferences)
        .where(eq(userPreferences.userId, staff.id));
      expect(saved).toEqual([]);
    },
  );

  it("refuses a body over the cap", async () => {
    const outcome = await client.call(newRoute.action, {
      path: "/instruction/exports/nouvelle",
      cookie: instructor.cookie,
      form: { columns: "number", format: "csv", filler: "x".repeat(2_000_000) },
    });
    expect(outcome.status).toBe(413);
  });
});
