/**
 * The applications commands on a real database (PGlite, or PostgreSQL with TEST_DB_DRIVER=pg):
 * drafts, documents, submission (idempotent, numbered), receipt, acknowledgement, timeline,
 * messages, information requests and withdrawal.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskStorage } from "~/platform/storage/disk-storage.server";
import type { Services } from "~/services.server";
import {
  applicationEvents,
  applicationLevels,
  applicationNumberSequences,
  applicationSubmissions,
  applications,
  auditEvents,
} from "../../../db/schema";
import {
  buildApplicant,
  buildDraft,
  buildStaff,
  completeSteps,
  digitessProgramId,
  sampleExe,
  samplePdf,
  samplePng,
} from "../../../tests/factories/applications";
import { waitForMail } from "../../../tests/support/mail";
import { pdfLines } from "../../../tests/support/pdf-text";
import { createTestServices } from "../../../tests/support/test-services";
import { addAttachment } from "./add-attachment.server";
import { answerInformationRequest } from "./answer-information-request.server";
import { createApplicationDraft } from "./create-draft.server";
import { readDraftData } from "./draft";
import { postMessage } from "./post-message.server";
import { listEvents, listMessages, loadProgramConfig } from "./queries.server";
import { renderReceipt } from "./receipt.server";
import { removeAttachment } from "./remove-attachment.server";
import { ATTACHMENT_MAX_BYTES } from "./rules";
import { saveDraftStep } from "./save-draft-step.server";
import type { SubmissionSnapshot } from "./snapshot";
import { submitApplication } from "./submit-application.server";
import { transitionApplication } from "./transition-application.server";
import { withdrawApplication } from "./withdraw-application.server";

let services: Services & { dataDir: string };
let programId: string;
const storage = createDiskStorage({ root: mkdtempSync(path.join(tmpdir(), "digitess-uploads-")) });
const file = (bytes: Uint8Array<ArrayBuffer>, name: string) => new File([bytes], name);

beforeAll(async () => {
  services = await createTestServices();
  programId = await digitessProgramId(services.db);
});
afterAll(async () => {
  await services?.close();
});

/** An applicant with a complete draft and its two required documents. */
async function readyDraft(overrides: Parameters<typeof completeSteps>[0] = {}) {
  const applicant = await buildApplicant(services.db);
  const applicationId = await buildDraft(services.db, {
    organizationId: applicant.organizationId,
    programId,
    createdBy: applicant.actor.id,
    data: completeSteps(overrides),
  });
  for (const [kind, name] of [
    ["statutes", "statuts.pdf"],
    ["accounts", "comptes-2025.pdf"],
  ] as const) {
    const added = await addAttachment({
      db: services.db,
      storage,
      actor: applicant.actor,
      applicationId,
      organizationId: applicant.organizationId,
      kind,
      file: file(samplePdf(name), name),
    });
    expect(added.attachmentId).toBeTruthy();
  }
  return { ...applicant, applicationId };
}

function submit(draft: Awaited<ReturnType<typeof readyDraft>>, now?: Date) {
  return submitApplication({
    db: services.db,
    jobs: services.jobs,
    actor: draft.actor,
    applicationId: draft.applicationId,
    organizationId: draft.organizationId,
    appUrl: services.env.APP_URL,
    now,
  });
}

describe("drafts", () => {
  it("creates one draft per organisation and programme, prefilled from the organisation", async () => {
    const applicant = await buildApplicant(services.db, {
      organizationName: "Les Amis du Quartier",
    });
    const options = {
      db: services.db,
      actor: applicant.actor,
      organizationId: applicant.organizationId,
      programId,
    };
    const [first, second] = await Promise.all([
      createApplicationDraft(options),
      createApplicationDraft(options),
    ]);
    expect(first.id).toBe(second.id);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    const [row] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, first.id));
    expect(readDraftData(row?.data).steps["1"]).toMatchObject({
      name: "Les Amis du Quartier",
      legalForm: "association",
      creationDate: "2015-06-15",
      postcode: "13001",
      departement: "13",
      contactName: "Nadia Martin",
    });
    // Step 2's axes come ticked from the profile's fields of action (the factory: housing).
    expect(readDraftData(row?.data).steps["2"]).toEqual({ axes: ["housing"] });
    const events = await listEvents(services.db, first.id);
    expect(events.map((event) => [event.action, event.toStatus])).toEqual([["create", "draft"]]);
  });

  it("saves each step on its own and resumes where the applicant stopped", async () => {
    const applicant = await buildApplicant(services.db);
    const { id } = await createApplicationDraft({
      db: services.db,
      actor: applicant.actor,
      organizationId: applicant.organizationId,
      programId,
    });
    const save = (step: 2 | 3, values: Record<string, string | string[]>, reachedStep?: number) =>
      saveDraftStep({
        db: services.db,
        actor: applicant.actor,
        applicationId: id,
        organizationId: applicant.organizationId,
        step,
        values,
        reachedStep,
        trigger: "autosave",
      });
    // Two steps saved at the same moment: neither overwrites the other.
    await Promise.all([
      save(2, { situation: "Sur papier", axes: ["housing"] }, 3),
      save(3, { levels: "diagnostic" }),
    ]);
    await save(2, { situation: "Sur papier, et un tableur" });
    const [row] = await services.db.select().from(applications).where(eq(applications.id, id));
    const data = readDraftData(row?.data);
    expect(data.steps["2"]).toEqual({ situation: "Sur papier, et un tableur" });
    expect(data.steps["3"]).toEqual({ levels: "diagnostic" });
    expect(data.steps["1"]?.name).toBe("Le Toit Partagé");
    expect(row?.currentStep).toBe(3);
    const audits = await services.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "application"), eq(auditEvents.entityId, id)));
    expect(audits.map((a) => a.action).sort()).toEqual(
      [
        "application.draft_step_autosaved",
        "application.draft_step_autosaved",
        "application.draft_step_autosaved",
        "application.draft_created",
      ].sort(),
    );
  });

  it("never saves into another organisation's draft, nor into a submitted one", async () => {
    const owner = await readyDraft();
    const other = await buildApplicant(services.db);
    const intruder = saveDraftStep({
      db: services.db,
      actor: other.actor,
      applicationId: owner.applicationId,
      organizationId: other.organizationId,
      step: 2,
      values: { situation: "piraté" },
      trigger: "save",
    });
    await expect(intruder).rejects.toMatchObject({ code: "not_draft" });
    await submit(owner);
    const late = saveDraftStep({
      db: services.db,
      actor: owner.actor,
      applicationId: owner.applicationId,
      organizationId: owner.organizationId,
      step: 2,
      values: { situation: "trop tard" },
      trigger: "autosave",
    });
    await expect(late).rejects.toMatchObject({ code: "not_draft" });
  });
});

describe("documents", () => {
  it("refuses an executable renamed .pdf, whatever its name says", async () => {
    const draft = await readyDraft();
    const result = addAttachment({
      db: services.db,
      storage,
      actor: draft.actor,
      applicationId: draft.applicationId,
      organizationId: draft.organizationId,
      kind: "other",
      file: file(sampleExe(), "statuts.pdf"),
    });
    await expect(result).rejects.toMatchObject({ code: "file", details: { problem: "type" } });
  });

  it("keeps the name for display only and stores the sniffed type", async () => {
    const draft = await readyDraft();
    const result = await addAttachment({
      db: services.db,
      storage,
      actor: draft.actor,
      applicationId: draft.applicationId,
      organizationId: draft.organizationId,
      kind: "other",
      file: file(samplePng(), "../../photo du local.pdf"),
    });
    expect(result).toMatchObject({ fileName: "photo du local.pdf" });
  });

  it("refuses a file over 10 MB and a file that would take the application over 50 MB", async () => {
    const draft = await readyDraft();
    const add = (bytes: Uint8Array<ArrayBuffer>, kind: "other" | "quote" = "other") =>
      addAttachment({
        db: services.db,
        storage,
        actor: draft.actor,
        applicationId: draft.applicationId,
        organizationId: draft.organizationId,
        kind,
        file: file(bytes, "gros.pdf"),
      });
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(samplePdf());
    await expect(add(big)).rejects.toMatchObject({ details: { problem: "file_too_large" } });
    const ten = new Uint8Array(ATTACHMENT_MAX_BYTES);
    ten.set(samplePdf());
    // Two small documents already there: four files of 10 MB fit, a fifth would pass 50 MB.
    for (let index = 0; index < 4; index++) expect((await add(ten)).attachmentId).toBeTruthy();
    await expect(add(ten)).rejects.toMatchObject({
      details: { problem: "application_total_too_large" },
    });
  });

  it("refuses a kind the chosen levels do not call for, and any change once submitted", async () => {
    const draft = await readyDraft({ "3": { levels: ["diagnostic"] } });
    const add = (kind: "specifications" | "other") =>
      addAttachment({
        db: services.db,
        storage,
        actor: draft.actor,
        applicationId: draft.applicationId,
        organizationId: draft.organizationId,
        kind,
        file: file(samplePdf(), "cdc.pdf"),
      });
    await expect(add("specifications")).rejects.toMatchObject({ details: { problem: "kind" } });
    expect((await submit(draft)).number).toBeTruthy();
    await expect(add("other")).rejects.toMatchObject({ code: "not_draft" });
  });

  it("removes a document of a draft, file included", async () => {
    const draft = await readyDraft();
    const added = await addAttachment({
      db: services.db,
      storage,
      actor: draft.actor,
      applicationId: draft.applicationId,
      organizationId: draft.organizationId,
      kind: "other",
      file: file(samplePdf(), "en-trop.pdf"),
    });
    const other = await buildApplicant(services.db);
    const scope = {
      db: services.db,
      storage,
      applicationId: draft.applicationId,
      attachmentId: added.attachmentId,
    };
    await expect(
      removeAttachment({
        ...scope,
        actor: other.actor,
        organizationId: other.organizationId,
      }),
    ).rejects.toMatchObject({ name: "NotFound" });
    await expect(
      removeAttachment({
        ...scope,
        actor: draft.actor,
        organizationId: draft.organizationId,
      }),
    ).resolves.toBeUndefined();
    await expect(
      removeAttachment({
        ...scope,
        actor: draft.actor,
        organizationId: draft.organizationId,
      }),
    ).rejects.toMatchObject({ name: "NotFound" });
  });
});

describe("submission", () => {
  it("refuses an incomplete application and lists what is missing", async () => {
    const applicant = await buildApplicant(services.db);
    const applicationId = await buildDraft(services.db, {
      organizationId: applicant.organizationId,
      programId,
      createdBy: applicant.actor.id,
      data: completeSteps({ "5": { swornStatement: "" } }),
    });
    const result = submitApplication({
      db: services.db,
      jobs: services.jobs,
      actor: applicant.actor,
      applicationId,
      organizationId: applicant.organizationId,
      appUrl: services.env.APP_URL,
    });
    await expect(result).rejects.toMatchObject({
      code: "invalid",
      details: {
        problems: [
          { step: 4, field: "statutes" },
          { step: 4, field: "accounts" },
          { step: 5, field: "swornStatement" },
        ],
      },
    });
  });

  it("submits once under concurrent clicks: one number, one event, one mail", async () => {
    const draft = await readyDraft();
    const results = await Promise.all([submit(draft), submit(draft), submit(draft)]);
    const numbers = results.map((result) => result.number);
    expect(new Set(numbers).size).toBe(1);
    expect(numbers[0]).toMatch(/^DE-\d{4}-\d{5}$/);
    expect(results.filter((result) => !result.alreadySubmitted)).toHaveLength(1);
    const events = await services.db
      .select()
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, draft.applicationId),
          eq(applicationEvents.action, "submit"),
        ),
      );
    expect(events).toHaveLength(1);
    const [row] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, draft.applicationId));
    expect(row).toMatchObject({
      status: "submitted",
      number: numbers[0],
      submittedBy: draft.actor.id,
      flaggedForReview: false,
    });
    const levels = await services.db
      .select()
      .from(applicationLevels)
      .where(eq(applicationLevels.applicationId, draft.applicationId));
    expect(
      levels
        .map((l) => [
          l.kind,
          l.totalCostCents,
          l.requestedRatePercent,
          l.programmeShareCents,
          l.remainingCents,
        ])
        .sort(),
    ).toEqual([
      ["diagnostic", null, 100, null, null],
      ["scoping", 1_200_000, 75, 900_000, 300_000],
    ]);
    const audits = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, draft.applicationId),
          eq(auditEvents.action, "application.submitted"),
        ),
      );
    expect(audits).toHaveLength(1);
    const mail = await waitForMail(services.outboxDir as string, draft.email, numbers[0] as string);
    // French amounts use no-break spaces ("12 000,00 €"); compare with plain ones.
    mail.text = mail.text.replace(/[\u00a0\u202f]/g, " ");
    expect(mail.subject).toBe(`Candidature ${numbers[0]} bien reçue`);
    expect(mail.text).toContain("Le Toit Partagé");
    expect(mail.text).toContain(
      "Cadrage : coût total 12 000,00 €, taux demandé 75 %, part du programme 9 000,00 €, reste à charge 3 000,00 €",
    );
    expect(mail.text).toContain("Diagnostic numérique : pris en charge à 100 %");
    expect(mail.text).toContain("statuts.pdf (Statuts,");
    expect(mail.text).toContain(
      `${services.env.APP_URL}/espace/candidatures/${draft.applicationId}/recu.pdf`,
    );
  });

  it("numbers applications one after the other within a year, and restarts each year", async () => {
    const year = 2091;
    await services.db
      .delete(applicationNumberSequences)
      .where(eq(applicationNumberSequences.year, year));
    const first = await submit(await readyDraft(), new Date(`${year}-03-01T10:00:00Z`));
    const second = await submit(await readyDraft(), new Date(`${year}-12-31T22:30:00Z`));
    // 31 December 23:30 UTC is already 1 January in Paris.
    const third = await submit(await readyDraft(), new Date(`${year}-12-31T23:30:00Z`));
    expect([first, second, third].map((r) => r.number)).toEqual([
      `DE-${year}-00001`,
      `DE-${year}-00002`,
      `DE-${year + 1}-00001`,
    ]);
  });

  it("flags an application whose eligibility must be checked, and refuses an ineligible one", async () => {
    const toCheck = await readyDraft({ "1": { legalForm: "unknown" } });
    const flagged = await submit(toCheck);
    expect(flagged).toMatchObject({ flaggedForReview: true });
    const [row] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, toCheck.applicationId));
    expect(row?.flaggedForReview).toBe(true);
    const [event] = await listEvents(services.db, toCheck.applicationId).then((events) =>
      events.filter((e) => e.action === "submit"),
    );
    expect(event?.reason).toBe("eligibility_to_check");

    const tooYoung = await readyDraft({
      "1": { creationDate: new Date().toISOString().slice(0, 10) },
    });
    await expect(submit(tooYoung)).rejects.toMatchObject({ code: "ineligible" });
    const [still] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, tooYoung.applicationId));
    expect(still?.status).toBe("draft");
  });

  it("freezes a snapshot that renders as a PDF receipt", async () => {
    const draft = await readyDraft({
      "3": {
        levels: ["scoping", "production"],
        productionTotalCost: "40 000",
        productionRatePercent: "50",
      },
    });
    const result = await submit(draft);
    const [row] = await services.db
      .select()
      .from(applicationSubmissions)
      .where(eq(applicationSubmissions.applicationId, draft.applicationId));
    const snapshot = row?.snapshot as SubmissionSnapshot;
    expect(snapshot.number).toBe(result.number);
    expect(snapshot.levels.map((l) => [l.label, l.programmeShareCents])).toEqual([
      ["Cadrage", 900_000],
      ["Production", 2_000_000],
    ]);
    expect(snapshot.attachments.map((a) => a.fileName)).toEqual([
      "statuts.pdf",
      "comptes-2025.pdf",
    ]);
    const pdf = await renderReceipt(snapshot);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
    // Rates and amounts keep their no-break spaces, so "50 %" never breaks before the sign.
    const text = pdfLines(pdf).join("\n");
    expect(text).toContain("50\u00a0%");
    expect(text).toContain("40\u00a0000,00\u00a0€");
  });
});

describe("after submission", () => {
  it("records each state change in the timeline through the state machine", async () => {
    const draft = await readyDraft();
    await submit(draft);
    const staff = await buildStaff(services.db);
    await expect(
      transitionApplication({
        db: services.db,
        applicationId: draft.applicationId,
        action: "start_review",
        actor: draft.actor,
      }),
    ).rejects.toMatchObject({ code: "role_not_allowed" });
    await expect(
      transitionApplication({
        db: services.db,
        applicationId: draft.applicationId,
        action: "accept",
        actor: staff,
      }),
    ).rejects.toMatchObject({ code: "not_allowed_from_state" });
    await expect(
      transitionApplication({
        db: services.db,
        applicationId: draft.applicationId,
        action: "start_review",
        actor: staff,
      }),
    ).resolves.toEqual({ from: "submitted", to: "in_review" });
    const events = await listEvents(services.db, draft.applicationId);
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorName])).toEqual([
      ["create", null, "draft", "Nadia Martin"],
      ["submit", "draft", "submitted", "Nadia Martin"],
      ["start_review", "submitted", "in_review", "Karim Benali"],
    ]);
  });

  it("threads messages and tells the other side by e-mail", async () => {
    const draft = await readyDraft();
    await submit(draft);
    const staff = await buildStaff(services.db);
    const base = {
      db: services.db,
      jobs: services.jobs,
      applicationId: draft.applicationId,
      appUrl: services.env.APP_URL,
    };
    expect(
      (await postMessage({ ...base, actor: staff, body: "Pouvez-vous préciser le budget ?" }))
        .messageId,
    ).toBeTruthy();
    const toApplicant = await waitForMail(
      services.outboxDir as string,
      draft.email,
      "Nouveau message",
    );
    expect(toApplicant.text).toContain(`/espace/candidatures/${draft.applicationId}`);
    expect(toApplicant.text).not.toContain("Pouvez-vous préciser le budget");
    expect(
      (
        await postMessage({
          ...base,
          actor: draft.actor,
          organizationId: draft.organizationId,
          body: "Oui : 12 000 €.",
        })
      ).messageId,
    ).toBeTruthy();
    await waitForMail(services.outboxDir as string, staff.email, "Nouveau message");
    const other = await buildApplicant(services.db);
    await expect(
      postMessage({
        ...base,
        actor: other.actor,
        organizationId: other.organizationId,
        body: "intrus",
      }),
    ).rejects.toMatchObject({ name: "NotFound" });
    const thread = await listMessages(services.db, draft.applicationId);
    expect(thread.map((m) => [m.authorName, m.body])).toEqual([
      ["Karim Benali", "Pouvez-vous préciser le budget ?"],
      ["Nadia Martin", "Oui : 12 000 €."],
    ]);
  });

  it("answers an information request with text and files, and the review resumes", async () => {
    const draft = await readyDraft();
    await submit(draft);
    const staff = await buildStaff(services.db);
    await transitionApplication({
      db: services.db,
      applicationId: draft.applicationId,
      action: "start_review",
      actor: staff,
    });
    await services.db.transaction(async (tx) => {
      const { applyTransition } = await import("./transition-application.server");
      const { insertMessage } = await import("./post-message.server");
      await applyTransition(tx, {
        applicationId: draft.applicationId,
        action: "request_information",
        actor: staff,
      });
      await insertMessage(tx, {
        jobs: services.jobs,
        actor: staff,
        applicationId: draft.applicationId,
        body: "Merci de joindre le devis.",
        isInformationRequest: true,
        appUrl: services.env.APP_URL,
      });
    });
    await waitForMail(services.outboxDir as string, draft.email, "Compléments demandés");
    const answer = (files: File[]) =>
      answerInformationRequest({
        db: services.db,
        jobs: services.jobs,
        storage,
        actor: draft.actor,
        applicationId: draft.applicationId,
        organizationId: draft.organizationId,
        body: "Voici le devis.",
        files,
        appUrl: services.env.APP_URL,
      });
    await expect(answer([file(sampleExe(), "devis.pdf")])).rejects.toMatchObject({
      code: "file",
      details: { problem: "type", fileName: "devis.pdf" },
    });
    expect(
      await answer([file(samplePdf("Devis"), "devis.pdf"), file(samplePng(), "photo.png")]),
    ).toMatchObject({ messageId: expect.any(String) });
    await expect(answer([])).rejects.toMatchObject({ code: "not_allowed_from_state" });
    const [row] = await services.db
      .select()
      .from(applications)
      .where(eq(applications.id, draft.applicationId));
    expect(row?.status).toBe("in_review");
    const thread = await listMessages(services.db, draft.applicationId);
    expect(thread.at(-1)).toMatchObject({ body: "Voici le devis.", authorName: "Nadia Martin" });
    expect(thread.at(-1)?.files.map((f) => f.fileName)).toEqual(["devis.pdf", "photo.png"]);
    await waitForMail(services.outboxDir as string, staff.email, "Nouveau message");
  });

  it("withdraws before a decision only, and only the organisation's own application", async () => {
    const draft = await readyDraft();
    await submit(draft);
    const other = await buildApplicant(services.db);
    await expect(
      withdrawApplication({
        db: services.db,
        actor: other.actor,
        applicationId: draft.applicationId,
        organizationId: other.organizationId,
      }),
    ).rejects.toMatchObject({ name: "NotFound" });
    await expect(
      withdrawApplication({
        db: services.db,
        actor: draft.actor,
        applicationId: draft.applicationId,
        organizationId: draft.organizationId,
        reason: "Projet abandonné",
      }),
    ).resolves.toEqual({ from: "submitted", to: "withdrawn" });
    await expect(
      withdrawApplication({
        db: services.db,
        actor: draft.actor,
        applicationId: draft.applicationId,
        organizationId: draft.organizationId,
      }),
    ).rejects.toMatchObject({ code: "not_allowed_from_state" });
    const events = await listEvents(services.db, draft.applicationId);
    expect(events.at(-1)).toMatchObject({
      action: "withdraw",
      toStatus: "withdrawn",
      reason: "Projet abandonné",
    });
  });

  it("loads the programme configuration it validates against", async () => {
    const program = await loadProgramConfig(services.db, programId);
    expect(program?.levels.map((l) => [l.kind, l.minRatePercent, l.maxRatePercent])).toEqual([
      ["diagnostic", 100, 100],
      ["scoping", 55, 75],
      ["production", 25, 50],
    ]);
    expect(program?.eligibilityRules.minimumAgeYears).toBe(3);
  });
});
