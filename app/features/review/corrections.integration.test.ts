/**
 * Correction after submission (issue 13): an instructor sends an application in review back for
 * correction naming steps and fields; the applicant edits only those steps (pages, autosave and
 * documents), resubmits, and the file shows the change. Every refusal stores nothing.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDraftData } from "~/features/applications";
import * as autosaveRoute from "~/routes/applications/autosave";
import * as followRoute from "~/routes/applications/follow";
import * as resubmitRoute from "~/routes/applications/resubmit";
import * as stepRoute from "~/routes/applications/step";
import * as correctionRoute from "~/routes/review/request-correction";
import type { Services } from "~/services.server";
import { applicationAttachments, applications, correctionRequests } from "../../../db/schema";
import { projectValues } from "../../../tests/factories/application-values";
import { samplePdf } from "../../../tests/factories/applications";
import { buildAntennaManager, buildSubmittedApplication } from "../../../tests/factories/review";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { listCorrections } from "./corrections.server";

let services: Services & { dataDir: string };
let client: RouteClient;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
});
afterAll(async () => {
  await services?.close();
});

const staffPath = (id: string) => `/instruction/candidatures/${id}/correction`;

async function row(applicationId: string) {
  const [found] = await services.db
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!found) throw new Error("no application");
  return found;
}

async function attachmentCount(applicationId: string) {
  const [result] = await services.db
    .select({ n: count() })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, applicationId));
  return result?.n ?? 0;
}

async function correctionCount(applicationId: string) {
  const [result] = await services.db
    .select({ n: count() })
    .from(correctionRequests)
    .where(eq(correctionRequests.applicationId, applicationId));
  return result?.n ?? 0;
}

function askCorrection(id: string, cookie: string, form: Record<string, string | string[]>) {
  return client.call(correctionRoute.action, {
    path: staffPath(id),
    params: { id },
    cookie,
    method: "POST",
    form,
  });
}

const validRequest = {
  steps: ["2", "4"],
  fields: ["situation"],
  message: "Précisez votre situation actuelle et joignez un devis.",
};

describe("the staff correction request", () => {
  it("is 404 for an antenna manager, a funder, an applicant and a bad id, and stores nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const manager = await buildAntennaManager(services.db, "Marseille");
    const managerCookie = await signIn(services, manager.email);
    const funder = await signInAs(services, { role: "funder" });
    const applicantCookie = await signIn(services, built.email);
    for (const cookie of [managerCookie, funder.cookie, applicantCookie]) {
      const page = await client.call(correctionRoute.loader, {
        path: staffPath(id),
        params: { id },
        cookie,
      });
      expect(page.status).toBe(404);
      expect((await askCorrection(id, cookie, validRequest)).status).toBe(404);
    }
    const instructor = await signInAs(services, { role: "instructor" });
    for (const bad of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const page = await client.call(correctionRoute.loader, {
        path: staffPath(bad),
        params: { id: bad },
        cookie: instructor.cookie,
      });
      expect(page.status).toBe(404);
    }
    expect(await correctionCount(id)).toBe(0);
    expect((await row(id)).status).toBe("in_review");
  });

  it("refuses a NUL character, a huge message, no step, an unknown or outside field (400)", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const instructor = await signInAs(services, { role: "instructor" });
    const cases = [
      { ...validRequest, message: "Bonjour\u0000" },
      { ...validRequest, message: "x".repeat(3001) },
      { ...validRequest, message: "   " },
      { ...validRequest, steps: [] },
      { ...validRequest, steps: ["9"] },
      { ...validRequest, fields: ["password"] },
      { ...validRequest, steps: ["4"], fields: ["situation"] },
    ];
    for (const form of cases) {
      const answer = await askCorrection(id, instructor.cookie, form);
      expect(answer.status, JSON.stringify(form).slice(0, 80)).toBe(400);
    }
    expect(await correctionCount(id)).toBe(0);
    expect((await row(id)).status).toBe("in_review");
  });

  it("refuses an application that is not in review (409)", async () => {
    const built = await buildSubmittedApplication(services, { status: "submitted" });
    const instructor = await signInAs(services, { role: "instructor" });
    const page = await client.call(correctionRoute.loader, {
      path: staffPath(built.applicationId),
      params: { id: built.applicationId },
      cookie: instructor.cookie,
    });
    expect(page.status).toBe(200);
    expect((page.data as { page: { canRequest: boolean } }).page.canRequest).toBe(false);
    const answer = await askCorrection(built.applicationId, instructor.cookie, validRequest);
    expect(answer.status).toBe(409);
    expect(await correctionCount(built.applicationId)).toBe(0);
  });
});

describe("the whole correction loop", () => {
  it("asks, lets only the named steps be edited, resubmits and shows what changed", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const instructor = await signInAs(services, { role: "instructor", name: "Inès Instructrice" });
    await services.db
      .update(applications)
      .set({ assignedTo: instructor.id })
      .where(eq(applications.id, id));
    const beforeData = readDraftData((await row(id)).data);

    // The instructor asks; the applicant is told by e-mail.
    const asked = await askCorrection(id, instructor.cookie, validRequest);
    expect(asked.status).toBe(302);
    expect(asked.location).toBe(staffPath(id));
    expect((await row(id)).status).toBe("correction_requested");
    const [request] = await services.db
      .select()
      .from(correctionRequests)
      .where(eq(correctionRequests.applicationId, id));
    expect(request).toMatchObject({
      steps: [2, 4],
      fields: ["situation"],
      message: validRequest.message,
      requestedBy: instructor.id,
      resubmittedAt: null,
    });
    const before = request?.before as { steps: Record<string, unknown>; attachments: unknown[] };
    expect(before.steps).toEqual(beforeData.steps);
    expect(before.attachments).toHaveLength(2);
    await waitForMail(services.outboxDir as string, built.email, "Corrections demandées");
    // Asking again while it is to correct: the state machine refuses.
    expect((await askCorrection(id, instructor.cookie, validRequest)).status).toBe(409);
    expect(await correctionCount(id)).toBe(1);

    // The applicant's follow page shows the request.
    const cookie = await signIn(services, built.email);
    const follow = await client.call(followRoute.loader, {
      path: `/espace/candidatures/${id}`,
      params: { id },
      cookie,
    });
    expect(follow.status).toBe(200);
    expect((follow.data as { view: { correction: unknown } }).view.correction).toMatchObject({
      message: validRequest.message,
      steps: [2, 4],
      fields: ["situation"],
    });

    // A step that was not named: the page, its form and the autosave refuse, nothing stored.
    const stepOne = { path: `/espace/candidatures/${id}/etape/1`, params: { id, n: "1" }, cookie };
    const lockedPage = await client.call(stepRoute.loader, stepOne);
    expect(lockedPage.status).toBe(302);
    expect(lockedPage.location).toBe(`/espace/candidatures/${id}`);
    const lockedPost = await client.call(stepRoute.action, {
      ...stepOne,
      form: { intent: "save", name: "Autre nom" },
    });
    expect(lockedPost.status).toBe(302);
    const lockedAutosave = await client.call(autosaveRoute.action, {
      path: `/espace/candidatures/${id}/etape/3/enregistrer`,
      params: { id, n: "3" },
      cookie,
      form: { levels: "diagnostic" },
    });
    expect(lockedAutosave.status).toBe(409);
    expect(lockedAutosave.data).toEqual({ error: "step_locked" });
    expect(readDraftData((await row(id)).data).steps).toEqual(beforeData.steps);

    // Another organisation's member cannot reach it at all.
    const other = await buildSubmittedApplication(services, { organizationName: "Autre Asso" });
    const otherCookie = await signIn(services, other.email);
    const foreign = await client.call(stepRoute.loader, {
      path: `/espace/candidatures/${id}/etape/2`,
      params: { id, n: "2" },
      cookie: otherCookie,
    });
    expect(foreign.status).toBe(404);
    const foreignResubmit = await client.call(resubmitRoute.action, {
      path: `/espace/candidatures/${id}/renvoyer`,
      params: { id },
      cookie: otherCookie,
      method: "POST",
      form: {},
    });
    expect(foreignResubmit.status).toBe(404);

    // A named step: the page opens, the autosave and the form save, back to the follow page.
    const stepTwo = { path: `/espace/candidatures/${id}/etape/2`, params: { id, n: "2" }, cookie };
    expect((await client.call(stepRoute.loader, stepTwo)).status).toBe(200);
    const corrected = {
      ...projectValues,
      axes: "housing",
      situation: "Nous utilisons un tableur partagé.",
    };
    const autosaved = await client.call(autosaveRoute.action, {
      path: `/espace/candidatures/${id}/etape/2/enregistrer`,
      params: { id, n: "2" },
      cookie,
      form: { ...corrected, situation: "brouillon" },
    });
    expect(autosaved.status).toBe(200);
    const saved = await client.call(stepRoute.action, {
      ...stepTwo,
      form: { ...corrected, intent: "continue" },
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/espace/candidatures/${id}`);
    expect(readDraftData((await row(id)).data).steps["2"]).toEqual(corrected);
    // Documents (step 4 is named): a quote is added through the step page.
    const form = new FormData();
    form.append("intent", "upload");
    form.append("kind", "quote");
    form.append("file", new File([samplePdf("Devis")], "devis.pdf"));
    const uploaded = await client.call(stepRoute.action, {
      path: `/espace/candidatures/${id}/etape/4`,
      params: { id, n: "4" },
      cookie,
      form,
    });
    expect(uploaded.status).toBe(302);

    // Resubmission: the confirmation, then the state, the request's after, the assignee told.
    const confirm = await client.call(resubmitRoute.loader, {
      path: `/espace/candidatures/${id}/renvoyer`,
      params: { id },
      cookie,
    });
    expect(confirm.status).toBe(200);
    expect((confirm.data as { view: { problems: unknown[] } }).view.problems).toEqual([]);
    const resubmitted = await client.call(resubmitRoute.action, {
      path: `/espace/candidatures/${id}/renvoyer`,
      params: { id },
      cookie,
      method: "POST",
      form: {},
    });
    expect(resubmitted.status).toBe(302);
    const after = await row(id);
    expect(after.status).toBe("in_review");
    expect(after.lastApplicantActivityAt).not.toBeNull();
    await waitForMail(services.outboxDir as string, instructor.email, "corrigée et renvoyée");
    // Once resubmitted: the page sends back to the follow page, a second POST is refused.
    const again = await client.call(resubmitRoute.action, {
      path: `/espace/candidatures/${id}/renvoyer`,
      params: { id },
      cookie,
      method: "POST",
      form: {},
    });
    expect(again.status).toBe(409);
    expect(
      (await client.call(stepRoute.loader, stepTwo)).status,
      "no step is editable in review",
    ).toBe(302);

    // The file's history: before / after per field.
    const [entry] = await listCorrections(services.db, id);
    expect(entry).toMatchObject({
      requestedByName: "Inès Instructrice",
      resubmittedByName: built.applicant.name,
    });
    expect(entry?.changes).toEqual([
      {
        step: 2,
        field: "situation",
        change: "changed",
        before: projectValues.situation,
        after: "Nous utilisons un tableur partagé.",
      },
      { step: 4, field: "quote", change: "added", before: null, after: ["devis.pdf"] },
    ]);
    const page = await client.call(correctionRoute.loader, {
      path: staffPath(id),
      params: { id },
      cookie: instructor.cookie,
    });
    expect(page.status).toBe(200);
    expect((page.data as { page: { corrections: unknown[] } }).page.corrections).toHaveLength(1);
  });

  it("refuses a resubmission that no longer validates, and changes nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "correction_requested" });
    const id = built.applicationId;
    // The factory moved the state without a request: the staff route's command writes one.
    await services.db.insert(correctionRequests).values({
      applicationId: id,
      message: "Revoyez le projet.",
      steps: [2],
      before: { steps: {}, attachments: [] },
    });
    const cookie = await signIn(services, built.email);
    // Step 4 is not named: an upload is refused before it is read, nothing attached.
    const form = new FormData();
    form.append("intent", "upload");
    form.append("kind", "quote");
    form.append("file", new File([samplePdf("Devis")], "devis.pdf"));
    const upload = await client.call(stepRoute.action, {
      path: `/espace/candidatures/${id}/etape/4`,
      params: { id, n: "4" },
      cookie,
      form,
    });
    expect(upload.status).toBe(302);
    expect(await attachmentCount(id)).toBe(2);
    const emptied = await client.call(stepRoute.action, {
      path: `/espace/candidatures/${id}/etape/2`,
      params: { id, n: "2" },
      cookie,
      form: { intent: "save", situation: "" },
    });
    expect(emptied.status).toBe(302);
    const refused = await client.call(resubmitRoute.action, {
      path: `/espace/candidatures/${id}/renvoyer`,
      params: { id },
      cookie,
      method: "POST",
      form: {},
    });
    expect(refused.status).toBe(409);
    expect((await row(id)).status).toBe("correction_requested");
    const [request] = await services.db
      .select()
      .from(correctionRequests)
      .where(eq(correctionRequests.applicationId, id));
    expect(request?.resubmittedAt).toBeNull();
  });
});
