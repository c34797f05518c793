/**
 * The re-diagnostic (issue 15, maturity gain) on a real database: months after a structure's last
 * support closed (the programme's `rediagnostic_months`, 6 by default), every member gets one
 * e-mail inviting them to take the diagnostic again (/diagnostic, then /espace/diagnostics for the
 * gain), with an invitation row and an audit event on the organisation; not a day before, not
 * while another support is planned or under way, never twice for the same closing. The months are
 * edited on the programme's levels admin page (the route's action, as React Router calls it):
 * a valid value is saved and audited, a bad one refused with the field named and nothing stored.
 *
 * The closings are in 2030 so that the job's own schedule (the worker runs, with the real date)
 * never finds one due while the file runs.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProgrammeConfig } from "~/features/programs/index.server";
import * as levelsRoute from "~/routes/admin/programmes/levels";
import type { Services } from "~/services.server";
import { auditEvents, programs, rediagnosticInvitations, supports } from "../../../db/schema";
import { addMember } from "../../../tests/factories/organizations";
import { type BuiltSupport, buildSupport } from "../../../tests/factories/supports";
import { buildUser } from "../../../tests/factories/users";
import {
  createRouteClient,
  type RouteClient,
  type RouteOutcome,
} from "../../../tests/support/route-client";
import { signIn } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { sendRediagnosticInvitations } from "./rediagnostic-invitations.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let adminCookie: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  await buildUser(services.db, { email: "alex.admin@exemple.fr", name: "Alex", role: "admin" });
  adminCookie = await signIn(services, "alex.admin@exemple.fr");
}, 120_000);
afterAll(async () => {
  await services?.close();
});

/** Runs the daily job's work as if it were `now` (an ISO instant). */
function run(now: string) {
  return sendRediagnosticInvitations({
    db: services.db,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
    now: new Date(now),
  });
}

/** The re-diagnostic invitations enqueued to `to`. */
async function invitations(to: string): Promise<{ subject: string; text: string }[]> {
  const result = (await services.db.execute(
    sql`select data->>'subject' as subject, data->>'text' as text from pgboss.job
        where name = 'send-email' and data->>'to' = ${to}
          and data->>'subject' like '%10 minutes pour mesurer vos progrès'
        order by created_on`,
  )) as unknown as { rows: { subject: string; text: string }[] };
  return result.rows;
}

async function invitationRows(organizationId: string) {
  return services.db
    .select()
    .from(rediagnosticInvitations)
    .where(eq(rediagnosticInvitations.organizationId, organizationId))
    .orderBy(rediagnosticInvitations.sentAt);
}

async function auditRows(organizationId: string) {
  return services.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityId, organizationId),
        eq(auditEvents.action, "organization.rediagnostic_invited"),
      ),
    );
}

async function secondMember(organizationId: string): Promise<string> {
  const email = `membre-${crypto.randomUUID()}@exemple.fr`;
  const userId = await buildUser(services.db, { email, name: "Julien Petit" });
  await addMember(services.db, { organizationId, userId });
  return email;
}

/** Another support of the same structure (another level of the same decision). */
async function otherSupport(
  built: BuiltSupport,
  values: Partial<typeof supports.$inferInsert>,
): Promise<string> {
  const [first] = await services.db.select().from(supports).where(eq(supports.id, built.supportId));
  if (!first) throw new Error("support missing");
  const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = first;
  const [row] = await services.db
    .insert(supports)
    .values({ ...copy, levelKind: "production", status: "planned", closedAt: null, ...values })
    .returning({ id: supports.id });
  if (!row) throw new Error("support not inserted");
  return row.id;
}

function saveMonths(rediagnosticMonths: string) {
  return client.call(levelsRoute.action, {
    path: "/admin/programmes/digitess/echelons",
    params: { slug: "digitess" },
    cookie: adminCookie,
    form: { intent: "rediagnostic", formId: "rediagnostic", rediagnosticMonths },
  }) as Promise<
    RouteOutcome & { data: { formId: string; result: { error?: Record<string, string[]> } } }
  >;
}

async function digitessMonths(): Promise<number | undefined> {
  return (await getProgrammeConfig(services.db, "digitess"))?.rediagnosticMonths;
}

describe("the re-diagnostic invitation", () => {
  it("mails every member once, six months after the last support closed, not a day before", async () => {
    const built = await buildSupport(services, {
      organizationName: "Les Jardins du Lien",
      closedAt: new Date("2030-01-15T10:00:00Z"),
    });
    const other = await secondMember(built.organizationId);

    // 14 July in Paris: six months less a day.
    await run("2030-07-14T20:00:00Z");
    expect(await invitations(built.ownerEmail)).toEqual([]);
    expect(await invitationRows(built.organizationId)).toEqual([]);

    await run("2030-07-15T07:45:00Z");
    for (const to of [built.ownerEmail, other]) {
      const mails = await invitations(to);
      expect(mails).toHaveLength(1);
      const mail = mails[0] as { subject: string; text: string };
      expect(mail.subject).toBe("Les Jardins du Lien : 10 minutes pour mesurer vos progrès");
      expect(mail.text).toContain("s'est terminé il y a 6 mois.");
      expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(`${services.env.APP_URL}/diagnostic`);
      expect(mail.text).toContain(
        `${services.env.APP_URL}/espace/diagnostics?structure=${built.organizationId}`,
      );
    }
    const rows = await invitationRows(built.organizationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.lastClosedAt.toISOString()).toBe("2030-01-15T10:00:00.000Z");
    expect(rows[0]?.sentAt.toISOString()).toBe("2030-07-15T07:45:00.000Z");
    const audits = await auditRows(built.organizationId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      entityType: "organization",
      actorId: null,
      after: { lastClosedAt: "2030-01-15T10:00:00.000Z", months: 6, recipients: 2 },
    });

    // Once: the next runs, the same day or later, send nothing more.
    await run("2030-07-15T07:45:00Z");
    await run("2030-09-01T07:45:00Z");
    expect(await invitations(built.ownerEmail)).toHaveLength(1);
    expect(await invitations(other)).toHaveLength(1);
    expect(await invitationRows(built.organizationId)).toHaveLength(1);
    expect(await auditRows(built.organizationId)).toHaveLength(1);

    // A new support that closes later starts a new round, six months after it.
    await otherSupport(built, { status: "closed", closedAt: new Date("2030-10-02T09:00:00Z") });
    await run("2031-04-01T07:45:00Z");
    expect(await invitations(built.ownerEmail)).toHaveLength(1);
    await run("2031-04-02T07:45:00Z");
    const again = await invitations(built.ownerEmail);
    expect(again).toHaveLength(2);
    expect(await invitationRows(built.organizationId)).toHaveLength(2);
  });

  it("says how long ago the support ended when the invitation is late", async () => {
    const built = await buildSupport(services, {
      organizationName: "Vieux Dossier",
      closedAt: new Date("2030-01-20T10:00:00Z"),
    });
    await run("2030-11-25T07:45:00Z");
    const [mail] = await invitations(built.ownerEmail);
    expect(mail?.text).toContain("s'est terminé il y a 10 mois.");
  });

  it("waits while another support of the structure is planned or under way", async () => {
    const built = await buildSupport(services, {
      organizationName: "Encore Accompagnés",
      closedAt: new Date("2030-02-01T10:00:00Z"),
    });
    const open = await otherSupport(built, { status: "in_progress" });
    await run("2030-09-01T07:45:00Z");
    expect(await invitations(built.ownerEmail)).toEqual([]);
    expect(await invitationRows(built.organizationId)).toEqual([]);

    await services.db.update(supports).set({ status: "planned" }).where(eq(supports.id, open));
    await run("2030-09-02T07:45:00Z");
    expect(await invitations(built.ownerEmail)).toEqual([]);

    // An abandoned support does not hold it back.
    await services.db.update(supports).set({ status: "abandoned" }).where(eq(supports.id, open));
    await run("2030-09-03T07:45:00Z");
    expect(await invitations(built.ownerEmail)).toHaveLength(1);
  });

  it("never invites a structure whose supports are not closed", async () => {
    const delivered = await buildSupport(services, {
      organizationName: "Presque Fini",
      status: "delivered",
    });
    await run("2035-01-01T07:45:00Z");
    expect(await invitations(delivered.ownerEmail)).toEqual([]);
    expect(await invitationRows(delivered.organizationId)).toEqual([]);
  });
});

describe("the months, set on the programme's levels admin page", () => {
  it("saves a valid value, audits it, and the invitation follows it", async () => {
    const before = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "programme.rediagnostic_months_updated"));
    const saved = await saveMonths("3");
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/admin/programmes/digitess/echelons#rediagnostic");
    expect(await digitessMonths()).toBe(3);
    const after = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "programme.rediagnostic_months_updated"));
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      entityType: "programme",
      before: { months: 6 },
      after: { months: 3 },
    });

    try {
      const built = await buildSupport(services, {
        organizationName: "Trois Mois Après",
        closedAt: new Date("2030-02-10T10:00:00Z"),
      });
      await run("2030-05-09T07:45:00Z");
      expect(await invitations(built.ownerEmail)).toEqual([]);
      await run("2030-05-10T07:45:00Z");
      const [mail] = await invitations(built.ownerEmail);
      expect(mail?.text).toContain("s'est terminé il y a 3 mois.");
      expect((await auditRows(built.organizationId))[0]?.after).toMatchObject({ months: 3 });
    } finally {
      await services.db
        .update(programs)
        .set({ rediagnosticMonths: 6 })
        .where(eq(programs.slug, "digitess"));
    }
  });

  it.each([
    ["not a number", "six"],
    ["zero", "0"],
    ["37", "37"],
    ["a fraction", "2.5"],
    ["negative", "-3"],
    ["empty", ""],
    ["huge", "99999999999999999999999"],
  ])("refuses %s with a French error naming the field, and stores nothing", async (_, value) => {
    const audits = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "programme.rediagnostic_months_updated"));
    const reply = await saveMonths(value);
    expect(reply.status).toBe(400);
    expect(reply.data.formId).toBe("rediagnostic");
    expect(reply.data.result.error).toEqual({
      rediagnosticMonths: [
        "Indiquez le délai du nouveau diagnostic : un nombre entier de mois, de 1 à 36.",
      ],
    });
    expect(await digitessMonths()).toBe(6);
    expect(
      await services.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "programme.rediagnostic_months_updated")),
    ).toHaveLength(audits.length);
  });

  it("refuses a NUL character on the field, and stores nothing", async () => {
    const reply = await saveMonths("6\u0000");
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.data.result.error ?? {})).toEqual(["rediagnosticMonths"]);
    expect(reply.data.result.error?.rediagnosticMonths?.[0]).toMatch(/caractère/);
    expect(await digitessMonths()).toBe(6);
  });

  it("is refused by the database outside 1 to 36", async () => {
    await expect(
      services.db
        .update(programs)
        .set({ rediagnosticMonths: 0 })
        .where(eq(programs.slug, "digitess")),
    ).rejects.toThrow();
    expect(await digitessMonths()).toBe(6);
  });
});
