/**
 * The closing documents on a real database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg) and
 * the in-process worker: closing enqueues the `committee-documents` job, which stores the minutes
 * and each decision letter in the file store and mails each applicant their decision with the
 * letter attached (the outbox .eml holds the stored bytes); a second run stores the same files
 * and mails nothing more; an amendment mails the corrected letter. The downloads answer a PDF to
 * the session's preparers and members (a member with a conflict gets a copy without the item) and
 * to the applicant's organisation, 404 to everyone else and before closing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as letterRoute from "~/routes/committees/decision-letter";
import * as minutesRoute from "~/routes/committees/minutes";
import type { Services } from "~/services.server";
import { auditEvents, committeeDecisions } from "../../../db/schema";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { DEFAULT_TEST_PASSWORD } from "../../../tests/factories/users";
import { parsedMailsTo, waitForMail } from "../../../tests/support/mail";
import { pdfText } from "../../../tests/support/pdf-text";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices, eventually } from "../../../tests/support/test-services";
import { amendDecision } from "./amend-decision.server";
import { addItem } from "./change-agenda.server";
import { changeSessionStatus } from "./change-session-status.server";
import { closeSession } from "./close-session.server";
import {
  letterStorageKey,
  minutesStorageKey,
  produceClosingDocuments,
} from "./closing-documents.server";
import { decideItem } from "./decide-item.server";
import { declareConflict } from "./declare-conflict.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: SignedInUser;
let funderSide: SignedInUser;
let conflicted: SignedInUser;
let secondOperator: SignedInUser;
let outsider: SignedInUser;
let sessionId: string;
const apps: { applicationId: string; number: string; email: string; cookie: string }[] = [];
const items: string[] = [];
let otherApplicant: SignedInUser;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  funderSide = await signInAs(services, { role: "committee_member", name: "Inès Carpentier" });
  conflicted = await signInAs(services, { role: "committee_member", name: "Paul Lefèvre" });
  secondOperator = await signInAs(services, { role: "committee_member", name: "Thomas Roux" });
  outsider = await signInAs(services, { role: "committee_member", name: "Hors Séance" });
  otherApplicant = await signInAs(services, { role: "applicant", name: "Autre Structure" });
  for (const name of ["Alpha Clôture", "Bêta Clôture"]) {
    const built = await buildSubmittedApplication(services, {
      organizationName: name,
      status: "ready_for_committee",
    });
    apps.push({
      applicationId: built.applicationId,
      number: built.number,
      email: built.email,
      cookie: await signIn(services, built.email, DEFAULT_TEST_PASSWORD),
    });
  }
  const { db } = services;
  sessionId = await buildCommitteeSession(db, {
    members: [
      { userId: funderSide.id, side: "funder", present: true },
      { userId: conflicted.id, side: "operator", present: true },
      { userId: secondOperator.id, side: "operator", present: true },
    ],
  });
  for (const app of apps) {
    const { itemId } = await addItem({
      db,
      actor: instructor,
      sessionId,
      applicationId: app.applicationId,
    });
    items.push(itemId);
  }
  // Paul Lefèvre declares a conflict of interest on the second application (Bêta).
  await declareConflict({ db, actor: conflicted, sessionId, itemId: items[1] as string });
  await changeSessionStatus({
    db,
    jobs: services.jobs,
    actor: instructor,
    sessionId,
    action: "open_pre_review",
  });
  await changeSessionStatus({
    db,
    jobs: services.jobs,
    actor: instructor,
    sessionId,
    action: "start_session",
  });
  await decideItem({
    db,
    actor: funderSide,
    sessionId,
    itemId: items[0] as string,
    input: {
      outcome: "refused",
      refusalReason: "priorities",
      applicantMessage: "Votre projet ne relève pas des axes du programme.",
      amendmentReason: null,
    },
  });
  await decideItem({
    db,
    actor: funderSide,
    sessionId,
    itemId: items[1] as string,
    input: {
      outcome: "postponed",
      missing: "Le budget prévisionnel 2027 signé.",
      amendmentReason: null,
    },
  });
});
afterAll(async () => {
  await services?.close();
});

const getMinutes = (cookie: string | undefined, id = sessionId) =>
  client.call(minutesRoute.loader, {
    path: `/comites/${id}/proces-verbal.pdf`,
    params: { sessionId: id },
    cookie,
  });
const getLetter = (cookie: string | undefined, applicationId: string) =>
  client.call(letterRoute.loader, {
    path: `/espace/candidatures/${applicationId}/decision.pdf`,
    params: { id: applicationId },
    cookie,
  });

async function bytesOf(outcome: { response: Response | null }): Promise<Buffer> {
  if (!outcome.response) throw new Error("no response body");
  return Buffer.from(await outcome.response.clone().arrayBuffer());
}

async function stored(key: string): Promise<Buffer | null> {
  const stream = await services.storage.get(key);
  return stream ? Buffer.from(await new Response(stream).arrayBuffer()) : null;
}

/** Every .eml of the outbox to `to`, parsed with its attachments. */
const mailsTo = (to: string) => parsedMailsTo(services.outboxDir as string, to);

async function closingDecisionId(itemId: string, revision = 0): Promise<string> {
  const [row] = await services.db
    .select({ id: committeeDecisions.id })
    .from(committeeDecisions)
    .where(and(eq(committeeDecisions.itemId, itemId), eq(committeeDecisions.revision, revision)));
  return row?.id as string;
}

describe("before closing", () => {
  it("has no minutes and no letter to download (404)", async () => {
    expect((await getMinutes(instructor.cookie)).status).toBe(404);
    expect((await getMinutes(funderSide.cookie)).status).toBe(404);
    expect((await getLetter(apps[0]?.cookie, apps[0]?.applicationId as string)).status).toBe(404);
  });
});

describe("closing", () => {
  it("stores the minutes and mails each applicant their decision with its letter", async () => {
    await closeSession({
      db: services.db,
      jobs: services.jobs,
      actor: funderSide,
      sessionId,
      appUrl: services.env.APP_URL,
    });
    const minutes = await eventually(() => stored(minutesStorageKey(sessionId)), 30_000);
    const text = pdfText(minutes);
    expect(text).toContain("Procès-verbal du comité de criblage");
    expect(text).toContain(`Dossier ${apps[0]?.number} – Alpha Clôture`);
    expect(text).toContain("Motif : Projet hors des priorités du programme");
    expect(text).toContain(`Dossier ${apps[1]?.number} – Bêta Clôture`);
    expect(text).toContain("Ce qui manque pour décider : Le budget prévisionnel 2027 signé.");
    expect(text).toContain("Paul Lefèvre : dossier");

    const refused = await waitForMail(
      services.outboxDir as string,
      apps[0]?.email as string,
      "n'est pas retenue",
    );
    expect(refused.text).toContain("Votre projet ne relève pas des axes du programme.");
    expect(refused.text).toContain(
      "La lettre de décision du comité est jointe à ce courriel (PDF)",
    );
    const mail = (await mailsTo(apps[0]?.email as string)).find((m) =>
      (m.subject ?? "").includes("n'est pas retenue"),
    );
    const attachment = mail?.attachments[0];
    expect(attachment?.filename).toBe(`decision-${apps[0]?.number}.pdf`);
    expect(attachment?.contentType).toBe("application/pdf");
    const letter = await stored(letterStorageKey(await closingDecisionId(items[0] as string)));
    expect(letter).not.toBeNull();
    expect(attachment?.content.equals(letter as Buffer)).toBe(true);
    const letterText = pdfText(letter as Buffer);
    expect(letterText).toContain("Votre candidature n'est pas retenue");
    expect(letterText).toContain("Message du comité : Votre projet ne relève pas des axes");

    await waitForMail(services.outboxDir as string, apps[1]?.email as string, "ajournée");
    const postponed = (await mailsTo(apps[1]?.email as string)).find((m) =>
      (m.subject ?? "").includes("ajournée"),
    );
    expect(pdfText(postponed?.attachments[0]?.content as Buffer)).toContain(
      "Pour décider, le comité a besoin de : Le budget prévisionnel 2027 signé.",
    );
  }, 60_000);

  it("is idempotent: run again, it stores the same files and mails nothing more", async () => {
    const before = (await mailsTo(apps[0]?.email as string)).length;
    const again = await produceClosingDocuments({
      db: services.db,
      storage: services.storage,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      sessionId,
    });
    expect(again).toEqual({ letters: 2, mailed: 0 });
    const marks = await services.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.action, "committee_item.decision_mailed"));
    expect(marks).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailsTo(apps[0]?.email as string)).toHaveLength(before);
  }, 30_000);
});

describe("downloads", () => {
  it("gives the stored minutes to the preparers and the members, 404 to anyone else", async () => {
    const minutes = (await stored(minutesStorageKey(sessionId))) as Buffer;
    for (const reader of [instructor, funderSide, secondOperator]) {
      const answer = await getMinutes(reader.cookie);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("application/pdf");
      expect(answer.headers.get("content-disposition")).toContain("proces-verbal-comite-");
      expect((await bytesOf(answer)).equals(minutes)).toBe(true);
    }
    expect((await getMinutes(undefined)).status).toBe(302);
    for (const stranger of [outsider, otherApplicant, { cookie: apps[0]?.cookie }]) {
      expect((await getMinutes(stranger.cookie)).status).toBe(404);
    }
    expect((await getMinutes(instructor.cookie, "not-a-uuid")).status).toBe(404);
    expect(
      (await getMinutes(instructor.cookie, "5b0d6a6e-0000-4000-8000-000000000001")).status,
    ).toBe(404);
  });

  it("gives a member with a conflict a copy without the item, and says so", async () => {
    const answer = await getMinutes(conflicted.cookie);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(await bytesOf(answer));
    expect(text).toContain(`Dossier ${apps[0]?.number} – Alpha Clôture`);
    expect(text).not.toContain("Bêta Clôture");
    expect(text).not.toContain("Le budget prévisionnel 2027");
    expect(text).not.toContain(apps[1]?.number as string);
    expect(text).not.toContain("Paul Lefèvre : dossier");
    expect(text).not.toContain("Aucun conflit d'intérêts n'a été déclaré.");
    expect(text).toContain(
      "Dossiers non présentés dans cette copie, en raison d'un conflit d'intérêts que vous avez déclaré : 1.",
    );
    expect(text).toContain("Dossiers examinés : 1. Acceptés : 0, refusés : 1, ajournés : 0.");
  });

  it("gives the applicant's organisation its decision letter, 404 to anyone else", async () => {
    const [alpha, beta] = apps as [(typeof apps)[0], (typeof apps)[0]];
    const answer = await getLetter(alpha.cookie, alpha.applicationId);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toContain(`decision-${alpha.number}.pdf`);
    const letter = await stored(letterStorageKey(await closingDecisionId(items[0] as string)));
    expect((await bytesOf(answer)).equals(letter as Buffer)).toBe(true);
    // Another organisation's application, staff and committee members: 404.
    expect((await getLetter(beta.cookie, alpha.applicationId)).status).toBe(404);
    for (const stranger of [otherApplicant, instructor, funderSide]) {
      expect((await getLetter(stranger.cookie, alpha.applicationId)).status).toBe(404);
    }
    expect((await getLetter(undefined, alpha.applicationId)).status).toBe(302);
  });
});

describe("an amendment after closing", () => {
  it("mails the corrected decision with the corrected letter, which the download then gives", async () => {
    await amendDecision({
      db: services.db,
      jobs: services.jobs,
      actor: funderSide,
      sessionId,
      itemId: items[0] as string,
      input: {
        outcome: "refused",
        refusalReason: "other_scheme",
        applicantMessage: "Le dispositif régional du numérique solidaire vous conviendra mieux.",
        amendmentReason: "Motif mal saisi en séance.",
      },
      appUrl: services.env.APP_URL,
    });
    const mail = await waitForMail(
      services.outboxDir as string,
      apps[0]?.email as string,
      "Décision corrigée",
    );
    expect(mail.text).toContain("Le dispositif régional du numérique solidaire");
    const corrected = (await mailsTo(apps[0]?.email as string)).find((m) =>
      (m.subject ?? "").includes("Décision corrigée"),
    );
    const attachment = corrected?.attachments[0];
    expect(attachment?.filename).toBe(`decision-${apps[0]?.number}-avenant-1.pdf`);
    const letter = await stored(letterStorageKey(await closingDecisionId(items[0] as string, 1)));
    expect(attachment?.content.equals(letter as Buffer)).toBe(true);
    const text = pdfText(letter as Buffer);
    expect(text).toContain("Cette lettre remplace la précédente");
    expect(text).toContain("Motif de la correction : Motif mal saisi en séance.");
    expect(text).toContain("Motif : Projet mieux servi par un autre dispositif");
    // The applicant's download is now the corrected letter; the minutes stay the meeting's.
    const download = await getLetter(apps[0]?.cookie, apps[0]?.applicationId as string);
    expect((await bytesOf(download)).equals(letter as Buffer)).toBe(true);
    expect(pdfText(await bytesOf(await getMinutes(instructor.cookie)))).toContain(
      "Projet hors des priorités du programme",
    );
  }, 60_000);
});
