import { count, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffApplicationScope } from "../../app/features/applications/queries.server";
import type { Services } from "../../app/services.server";
import { createTestServices, jobsSettled } from "../../tests/support/test-services";
import {
  account,
  antennas,
  applicationAttachments,
  applicationEvents,
  applicationMessages,
  applicationNotes,
  applicationScores,
  applications,
  auditEvents,
  diagnostics,
  informationRequests,
  organizationMembers,
  organizations,
  user,
} from "../schema";
import { seedDemo } from "../seed";
import { demoApplications } from "./applications";
import { maturityDemos } from "./maturity";

let services: Services & { dataDir: string };
const timings: number[] = [];

const tables = {
  user,
  account,
  organizations,
  organizationMembers,
  diagnostics,
  applications,
  applicationEvents,
  applicationAttachments,
  applicationMessages,
  applicationNotes,
  applicationScores,
  informationRequests,
  auditEvents,
};

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await services.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

async function seed(): Promise<void> {
  const started = performance.now();
  await seedDemo(services.db, {
    storage: services.storage,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
  });
  timings.push(performance.now() - started);
}

/** The demo applications with their organisation, antenna city and applicant. */
async function demoRows() {
  return services.db
    .select({
      id: applications.id,
      status: applications.status,
      number: applications.number,
      organization: organizations.name,
      departement: organizations.departement,
      city: antennas.city,
      flagged: applications.flaggedForReview,
      assignedTo: applications.assignedTo,
      summary: applications.committeeSummary,
      statusChangedAt: applications.statusChangedAt,
      submittedAt: applications.submittedAt,
      email: user.email,
      verified: user.emailVerified,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .innerJoin(user, eq(user.id, applications.createdBy))
    .leftJoin(antennas, eq(antennas.id, applications.antennaId))
    .where(
      inArray(
        user.email,
        demoApplications.map((d) => d.applicant.email),
      ),
    );
}

async function userId(email: string): Promise<string> {
  const [row] = await services.db.select({ id: user.id }).from(user).where(eq(user.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

let baseSeedMs = 0;

beforeAll(async () => {
  services = await createTestServices();
  // The seed without applications first (what a fresh install ran before them), then all of it.
  const started = performance.now();
  await seedDemo(services.db);
  baseSeedMs = performance.now() - started;
  await seed();
}, 120_000);
afterAll(async () => {
  await services.close();
});

describe("demo applications", () => {
  it("gives each organisation its own verified demo applicant and one application in its state", async () => {
    const rows = await demoRows();
    expect(rows).toHaveLength(demoApplications.length);
    for (const demo of demoApplications) {
      const row = rows.find((r) => r.email === demo.applicant.email);
      // The committee seed puts the ready ones on the next session's agenda (db/seed/committees.ts).
      const status = demo.state === "ready_for_committee" ? "scheduled" : demo.state;
      expect(row).toMatchObject({ organization: demo.organization, status });
      expect(row?.verified).toBe(true);
      expect(row?.number).toMatch(/^DE-\d{4}-\d{5}$/);
      expect(row?.email.endsWith("@demo.digitess.fr")).toBe(true);
    }
    const credentials = await services.db
      .select({ n: count() })
      .from(account)
      .innerJoin(user, eq(user.id, account.userId))
      .where(
        inArray(
          user.email,
          demoApplications.map((d) => d.applicant.email),
        ),
      );
    expect(credentials[0]?.n).toBe(demoApplications.length);
  });

  it("spreads them over five antennas, overseas included, in every review state", async () => {
    const rows = await demoRows();
    expect(new Set(rows.map((r) => r.city))).toEqual(
      new Set(["Marseille", "Lyon", "Paris", "Saint-Denis (La Réunion)", "Fort-de-France"]),
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        "submitted",
        "in_review",
        "information_requested",
        "scheduled",
        "declared_ineligible",
      ]),
    );
    expect(rows.filter((r) => r.flagged).map((r) => r.organization)).toEqual([
      "Prévention Santé Isère",
    ]);
    expect(rows.filter((r) => r.assignedTo !== null).length).toBeGreaterThanOrEqual(3);
    // Ages in state vary, some beyond the 15 days of the programme's alert.
    const ages = rows.map((r) => (Date.now() - (r.statusChangedAt?.getTime() ?? 0)) / 86_400_000);
    expect(Math.max(...ages)).toBeGreaterThan(15);
    expect(Math.min(...ages)).toBeLessThan(5);
  });

  it("stores the statutes and accounts of each as real PDFs in the file store", async () => {
    const rows = await demoRows();
    const files = await services.db
      .select()
      .from(applicationAttachments)
      .where(
        inArray(
          applicationAttachments.applicationId,
          rows.map((r) => r.id),
        ),
      );
    expect(files).toHaveLength(rows.length * 2);
    for (const file of files) {
      expect(file.mimeType).toBe("application/pdf");
      const stream = await services.storage.get(file.storageKey);
      if (!stream) throw new Error(`file ${file.storageKey} missing`);
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      expect(bytes.length).toBe(file.sizeBytes);
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    }
  });

  it("keeps the information request open, and the committee file scored with its summary", async () => {
    const rows = await demoRows();
    const asked = rows.find((r) => r.status === "information_requested");
    const open = await services.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, asked?.id ?? ""));
    expect(open).toHaveLength(1);
    expect(open[0]?.answeredAt).toBeNull();
    expect(open[0]?.missingItems.length).toBeGreaterThan(0);
    const [message] = await services.db
      .select()
      .from(applicationMessages)
      .where(eq(applicationMessages.id, open[0]?.messageId ?? ""));
    expect(message?.isInformationRequest).toBe(true);

    const ready = rows.find((r) => r.status === "scheduled");
    expect(ready?.summary).toBeTruthy();
    const scores = await services.db
      .select()
      .from(applicationScores)
      .where(eq(applicationScores.applicationId, ready?.id ?? ""));
    expect(scores).toHaveLength(5);
    expect(scores.every((s) => s.score >= 1 && s.score <= 5)).toBe(true);
    expect(scores.every((s) => s.reviewerId === ready?.assignedTo)).toBe(true);
  });

  it("gives most organisations a completed diagnostic", async () => {
    const rows = await services.db
      .select({ organization: organizations.name, status: diagnostics.status })
      .from(diagnostics)
      .innerJoin(organizations, eq(organizations.id, diagnostics.organizationId))
      .where(
        inArray(
          organizations.name,
          demoApplications.map((d) => d.organization),
        ),
      );
    expect(rows.every((r) => r.status === "completed")).toBe(true);
    expect(new Set(rows.map((r) => r.organization)).size).toBeGreaterThan(
      demoApplications.length / 2,
    );
  });

  it("gives Karim Benali every application and Sophie Durand her Marseille antenna's", async () => {
    const karim = {
      id: await userId("karim.benali@demo.digitess.fr"),
      role: "instructor" as const,
    };
    const sophie = {
      id: await userId("sophie.durand@demo.digitess.fr"),
      role: "antenna_manager" as const,
    };
    const reach = async (staff: typeof karim | typeof sophie) =>
      services.db
        .select({ departement: organizations.departement, status: applications.status })
        .from(applications)
        .innerJoin(organizations, eq(organizations.id, applications.organizationId))
        .where(staffApplicationScope(services.db, staff));
    // With the application a past committee session accepted (db/seed/supports.ts), in Marseille,
    // and those of the supports closed a while ago (db/seed/maturity.ts), in Marseille too.
    expect((await reach(karim)).length).toBe(demoApplications.length + 1 + maturityDemos.length);
    const marseille = await reach(sophie);
    expect(marseille.length).toBe(5 + maturityDemos.length);
    expect(marseille.some((r) => r.status === "accepted")).toBe(true);
    expect(marseille.every((r) => ["13", "83", "84"].includes(r.departement ?? ""))).toBe(true);
    expect(marseille.some((r) => r.status === "submitted")).toBe(true);
  });

  it("leaves Mme Martin's Le Toit Partagé without an application", async () => {
    const rows = await services.db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(eq(organizations.name, "Le Toit Partagé"));
    expect(rows).toHaveLength(0);
    const withoutOwner = await services.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(isNull(organizations.createdBy));
    // The twelve similar associations of the diagnostics' median have no account.
    expect(withoutOwner).toHaveLength(12);
  });

  it("changes nothing when it runs again, and runs again fast", async () => {
    // The first run's jobs (the demo committee's decision e-mail) write their own audit rows.
    await jobsSettled(services);
    const before = await counts();
    const statuses = (await demoRows()).map((r) => [r.id, r.status, r.statusChangedAt]);
    await seed();
    expect(await counts()).toEqual(before);
    expect((await demoRows()).map((r) => [r.id, r.status, r.statusChangedAt])).toEqual(statuses);
    console.info(
      `demo seed: accounts, programme, organisations and diagnostics ${Math.round(baseSeedMs)} ms; then the applications ${Math.round(timings[0] ?? 0)} ms; re-run of everything ${Math.round(timings[1] ?? 0)} ms`,
    );
    expect(timings[1]).toBeLessThan(2_000);
  });
});
