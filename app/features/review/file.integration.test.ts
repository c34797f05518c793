/**
 * The staff file of one application (/instruction/candidatures/:id) through its loader and action
 * on a real database: who may open it (404 for everyone outside the staff scope), what it shows,
 * private notes (never on the applicant's pages), staff replies, the read marker, the eligibility
 * check with the company register (and without it), and a query count that does not grow with
 * the number of messages or files.
 */
import { and, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  useLoaderData,
} from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/features/auth";
import { getQuestionBank } from "~/features/diagnostic";
import type { RegistryClient } from "~/platform/registry";
import * as downloadRoute from "~/routes/applications/download";
import * as followRoute from "~/routes/applications/follow";
import * as receiptRoute from "~/routes/applications/receipt";
import * as route from "~/routes/review/application";
import type { Services } from "~/services.server";
import { MessagesProvider } from "~/ui/i18n";
import {
  applicationAttachments,
  applicationMessages,
  applicationNotes,
  applicationReadMarkers,
  applications,
  auditEvents,
  organizations,
  staffScopes,
} from "../../../db/schema";
import { buildDraft } from "../../../tests/factories/applications";
import { buildDiagnostic, buildDiagnosticAnswers } from "../../../tests/factories/diagnostics";
import { buildSubmittedApplication, digitessAntennaId } from "../../../tests/factories/review";
import {
  type RegistryReplay,
  registryFixtures,
  startRegistryReplay,
} from "../../../tests/support/registry-replay";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import type { FileView } from "./file-view.server";
import { unreadCondition } from "./inbox-query.server";
import { FilePage } from "./ui/file-page";

let services: Services & { dataDir: string };
let replay: RegistryReplay;

beforeAll(async () => {
  replay = await startRegistryReplay();
  services = await createTestServices({ REGISTRY_API_URL: replay.url });
});
afterAll(async () => {
  await services?.close();
  await replay?.close();
});

const client = () => createRouteClient(services);
const path = (id: string) => `/instruction/candidatures/${id}`;
const open = (id: string, cookie?: string) =>
  client().call(route.loader, { path: path(id), params: { id }, cookie });
const post = (id: string, cookie: string, form: Record<string, string>) =>
  client().call(route.action, { path: path(id), params: { id }, cookie, form });
const viewOf = (outcome: { data: unknown }) => (outcome.data as { view: FileView }).view;

async function staff(role: Role) {
  return signInAs(services, { role, name: `Équipe ${role}` });
}

async function antennaManager(city: string) {
  const user = await signInAs(services, { role: "antenna_manager", name: `Antenne ${city}` });
  await services.db
    .insert(staffScopes)
    .values({ userId: user.id, antennaId: await digitessAntennaId(services.db, city) });
  return user;
}

async function notesOf(applicationId: string) {
  return services.db
    .select()
    .from(applicationNotes)
    .where(eq(applicationNotes.applicationId, applicationId));
}

describe("who may open an application's file", () => {
  it("opens for instructors, administrators and the antenna's manager; 404 for anyone else", async () => {
    const marseille = await buildSubmittedApplication(services);
    const id = marseille.applicationId;

    const anonymous = await open(id);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/connexion?redirectTo=");

    for (const role of ["instructor", "admin"] as const) {
      expect((await open(id, (await staff(role)).cookie)).status, role).toBe(200);
    }
    expect((await open(id, (await antennaManager("Marseille")).cookie)).status).toBe(200);
    // Lyon's antenna manager on a Marseille file.
    expect((await open(id, (await antennaManager("Lyon")).cookie)).status).toBe(404);
    for (const role of ["funder", "committee_member", "applicant"] as const) {
      expect((await open(id, (await staff(role)).cookie)).status, role).toBe(404);
    }
    // The applicant who submitted it: their own pages are elsewhere.
    expect((await open(id, await signIn(services, marseille.email))).status).toBe(404);

    const instructor = await staff("instructor");
    const draftId = await buildDraft(services.db);
    expect((await open(draftId, instructor.cookie)).status).toBe(404);
    expect((await open("pas-un-identifiant", instructor.cookie)).status).toBe(404);
    expect((await open(crypto.randomUUID(), instructor.cookie)).status).toBe(404);
  });

  it("refuses the action the same way: nothing is stored", async () => {
    const { applicationId } = await buildSubmittedApplication(services);
    const lyon = await antennaManager("Lyon");
    const funder = await staff("funder");
    for (const cookie of [lyon.cookie, funder.cookie]) {
      const outcome = await post(applicationId, cookie, { intent: "note", body: "Vu." });
      expect(outcome.status).toBe(404);
    }
    const draftId = await buildDraft(services.db);
    const instructor = await staff("instructor");
    expect((await post(draftId, instructor.cookie, { intent: "note", body: "x" })).status).toBe(
      404,
    );
    expect(await notesOf(applicationId)).toEqual([]);
  });
});

describe("what the file shows", () => {
  it("shows the header, the submission, files, checklist and actions of the role", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const view = viewOf(await open(built.applicationId, instructor.cookie));

    expect(view.application.number).toBe(built.number);
    expect(view.application.state).toBe("submitted");
    expect(view.application.antenna?.city).toBe("Marseille");
    expect(view.application.ageDays).toBe(0);
    expect(view.organization.id).toBe(built.organizationId);
    expect(view.actions.map((action) => action.href)).toEqual([
      `${path(built.applicationId)}/examen`,
      `${path(built.applicationId)}/attribution`,
    ]);
    expect(view.submission?.data.organization.name).toBe("Le Toit Partagé");
    expect(view.submission?.data.levels.length).toBeGreaterThan(0);
    expect(view.current).toBeNull();
    expect(view.attachments.map((file) => [file.kind, file.previewable])).toEqual([
      ["statutes", true],
      ["accounts", true],
    ]);
    expect(view.completeness.find((item) => item.id === "document.statutes")?.ok).toBe(true);
    expect(view.completeness.find((item) => item.id === "diagnostic")?.ok).toBe(false);
    expect(view.diagnostic.latest).toBeNull();
    expect(view.levelFit).toEqual({ kind: "no_diagnostic" });
    expect(view.eligibility.registry).toEqual({ status: "not_asked" });
    expect(view.eligibility.criteria.map((criterion) => criterion.id)).toEqual([
      "ess",
      "age",
      "axes",
      "territory",
    ]);
    expect(view.timeline.map((event) => event.toStatus)).toContain("submitted");

    // In review: the instructor gets the review actions; the antenna's manager none.
    const inReview = await buildSubmittedApplication(services, { status: "in_review" });
    const reviewView = viewOf(await open(inReview.applicationId, instructor.cookie));
    expect(reviewView.actions.map((action) => action.id)).toEqual([
      "request_information",
      "request_correction",
      "declare_ineligible",
      "mark_ready",
      "score",
      "reassign",
    ]);
    const manager = await antennaManager("Marseille");
    expect(viewOf(await open(inReview.applicationId, manager.cookie)).actions).toEqual([]);
  });

  it("shows the latest diagnostic beside the levels and flags a mismatch", async () => {
    // The factory's application requests a diagnostic and scoping.
    const built = await buildSubmittedApplication(services);
    const bank = getQuestionBank("2026-1");
    // An older diagnostic, then the latest: no project yet, so a diagnostic comes first.
    await buildDiagnostic(services.db, {
      organizationId: built.organizationId,
      completedAt: new Date("2025-01-10T10:00:00Z"),
    });
    await buildDiagnostic(services.db, {
      organizationId: built.organizationId,
      answers: buildDiagnosticAnswers(bank, { level: 1, P1: 0 }),
    });
    const view = viewOf(await open(built.applicationId, (await staff("instructor")).cookie));
    const latest = view.diagnostic.latest;
    expect(latest?.recommendedLevel).toBe("diagnostic");
    expect(latest?.dimensions).toHaveLength(bank.dimensions.length);
    expect(latest?.dimensions[0]?.title).toBe(bank.dimensions[0]?.title);
    expect(view.diagnostic.earlierCount).toBe(1);
    expect(view.requestedLevels).toEqual(["diagnostic", "scoping"]);
    expect(view.levelFit).toEqual({
      kind: "ahead",
      requested: "scoping",
      recommended: "diagnostic",
    });
    expect(view.completeness.find((item) => item.id === "diagnostic")?.ok).toBe(true);
  });

  it("lists the organisation's other applications in scope, never its drafts", async () => {
    const built = await buildSubmittedApplication(services);
    const draftId = await buildDraft(services.db, { organizationId: built.organizationId });
    const other = await buildSubmittedApplication(services);
    await services.db
      .update(applications)
      .set({ organizationId: built.organizationId })
      .where(eq(applications.id, other.applicationId));
    const view = viewOf(await open(built.applicationId, (await staff("instructor")).cookie));
    const ids = view.earlierApplications.map((application) => application.id);
    expect(ids).toEqual([other.applicationId]);
    expect(ids).not.toContain(draftId);
    expect(ids).not.toContain(built.applicationId);
  });
});

describe("the eligibility check run again", () => {
  it("uses the company register's data when the organisation has a SIRET", async () => {
    const built = await buildSubmittedApplication(services);
    const fixture = registryFixtures.toitPartage;
    await services.db
      .update(organizations)
      .set({ siret: fixture.siret, siren: fixture.siren })
      .where(eq(organizations.id, built.organizationId));
    const view = viewOf(await open(built.applicationId, (await staff("instructor")).cookie));
    expect(view.eligibility.registry).toEqual({
      status: "found",
      name: fixture.name,
      closed: false,
    });
    expect(view.eligibility.sources.creationDate).toBe("registry");
    expect(view.eligibility.criteria.find((c) => c.id === "ess")?.met).toBe(true);
    expect(view.eligibility.stored?.criteria.length).toBe(4);
  });

  it("says the register is unavailable and never fails the page", async () => {
    const built = await buildSubmittedApplication(services);
    await services.db
      .update(organizations)
      .set({ siret: registryFixtures.belleDeMai.siret })
      .where(eq(organizations.id, built.organizationId));
    const instructor = await staff("instructor");
    const real = services.registry;
    const stubs: RegistryClient[] = [
      { search: async () => ({ status: "unavailable", reason: "timeout" }) },
      {
        search: async () => {
          throw new Error("registre en panne");
        },
      },
    ];
    try {
      for (const stub of stubs) {
        services.registry = stub;
        const outcome = await open(built.applicationId, instructor.cookie);
        expect(outcome.status).toBe(200);
        const view = viewOf(outcome);
        expect(view.eligibility.registry).toEqual({ status: "unavailable" });
        expect(view.eligibility.sources.legalForm).toBe("organization");
        expect(view.eligibility.criteria).toHaveLength(4);
        expect(view.eligibility.stored).not.toBeNull();
      }
    } finally {
      services.registry = real;
    }
  });
});

describe("private notes", () => {
  it("records a note with its audit event, for instructors and the antenna's manager", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const added = await post(built.applicationId, instructor.cookie, {
      intent: "note",
      body: "  Statuts à jour, à confirmer avec la présidente.  ",
    });
    expect(added.status).toBe(302);
    expect(added.location).toBe(`${path(built.applicationId)}#notes`);
    expect(added.setCookies.join(";")).toContain("notice=");
    const manager = await antennaManager("Marseille");
    expect(
      (
        await post(built.applicationId, manager.cookie, {
          intent: "note",
          body: "Connue de l'antenne.",
        })
      ).status,
    ).toBe(302);

    const notes = await notesOf(built.applicationId);
    expect(notes.map((note) => note.body).sort()).toEqual([
      "Connue de l'antenne.",
      "Statuts à jour, à confirmer avec la présidente.",
    ]);
    const audit = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, built.applicationId),
          eq(auditEvents.action, "application.note_added"),
        ),
      );
    expect(audit.map((event) => event.actorId).sort()).toEqual([instructor.id, manager.id].sort());

    const view = viewOf(await open(built.applicationId, instructor.cookie));
    expect(view.notes.map((note) => note.body)).toContain(
      "Statuts à jour, à confirmer avec la présidente.",
    );
  });

  it("refuses an empty note, a NUL character and 6 000 characters, in French, storing nothing", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const cases = [
      { body: "   ", message: "Écrivez la note." },
      { body: "avant\u0000après", message: null },
      { body: "a".repeat(6000), message: "La note est trop longue : 5 000 caractères au plus." },
    ];
    for (const { body, message } of cases) {
      const outcome = await post(built.applicationId, instructor.cookie, { intent: "note", body });
      expect(outcome.status).toBe(400);
      const errors = (outcome.data as { result: { error: Record<string, string[]> } }).result.error
        .body;
      expect(errors?.length).toBe(1);
      if (message) expect(errors?.[0]).toBe(message);
      else expect(errors?.[0]).toMatch(/caractère/);
    }
    expect((await post(built.applicationId, instructor.cookie, { intent: "inconnu" })).status).toBe(
      404,
    );
    expect(await notesOf(built.applicationId)).toEqual([]);
  });

  it("never shows a note to the applicant: follow page and receipt", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const secret = "NOTE-PRIVEE-7f3a : dossier fragile, ne pas le dire à la structure.";
    expect(
      (await post(built.applicationId, instructor.cookie, { intent: "note", body: secret })).status,
    ).toBe(302);
    const applicant = await signIn(services, built.email);
    const follow = await client().call(followRoute.loader, {
      path: `/espace/candidatures/${built.applicationId}`,
      params: { id: built.applicationId },
      cookie: applicant,
    });
    expect(follow.status).toBe(200);
    expect(JSON.stringify(follow.data)).not.toContain("NOTE-PRIVEE-7f3a");
    const receipt = await client().call(receiptRoute.loader, {
      path: `/espace/candidatures/${built.applicationId}/recu.pdf`,
      params: { id: built.applicationId },
      cookie: applicant,
    });
    expect(receipt.status).toBe(200);
    const bytes = Buffer.from(await (receipt.response as Response).arrayBuffer());
    expect(bytes.toString("latin1")).not.toContain("NOTE-PRIVEE");
  });
});

describe("the message thread", () => {
  it("sends a staff reply that the applicant reads; refuses a NUL or too long message", async () => {
    const built = await buildSubmittedApplication(services);
    const manager = await antennaManager("Marseille");
    const sent = await post(built.applicationId, manager.cookie, {
      intent: "message",
      body: "Bonjour, pouvez-vous nous appeler ?",
    });
    expect(sent.status).toBe(302);
    expect(sent.location).toBe(`${path(built.applicationId)}#messages`);
    for (const body of ["x\u0000y", "b".repeat(5001), ""]) {
      const refused = await post(built.applicationId, manager.cookie, { intent: "message", body });
      expect(refused.status).toBe(400);
    }
    const rows = await services.db
      .select({ body: applicationMessages.body })
      .from(applicationMessages)
      .where(eq(applicationMessages.applicationId, built.applicationId));
    expect(rows).toEqual([{ body: "Bonjour, pouvez-vous nous appeler ?" }]);
    const follow = await client().call(followRoute.loader, {
      path: `/espace/candidatures/${built.applicationId}`,
      params: { id: built.applicationId },
      cookie: await signIn(services, built.email),
    });
    expect(JSON.stringify(follow.data)).toContain("Bonjour, pouvez-vous nous appeler ?");
    const view = viewOf(await open(built.applicationId, manager.cookie));
    expect(view.messages.map((message) => [message.body, message.fromApplicant])).toEqual([
      ["Bonjour, pouvez-vous nous appeler ?", false],
    ]);
  });
});

describe("the read marker", () => {
  it("marks the file read for this user when opened, so the inbox's unread clears", async () => {
    const built = await buildSubmittedApplication(services);
    await services.db
      .update(applications)
      .set({ lastApplicantActivityAt: sql`now() - interval '1 minute'` })
      .where(eq(applications.id, built.applicationId));
    const instructor = await staff("instructor");
    const other = await staff("instructor");
    const unread = async (userId: string) =>
      (
        await services.db
          .select({ id: applications.id })
          .from(applications)
          .where(and(eq(applications.id, built.applicationId), unreadCondition(userId)))
      ).length;
    expect(await unread(instructor.id)).toBe(1);
    expect((await open(built.applicationId, instructor.cookie)).status).toBe(200);
    expect(await unread(instructor.id)).toBe(0);
    expect(await unread(other.id)).toBe(1);

    const [first] = await services.db
      .select({ readAt: applicationReadMarkers.readAt })
      .from(applicationReadMarkers)
      .where(eq(applicationReadMarkers.userId, instructor.id));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await open(built.applicationId, instructor.cookie);
    const markers = await services.db
      .select({ readAt: applicationReadMarkers.readAt })
      .from(applicationReadMarkers)
      .where(eq(applicationReadMarkers.userId, instructor.id));
    expect(markers).toHaveLength(1);
    expect(markers[0]?.readAt.getTime()).toBeGreaterThan(first?.readAt.getTime() ?? 0);
    // Someone refused never leaves a marker.
    const lyon = await antennaManager("Lyon");
    await open(built.applicationId, lyon.cookie);
    expect(
      await services.db
        .select()
        .from(applicationReadMarkers)
        .where(eq(applicationReadMarkers.userId, lyon.id)),
    ).toEqual([]);
  });
});

/** The file page inside the messages its loader sent (the shell's own are the root's). */
function FileRoute() {
  const data = useLoaderData() as { view: FileView; messageToken: string };
  return createElement(
    MessagesProvider,
    null,
    createElement(FilePage, { view: data.view, messageToken: data.messageToken, reply: null }),
  );
}

/** The page's HTML as the server renders it from the loader's data (hydration data left out). */
async function renderPage(id: string, cookie: string): Promise<string> {
  const outcome = await open(id, cookie);
  const routes = [
    {
      id: "file",
      path: "/instruction/candidatures/:id",
      loader: () => outcome.data,
      Component: FileRoute,
    },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path(id)}`));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(createElement(StaticRouterProvider, { router, context }));
  return html.replace(/<script[\s\S]*?<\/script>/g, "");
}

describe("the page as rendered", () => {
  it("renders every section in French, with its table of contents, and no raw key", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const instructor = await staff("instructor");
    await post(built.applicationId, instructor.cookie, {
      intent: "note",
      body: "Note visible ici.",
    });
    const html = await renderPage(built.applicationId, instructor.cookie);
    for (const text of [
      `Candidature ${built.number}`,
      "Sommaire du dossier",
      "Tout ce qui a été déposé",
      "Pièces jointes",
      "Diagnostic de maturité et échelons demandés",
      "Éligibilité vérifiée à nouveau aujourd&#x27;hui",
      "Complétude du dossier",
      "Notes privées",
      "Note visible ici.",
      "Échanges avec la structure",
      "Historique",
      "Ouvrir",
      "Télécharger",
      "En cours d&#x27;examen",
    ]) {
      expect(html, text).toContain(text);
    }
    for (const anchor of ["actions", "submitted", "attachments", "notes", "messages", "timeline"]) {
      expect(html).toContain(`href="#${anchor}"`);
      expect(html).toContain(`id="${anchor}"`);
    }
    expect(html).toContain(`href="/instruction/candidatures/${built.applicationId}/prete"`);
    expect(html).toContain(`href="/instruction/structures/${built.organizationId}"`);
    expect(html).toContain("?apercu=1");
    expect(html).not.toMatch(
      /review\.file\.|applications\.(state|field|attachmentKind)\.|diagnostic\.level\./,
    );
  });
});

describe("opening a file from the file page", () => {
  it("shows a PDF inline with ?apercu=1, under the same CSP; other types stay attachments", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const view = viewOf(await open(built.applicationId, instructor.cookie));
    const [statutes, accounts] = view.attachments;
    if (!statutes || !accounts) throw new Error("the factory attaches two files");
    const download = (fileId: string, query = "", cookie = instructor.cookie) =>
      client().call(downloadRoute.loader, {
        path: `/espace/candidatures/${built.applicationId}/pieces/${fileId}${query}`,
        params: { id: built.applicationId, attachmentId: fileId },
        cookie,
      });

    const preview = await download(statutes.id, "?apercu=1");
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("application/pdf");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline; filename="statuts.pdf"/);
    expect(preview.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(preview.headers.get("x-content-type-options")).toBe("nosniff");
    const plain = await download(statutes.id);
    expect(plain.headers.get("content-disposition")).toMatch(/^attachment;/);
    for (const query of ["?apercu=0", "?apercu=oui", "?APERCU=1"]) {
      const other = await download(statutes.id, query);
      expect(other.headers.get("content-disposition"), query).toMatch(/^attachment;/);
    }

    // A type the browser could run or misread is never inline, whatever the query says.
    await services.db
      .update(applicationAttachments)
      .set({ mimeType: "application/msword" })
      .where(eq(applicationAttachments.id, accounts.id));
    const word = await download(accounts.id, "?apercu=1");
    expect(word.headers.get("content-disposition")).toMatch(/^attachment;/);
    const after = viewOf(await open(built.applicationId, instructor.cookie));
    expect(after.attachments.find((file) => file.id === accounts.id)?.previewable).toBe(false);

    // Outside the scope the preview is a 404 like the download.
    const lyon = await antennaManager("Lyon");
    expect((await download(statutes.id, "?apercu=1", lyon.cookie)).status).toBe(404);
  });
});

describe("the page's queries", () => {
  /** Runs `work` and counts the SQL statements sent meanwhile (PGlite or the pg pool). */
  async function countQueries(work: () => Promise<unknown>): Promise<number> {
    const handle = services.database;
    const target = (handle.pglite ?? handle.pool) as unknown as {
      query: (...args: unknown[]) => unknown;
    };
    const original = target.query;
    let count = 0;
    target.query = function (this: unknown, ...args: unknown[]) {
      // The job worker shares the database (it sends the e-mails of earlier steps): only the
      // page's own queries count.
      const [first] = args;
      const text = typeof first === "string" ? first : String((first as { text?: string })?.text);
      if (!text.includes("pgboss")) count += 1;
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      target.query = original;
    }
    return count;
  }

  it("does not grow with the number of messages or attachments", async () => {
    const built = await buildSubmittedApplication(services);
    const instructor = await staff("instructor");
    const addMessageWithFile = async (index: number) => {
      const [message] = await services.db
        .insert(applicationMessages)
        .values({
          applicationId: built.applicationId,
          authorId: built.applicant.id,
          body: `Message ${index}`,
        })
        .returning({ id: applicationMessages.id });
      await services.db.insert(applicationAttachments).values({
        applicationId: built.applicationId,
        kind: "answer",
        fileName: `reponse-${index}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1000,
        storageKey: `test/${built.applicationId}/${index}`,
        messageId: message?.id,
      });
      await services.db
        .insert(applicationNotes)
        .values({ applicationId: built.applicationId, authorId: instructor.id, body: `N${index}` });
    };
    // One message of each kind first (an empty thread needs no query for its files).
    await addMessageWithFile(0);
    await open(built.applicationId, instructor.cookie);
    const before = await countQueries(() => open(built.applicationId, instructor.cookie));
    for (let index = 1; index < 6; index += 1) await addMessageWithFile(index);
    const outcome = await open(built.applicationId, instructor.cookie);
    expect(viewOf(outcome).messages).toHaveLength(6);
    expect(viewOf(outcome).attachments).toHaveLength(8);
    const after = await countQueries(() => open(built.applicationId, instructor.cookie));
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});
