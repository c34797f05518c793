/**
 * The application routes called the way React Router calls them, with real sessions on a real
 * database: guards and scopes (404 for anyone else), step saving and validation, autosave,
 * uploads, idempotent submission, downloads, receipt, messages and withdrawal.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as autosaveRoute from "~/routes/applications/autosave";
import * as downloadRoute from "~/routes/applications/download";
import * as followRoute from "~/routes/applications/follow";
import * as listRoute from "~/routes/applications/list";
import * as newRoute from "~/routes/applications/new";
import * as receiptRoute from "~/routes/applications/receipt";
import * as stepRoute from "~/routes/applications/step";
import * as summaryRoute from "~/routes/applications/summary";
import * as withdrawRoute from "~/routes/applications/withdraw";
import type { Services } from "~/services.server";
import { applications, staffScopes } from "../../../db/schema";
import {
  buildApplicant,
  buildDraft,
  buildStaff,
  completeSteps,
  digitessProgramId,
  projectValues,
  sampleExe,
  samplePdf,
} from "../../../tests/factories/applications";
import { buildAntennaScope } from "../../../tests/factories/organizations";
import { digitessAntennaId } from "../../../tests/factories/review";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signIn } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { readDraftData } from "./draft";
import { transitionApplication } from "./transition-application.server";

let services: Services & { dataDir: string };
let programId: string;
let client: RouteClient;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  programId = await digitessProgramId(services.db);
});
afterAll(async () => {
  await services?.close();
});

async function applicantSession() {
  const applicant = await buildApplicant(services.db);
  return { ...applicant, cookie: await signIn(services, applicant.email) };
}

async function staffSession(role: "instructor" | "antenna_manager" | "funder") {
  const staff = await buildStaff(services.db, role);
  return { ...staff, cookie: await signIn(services, staff.email) };
}

function stepPath(id: string, step: number) {
  return `/espace/candidatures/${id}/etape/${step}`;
}

function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

async function upload(cookie: string, id: string, kind: string, file: File) {
  return client.call(stepRoute.action, {
    path: stepPath(id, 4),
    params: { id, n: "4" },
    cookie,
    form: multipart({ intent: "upload", kind, file }),
  });
}

/** A signed-in applicant with a complete draft and its two documents, uploaded through the route. */
async function readyDraft() {
  const session = await applicantSession();
  const id = await buildDraft(services.db, {
    organizationId: session.organizationId,
    programId,
    createdBy: session.actor.id,
    data: completeSteps(),
    currentStep: 5,
  });
  for (const [kind, name] of [
    ["statutes", "Statuts signés.pdf"],
    ["accounts", "Comptes 2025.pdf"],
  ] as const) {
    const answer = await upload(session.cookie, id, kind, new File([samplePdf(name)], name));
    expect(answer.status).toBe(302);
  }
  return { ...session, id };
}

describe("guards", () => {
  it("sends an anonymous visitor to sign-in, back to the same step afterwards", async () => {
    const { id } = await readyDraft();
    const answer = await client.call(stepRoute.loader, {
      path: stepPath(id, 2),
      params: { id, n: "2" },
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(
      `/connexion?redirectTo=${encodeURIComponent(stepPath(id, 2))}`,
    );
    const save = await client.call(autosaveRoute.action, {
      path: `${stepPath(id, 2)}/enregistrer`,
      params: { id, n: "2" },
      form: { situation: "x" },
    });
    expect(save.status).toBe(302);
  });

  it("answers 404 to another applicant, to staff on the applicant pages, and for bad ids", async () => {
    const { id } = await readyDraft();
    const other = await applicantSession();
    const staff = await staffSession("instructor");
    for (const cookie of [other.cookie, staff.cookie]) {
      for (const [handler, path, params] of [
        [stepRoute.loader, stepPath(id, 1), { id, n: "1" }],
        [summaryRoute.loader, `/espace/candidatures/${id}/recapitulatif`, { id }],
        [followRoute.loader, `/espace/candidatures/${id}`, { id }],
      ] as const) {
        expect((await client.call(handler, { path, params, cookie })).status).toBe(404);
      }
    }
    const mine = await applicantSession();
    for (const params of [
      { id: "pas-un-uuid", n: "1" },
      { id, n: "7" },
    ]) {
      const answer = await client.call(stepRoute.loader, {
        path: "/x",
        params,
        cookie: mine.cookie,
      });
      expect(answer.status).toBe(404);
    }
  });
});

describe("starting and filling in", () => {
  it("shows the empty state, then starts a draft and goes to step 1", async () => {
    const session = await applicantSession();
    const list = await client.call(listRoute.loader, {
      path: "/espace/candidatures",
      cookie: session.cookie,
    });
    expect(list.data).toMatchObject({ organizationName: "Le Toit Partagé", items: [] });
    const created = await client.call(newRoute.action, {
      path: "/espace/candidatures/nouvelle",
      cookie: session.cookie,
      form: { programId },
    });
    expect(created.status).toBe(302);
    const location = created.headers.get("location") ?? "";
    expect(location).toMatch(/^\/espace\/candidatures\/[0-9a-f-]{36}\/etape\/1$/);
    const again = await client.call(newRoute.action, {
      path: "/espace/candidatures/nouvelle",
      cookie: session.cookie,
      form: { programId },
    });
    expect(again.headers.get("location")).toBe(location);
    const after = await client.call(listRoute.loader, {
      path: "/espace/candidatures",
      cookie: session.cookie,
    });
    expect((after.data as { items: unknown[] }).items).toHaveLength(1);
  });

  it("tells each page how many points are left on each step, as the summary counts them", async () => {
    const session = await applicantSession();
    // Steps 1 to 5 opened one after the other, nothing filled in.
    const id = await buildDraft(services.db, {
      organizationId: session.organizationId,
      programId,
      createdBy: session.actor.id,
      currentStep: 6,
    });
    const summary = await client.call(summaryRoute.loader, {
      path: "/x",
      params: { id },
      cookie: session.cookie,
    });
    const { problems, problemCounts } = summary.data as {
      problems: { step: number }[];
      problemCounts: Record<string, number>;
    };
    expect(problems.length).toBeGreaterThan(5);
    for (const step of ["1", "2", "3", "4", "5"]) {
      expect(problemCounts[step]).toBe(problems.filter((p) => p.step === Number(step)).length);
      expect(problemCounts[step]).toBeGreaterThan(0);
    }
    const step2 = await client.call(stepRoute.loader, {
      path: stepPath(id, 2),
      params: { id, n: "2" },
      cookie: session.cookie,
    });
    expect((step2.data as { problemCounts: unknown }).problemCounts).toEqual(problemCounts);
    // A complete draft with its documents has nothing left anywhere.
    const ready = await readyDraft();
    const done = await client.call(stepRoute.loader, {
      path: stepPath(ready.id, 5),
      params: { id: ready.id, n: "5" },
      cookie: ready.cookie,
    });
    expect((done.data as { problemCounts: unknown }).problemCounts).toEqual({
      1: 0,
      2: 0,
      3: 0,
      4: 0,
      5: 0,
    });
  });

  it("saves what was typed on Continuer even when it does not validate, and explains why", async () => {
    const session = await applicantSession();
    const id = await buildDraft(services.db, {
      organizationId: session.organizationId,
      programId,
      createdBy: session.actor.id,
    });
    const invalid = await client.call(stepRoute.action, {
      path: stepPath(id, 3),
      params: { id, n: "3" },
      cookie: session.cookie,
      form: {
        intent: "continue",
        levels: ["scoping"],
        scopingTotalCost: "douze mille",
        scopingRatePercent: "90",
      },
    });
    expect(invalid.status).toBe(400);
    const reply = (invalid.data as { result: { error: Record<string, string[]> } }).result;
    expect(reply.error).toMatchObject({
      scopingTotalCost: ["applications.error.amount"],
      scopingRatePercent: ["applications.error.rate"],
    });
    const [row] = await services.db.select().from(applications).where(eq(applications.id, id));
    expect(readDraftData(row?.data).steps["3"]).toEqual({
      levels: "scoping",
      scopingTotalCost: "douze mille",
      scopingRatePercent: "90",
    });
    expect(row?.currentStep).toBe(3);
    const valid = await client.call(stepRoute.action, {
      path: stepPath(id, 3),
      params: { id, n: "3" },
      cookie: session.cookie,
      form: {
        intent: "continue",
        levels: ["scoping"],
        scopingTotalCost: "12 000",
        scopingRatePercent: "75",
      },
    });
    expect(valid.headers.get("location")).toBe(stepPath(id, 4));
    const step = await client.call(stepRoute.loader, {
      path: stepPath(id, 3),
      params: { id, n: "3" },
      cookie: session.cookie,
    });
    expect(step.data).toMatchObject({ reachedStep: 4, values: { scopingTotalCost: "12 000" } });
  });

  it("goes back or to the list with what was typed saved", async () => {
    const session = await applicantSession();
    const id = await buildDraft(services.db, {
      organizationId: session.organizationId,
      programId,
      createdBy: session.actor.id,
    });
    const back = await client.call(stepRoute.action, {
      path: stepPath(id, 2),
      params: { id, n: "2" },
      cookie: session.cookie,
      form: { intent: "previous", situation: "Sur papier" },
    });
    expect(back.headers.get("location")).toBe(stepPath(id, 1));
    const later = await client.call(stepRoute.action, {
      path: stepPath(id, 2),
      params: { id, n: "2" },
      cookie: session.cookie,
      form: { intent: "save", situation: "Sur papier, et un tableur" },
    });
    expect(later.headers.get("location")).toBe("/espace/candidatures");
    expect(later.headers.get("set-cookie")).toMatch(/^notice=/);
    const [row] = await services.db.select().from(applications).where(eq(applications.id, id));
    expect(readDraftData(row?.data).steps["2"]).toEqual({ situation: "Sur papier, et un tableur" });
  });

  it("autosaves and answers JSON, and 409 once the application is sent", async () => {
    const draft = await readyDraft();
    const values = { ...projectValues, situation: "tapé à l'instant", axes: "housing" };
    const autosave = () =>
      client.call(autosaveRoute.action, {
        path: `${stepPath(draft.id, 2)}/enregistrer`,
        params: { id: draft.id, n: "2" },
        cookie: draft.cookie,
        form: values,
      });
    const saved = await autosave();
    expect(saved.status).toBe(200);
    const json = (await saved.response?.json()) as { savedAt: string; version: string };
    expect(Number.isNaN(Date.parse(json.savedAt))).toBe(false);
    const [row] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, draft.id));
    expect(readDraftData(row?.data).steps["2"]).toEqual(values);
    expect(row?.updatedAt.toISOString()).toBe(json.version);
    const submitted = await client.call(summaryRoute.action, {
      path: `/espace/candidatures/${draft.id}/recapitulatif`,
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { intent: "submit" },
    });
    expect(submitted.status).toBe(302);
    expect((await autosave()).status).toBe(409);
    const step = await client.call(stepRoute.loader, {
      path: stepPath(draft.id, 2),
      params: { id: draft.id, n: "2" },
      cookie: draft.cookie,
    });
    expect(step.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
  });
});

describe("uploads", () => {
  it("adds a PDF, refuses an executable renamed .pdf and a body over the cap", async () => {
    const draft = await readyDraft();
    const renamed = await upload(
      draft.cookie,
      draft.id,
      "other",
      new File([sampleExe()], "statuts.pdf"),
    );
    expect(renamed.status).toBe(400);
    expect(renamed.data).toMatchObject({ upload: { problem: "type", fileName: "statuts.pdf" } });
    const tooLarge = await client.call(stepRoute.action, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
      form: multipart({
        intent: "upload",
        kind: "other",
        file: new File([new Uint8Array(11 * 1024 * 1024)], "gros.pdf"),
      }),
    });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.data).toMatchObject({ upload: { problem: "file_too_large" } });
    const step = await client.call(stepRoute.loader, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
    });
    expect(
      (step.data as { attachments: { fileName: string }[] }).attachments.map((a) => a.fileName),
    ).toEqual(["Statuts signés.pdf", "Comptes 2025.pdf"]);
  });

  it("names a 20 MB scan it refuses unread, and sends the page the server's limit", async () => {
    const draft = await readyDraft();
    const step = await client.call(stepRoute.loader, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
    });
    const { uploadLimit, attachments } = step.data as {
      uploadLimit: { fileMaxBytes: number; remainingTotalBytes: number };
      attachments: { sizeBytes: number }[];
    };
    const used = attachments.reduce((sum, file) => sum + file.sizeBytes, 0);
    expect(uploadLimit).toEqual({
      fileMaxBytes: 10 * 1024 * 1024,
      remainingTotalBytes: 50 * 1024 * 1024 - used,
    });
    // As a browser sends it: the whole body with its length, refused before it is parsed.
    const scan = new Request("http://localhost/x", {
      method: "POST",
      body: multipart({
        intent: "upload",
        kind: "other",
        file: new File([new Uint8Array(20 * 1024 * 1024)], "Scan des statuts (couleur).pdf"),
      }),
    });
    const bytes = new Uint8Array(await scan.arrayBuffer());
    const refused = await client.call(stepRoute.action, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
      body: bytes,
      headers: {
        "content-type": scan.headers.get("content-type") as string,
        "content-length": String(bytes.byteLength),
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({
      upload: { problem: "file_too_large", fileName: "Scan des statuts (couleur).pdf" },
    });
    // The same file streamed without a length is named too.
    const streamed = await client.call(stepRoute.action, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
      form: multipart({
        intent: "upload",
        kind: "other",
        file: new File([new Uint8Array(20 * 1024 * 1024)], "photo.jpg"),
      }),
    });
    expect(streamed.data).toMatchObject({
      upload: { problem: "file_too_large", fileName: "photo.jpg" },
    });
    // An accepted file's notice goes beside the list of documents (the page hides it on error).
    const added = await upload(draft.cookie, draft.id, "other", new File([samplePdf()], "a.pdf"));
    expect(added.location).toBe(`${stepPath(draft.id, 4)}#documents`);
  });

  it("refuses to continue while a required document is missing", async () => {
    const session = await applicantSession();
    const id = await buildDraft(services.db, {
      organizationId: session.organizationId,
      programId,
      createdBy: session.actor.id,
      data: completeSteps(),
    });
    await upload(session.cookie, id, "statutes", new File([samplePdf()], "statuts.pdf"));
    const answer = await client.call(stepRoute.action, {
      path: stepPath(id, 4),
      params: { id, n: "4" },
      cookie: session.cookie,
      form: { intent: "continue" },
    });
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({ missing: ["accounts"] });
  });
});

describe("submission, documents and receipt", () => {
  it("gives one application for two clicks on submit, then downloads for the right people only", async () => {
    const draft = await readyDraft();
    const submitOnce = () =>
      client.call(summaryRoute.action, {
        path: `/espace/candidatures/${draft.id}/recapitulatif`,
        params: { id: draft.id },
        cookie: draft.cookie,
        form: { intent: "submit" },
      });
    const [first, second] = await Promise.all([submitOnce(), submitOnce()]);
    for (const answer of [first, second]) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
      expect(answer.headers.get("set-cookie")).toMatch(/^notice=/);
    }
    const rows = await services.db
      .select()
      .from(applications)
      .where(eq(applications.organizationId, draft.organizationId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.number).toMatch(/^DE-\d{4}-\d{5}$/);

    const follow = await client.call(followRoute.loader, {
      path: `/espace/candidatures/${draft.id}`,
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    const { view } = follow.data as {
      view: { submission: { attachments: { id: string }[] }; timeline: { action: string }[] };
    };
    expect(view.timeline.map((event) => event.action)).toEqual(["create", "submit"]);
    const attachmentId = view.submission.attachments[0]?.id as string;
    const download = (cookie?: string) =>
      client.call(downloadRoute.loader, {
        path: `/espace/candidatures/${draft.id}/pieces/${attachmentId}`,
        params: { id: draft.id, attachmentId },
        cookie,
      });
    const mine = await download(draft.cookie);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("application/pdf");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(mine.headers.get("content-disposition")).toBe(
      "attachment; filename=\"Statuts signes.pdf\"; filename*=UTF-8''Statuts%20sign%C3%A9s.pdf",
    );
    expect(new Uint8Array(await (mine.response as Response).arrayBuffer())).toEqual(
      samplePdf("Statuts signés.pdf"),
    );

    expect((await download()).status).toBe(302);
    expect((await download((await applicantSession()).cookie)).status).toBe(404);
    expect((await download((await staffSession("instructor")).cookie)).status).toBe(200);
    expect((await download((await staffSession("funder")).cookie)).status).toBe(404);
    // Antenna managers read the files of their antennas' queue (routed at submission, ADR 0008):
    // Lyon's does not see a Marseille application, nor does an antenna of another programme
    // covering the same département; Marseille's does.
    const outside = await staffSession("antenna_manager");
    await services.db
      .insert(staffScopes)
      .values({ userId: outside.id, antennaId: await digitessAntennaId(services.db, "Lyon") });
    expect((await download(outside.cookie)).status).toBe(404);
    const otherProgramme = await staffSession("antenna_manager");
    await buildAntennaScope(services.db, { userId: otherProgramme.id, departements: ["13"] });
    expect((await download(otherProgramme.cookie)).status).toBe(404);
    const inside = await staffSession("antenna_manager");
    await services.db
      .insert(staffScopes)
      .values({ userId: inside.id, antennaId: await digitessAntennaId(services.db, "Marseille") });
    expect((await download(inside.cookie)).status).toBe(200);

    const receipt = await client.call(receiptRoute.loader, {
      path: `/espace/candidatures/${draft.id}/recu.pdf`,
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await (receipt.response as Response).arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("hides a draft's files from staff and has no receipt before submission", async () => {
    const draft = await readyDraft();
    const step = await client.call(stepRoute.loader, {
      path: stepPath(draft.id, 4),
      params: { id: draft.id, n: "4" },
      cookie: draft.cookie,
    });
    const attachmentId = (step.data as { attachments: { id: string }[] }).attachments[0]
      ?.id as string;
    const staff = await staffSession("instructor");
    const answer = await client.call(downloadRoute.loader, {
      path: "/x",
      params: { id: draft.id, attachmentId },
      cookie: staff.cookie,
    });
    expect(answer.status).toBe(404);
    const receipt = await client.call(receiptRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    expect(receipt.status).toBe(404);
  });
});

describe("following", () => {
  it("answers an information request with text and files through the page's multipart form", async () => {
    const draft = await readyDraft();
    await client.call(summaryRoute.action, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { intent: "submit" },
    });
    const staff = await buildStaff(services.db);
    for (const action of ["start_review", "request_information"] as const) {
      expect(
        (
          await transitionApplication({
            db: services.db,
            applicationId: draft.id,
            action,
            actor: staff,
          })
        ).to,
      ).toBeTruthy();
    }
    const before = await client.call(followRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    expect((before.data as { view: { canAnswer: boolean } }).view.canAnswer).toBe(true);
    const answer = (body: string, files: File[]) => {
      const form = new FormData();
      form.append("intent", "answer");
      form.append("body", body);
      for (const file of files) form.append("files", file);
      return client.call(followRoute.action, {
        path: "/x",
        params: { id: draft.id },
        cookie: draft.cookie,
        body: form,
      });
    };
    const empty = await answer("", []);
    expect(empty.data).toMatchObject({
      formId: "answer",
      result: { error: { body: ["Écrivez votre message."] } },
    });
    const refused = await answer("Voici le devis.", [new File([sampleExe()], "devis.pdf")]);
    expect(refused.data).toMatchObject({
      formId: "answer",
      refused: "file",
      result: { error: { files: [expect.any(String)] }, initialValue: { body: "Voici le devis." } },
    });
    const sent = await answer("Voici le devis.", [new File([samplePdf("Devis")], "devis.pdf")]);
    expect(sent.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
    expect(sent.headers.get("set-cookie")).toMatch(/^notice=/);
    const after = await client.call(followRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    const view = (
      after.data as {
        view: {
          application: { status: string };
          messages: { body: string; files: { fileName: string }[] }[];
          timeline: { action: string }[];
        };
      }
    ).view;
    expect(view.application.status).toBe("in_review");
    expect(view.messages.at(-1)).toMatchObject({
      body: "Voici le devis.",
      files: [{ fileName: "devis.pdf" }],
    });
    expect(view.timeline.map((event) => event.action)).toEqual([
      "create",
      "submit",
      "start_review",
      "request_information",
      "answer_information",
    ]);
  });

  it("sends a message to the team and withdraws after confirmation", async () => {
    const draft = await readyDraft();
    await client.call(summaryRoute.action, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { intent: "submit" },
    });
    const empty = await client.call(followRoute.action, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { intent: "message", body: "   " },
    });
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({
      formId: "message",
      result: { error: { body: ["Écrivez votre message."] } },
    });
    const sent = await client.call(followRoute.action, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { intent: "message", body: "Bonjour, une question sur le calendrier." },
    });
    expect(sent.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
    expect(sent.headers.get("set-cookie")).toMatch(/^notice=/);
    const page = await client.call(withdrawRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    expect(page.status).toBe(200);
    const withdrawn = await client.call(withdrawRoute.action, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
      form: { reason: "Nous avons trouvé un autre financement." },
    });
    expect(withdrawn.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
    expect(withdrawn.headers.get("set-cookie")).toMatch(/^notice=/);
    const follow = await client.call(followRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    const view = (
      follow.data as {
        view: { application: { status: string }; canWithdraw: boolean; messages: unknown[] };
      }
    ).view;
    expect(view.application.status).toBe("withdrawn");
    expect(view.canWithdraw).toBe(false);
    expect(view.messages).toHaveLength(1);
    const again = await client.call(withdrawRoute.loader, {
      path: "/x",
      params: { id: draft.id },
      cookie: draft.cookie,
    });
    expect(again.headers.get("location")).toBe(`/espace/candidatures/${draft.id}`);
  });
});
