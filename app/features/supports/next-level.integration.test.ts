/**
 * The next level (issue 15) on a real database: closing a diagnostic support (through the support
 * page's action) invites each member of the structure once, with the link to a new application
 * prefilled from the previous one; a closed production support, or a structure with a draft in
 * progress, gets nothing. The link's page (/espace/candidatures/nouvelle?suite=…) names the
 * previous application, and starting the draft copies what still holds and ticks the next level,
 * never a document, a cost, a rate, a quote or the signature; another organisation's application
 * prefills nothing and the page says nothing of it.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDraftData } from "~/features/applications";
import * as newRoute from "~/routes/applications/new";
import * as supportRoute from "~/routes/supports/support";
import type { Services } from "~/services.server";
import {
  applicationAttachments,
  applications,
  programSupportLevels,
  staffScopes,
  supportMilestones,
  supports,
} from "../../../db/schema";
import {
  buildApplicant,
  buildDraft,
  digitessProgramId,
  projectValues,
} from "../../../tests/factories/applications";
import { addMember } from "../../../tests/factories/organizations";
import { digitessAntennaId } from "../../../tests/factories/review";
import { type BuiltSupport, buildSupport } from "../../../tests/factories/supports";
import { buildUser } from "../../../tests/factories/users";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { inviteNextLevel } from "./next-level.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let programId: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  programId = await digitessProgramId(services.db);
}, 120_000);
afterAll(async () => {
  await services?.close();
});

function invite(supportId: string) {
  return services.db.transaction((tx) =>
    inviteNextLevel(tx, { jobs: services.jobs, appUrl: services.env.APP_URL, supportId }),
  );
}

/** The next-level invitations enqueued to `to`. */
async function invitations(to: string): Promise<{ subject: string; text: string }[]> {
  const result = (await services.db.execute(
    sql`select data->>'subject' as subject, data->>'text' as text from pgboss.job
        where name = 'send-email' and data->>'to' = ${to}
          and data->>'text' like '%/espace/candidatures/nouvelle?suite=%'
        order by created_on`,
  )) as unknown as { rows: { subject: string; text: string }[] };
  return result.rows;
}

async function invitedAt(supportId: string) {
  const [row] = await services.db
    .select({ at: supports.nextLevelInvitedAt })
    .from(supports)
    .where(eq(supports.id, supportId));
  return row?.at ?? null;
}

async function secondMember(organizationId: string) {
  const email = `membre-${crypto.randomUUID()}@exemple.fr`;
  const userId = await buildUser(services.db, { email, name: "Julien Petit" });
  await addMember(services.db, { organizationId, userId });
  return email;
}

function linkOf(applicationId: string) {
  return `${services.env.APP_URL}/espace/candidatures/nouvelle?suite=${applicationId}`;
}

async function draftOf(id: string) {
  const [row] = await services.db.select().from(applications).where(eq(applications.id, id));
  if (!row) throw new Error(`no application ${id}`);
  return row;
}

function openNew(cookie: string, suite: string) {
  return client.call(newRoute.loader, {
    path: `/espace/candidatures/nouvelle?suite=${encodeURIComponent(suite)}`,
    cookie,
  });
}

async function start(cookie: string, suite: string): Promise<string> {
  const created = await client.call(newRoute.action, {
    path: `/espace/candidatures/nouvelle?suite=${encodeURIComponent(suite)}`,
    cookie,
    form: { programId, suite },
  });
  expect(created.status).toBe(302);
  const id = /\/espace\/candidatures\/([0-9a-f-]{36})\/etape\/1$/.exec(created.location ?? "")?.[1];
  if (!id) throw new Error(`no draft in ${created.location}`);
  return id;
}

describe("the invitation to the next level", () => {
  let closed: BuiltSupport;
  let otherEmail: string;

  beforeAll(async () => {
    // A delivered diagnostic with its closing meeting, closed by its antenna's manager.
    closed = await buildSupport(services, {
      organizationName: "Les Jardins du Lien",
      levelKind: "diagnostic",
      status: "delivered",
    });
    otherEmail = await secondMember(closed.organizationId);
    await services.db.insert(supportMilestones).values({
      supportId: closed.supportId,
      kind: "closing",
      title: "Réunion de clôture",
      happenedOn: "2027-03-30",
    });
    const manager = await signInAs(services, { role: "antenna_manager", name: "Sophie Durand" });
    await services.db
      .insert(staffScopes)
      .values({ userId: manager.id, antennaId: await digitessAntennaId(services.db, "Marseille") });
    const close = await client.call(supportRoute.action, {
      path: `/accompagnements/${closed.supportId}`,
      params: { supportId: closed.supportId },
      cookie: manager.cookie,
      form: { intent: "status", formId: "status", action: "close" },
    });
    expect(close.status).toBe(302);
  });

  it("mails each member once, with the link to the prefilled application, when a diagnostic closes", async () => {
    const [number] = await services.db
      .select({ number: applications.number })
      .from(applications)
      .where(eq(applications.id, closed.applicationId));
    for (const to of [closed.ownerEmail, otherEmail]) {
      const mails = await invitations(to);
      expect(mails).toHaveLength(1);
      const mail = mails[0] as { subject: string; text: string };
      expect(mail.subject).toBe("La suite pour Les Jardins du Lien : le niveau « Cadrage »");
      expect(mail.text).toContain(
        "L'accompagnement « Diagnostic numérique » de Les Jardins du Lien",
      );
      expect(mail.text).toContain(`candidature ${number?.number}`);
      expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(linkOf(closed.applicationId));
    }
    expect(await invitedAt(closed.supportId)).toBeInstanceOf(Date);
    // Once: a second call mails nothing more.
    expect(await invite(closed.supportId)).toBe(0);
    expect(await invitations(closed.ownerEmail)).toHaveLength(1);
    expect(await invitations(otherEmail)).toHaveLength(1);
  });

  it("mails nothing after production, the last level", async () => {
    const production = await buildSupport(services, {
      organizationName: "Fin de parcours",
      levelKind: "production",
    });
    expect(await invite(production.supportId)).toBe(0);
    expect(await invitations(production.ownerEmail)).toEqual([]);
    expect(await invitedAt(production.supportId)).toBeNull();
  });

  it("mails nothing to a structure with a scoping draft in progress", async () => {
    const diagnostic = await buildSupport(services, {
      organizationName: "Déjà en route",
      levelKind: "diagnostic",
    });
    await buildDraft(services.db, {
      organizationId: diagnostic.organizationId,
      programId,
      createdBy: diagnostic.ownerId,
      data: { steps: { "3": { levels: ["scoping"] } } },
    });
    expect(await invite(diagnostic.supportId)).toBe(0);
    expect(await invitations(diagnostic.ownerEmail)).toEqual([]);
    expect(await invitedAt(diagnostic.supportId)).toBeNull();
  });

  it("opens a page that names the previous application, and a draft prefilled for the next level", async () => {
    const cookie = await signIn(services, closed.ownerEmail);
    const [previous] = await services.db
      .select({ number: applications.number })
      .from(applications)
      .where(eq(applications.id, closed.applicationId));
    const [scoping] = await services.db
      .select({ label: programSupportLevels.label })
      .from(programSupportLevels)
      .where(
        and(
          eq(programSupportLevels.programId, programId),
          eq(programSupportLevels.kind, "scoping"),
        ),
      );
    const page = await openNew(cookie, closed.applicationId);
    expect(page.status).toBe(200);
    expect((page.data as { followUp: unknown }).followUp).toEqual({
      applicationId: closed.applicationId,
      number: previous?.number,
      nextLevel: scoping?.label,
    });

    const id = await start(cookie, closed.applicationId);
    expect(id).not.toBe(closed.applicationId);
    const draft = await draftOf(id);
    expect(draft.status).toBe("draft");
    expect(draft.number).toBeNull();
    const data = readDraftData(draft.data);
    // The project, as the previous application said it.
    expect(data.steps["2"]).toEqual(projectValues);
    // The next level ticked, nothing of its cost, rate or quotes.
    expect(data.steps["3"]).toEqual({ levels: ["scoping"] });
    // The signatory's role, never the signature nor the declarations.
    expect(data.steps["5"]).toEqual({ signatoryRole: "Présidente" });
    // Step 1 starts from the organisation's record, as for any new application.
    expect(data.steps["1"]?.name).toBe("Les Jardins du Lien");
    // No document: the previous application's files stay its own.
    expect(
      await services.db
        .select()
        .from(applicationAttachments)
        .where(eq(applicationAttachments.applicationId, id)),
    ).toEqual([]);
    expect(
      (
        await services.db
          .select()
          .from(applicationAttachments)
          .where(eq(applicationAttachments.applicationId, closed.applicationId))
      ).length,
    ).toBeGreaterThan(0);
  });

  it("ignores another organisation's application: nothing prefilled, nothing revealed", async () => {
    const stranger = await buildApplicant(services.db, { organizationName: "Voisins Solidaires" });
    const cookie = await signIn(services, stranger.email);
    const [previous] = await services.db
      .select({ number: applications.number })
      .from(applications)
      .where(eq(applications.id, closed.applicationId));
    const page = await openNew(cookie, closed.applicationId);
    expect(page.status).toBe(200);
    expect((page.data as { followUp: unknown }).followUp).toBeNull();
    const seen = JSON.stringify(page.data);
    expect(seen).not.toContain(closed.applicationId);
    expect(seen).not.toContain(previous?.number as string);
    expect(seen).not.toContain("Les Jardins du Lien");

    // Nor is a value that is no application at all.
    expect(
      ((await openNew(cookie, "pas-un-identifiant")).data as { followUp: unknown }).followUp,
    ).toBeNull();

    const id = await start(cookie, closed.applicationId);
    const data = readDraftData((await draftOf(id)).data);
    expect(data.steps["1"]?.name).toBe("Voisins Solidaires");
    expect(data.steps["2"]?.situation).toBeUndefined();
    expect(data.steps["3"]).toBeUndefined();
    expect(data.steps["5"]).toBeUndefined();
  });
});
