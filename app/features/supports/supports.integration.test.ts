/**
 * Supports on a real database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg), through the real
 * committee commands and the support page's route: closing a session creates one support per
 * granted level, its share split 70/30 across two funders to the cent; the antenna's manager plans
 * it, starts it, cannot deliver before a deliverable with its file nor close before the closing
 * meeting; closing asks each member of the structure for their opinion; the programme team
 * records invoices and payments within what is committed and invoiced; the envelopes' use follows;
 * another antenna's manager gets 404 and changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addItem,
  changeSessionStatus,
  closeSession,
  decideItem,
  programEnvelopes,
} from "~/features/committees/index.server";
import * as followRoute from "~/routes/applications/follow";
import * as supportsRoute from "~/routes/areas/support";
import * as supportRoute from "~/routes/supports/support";
import type { Services } from "~/services.server";
import {
  feedbackRequests,
  programs,
  staffScopes,
  supportFundingParts,
  supports,
} from "../../../db/schema";
import { digitessProgramId, samplePdf } from "../../../tests/factories/applications";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import {
  antennaOf,
  buildSubmittedApplication,
  digitessAntennaId,
} from "../../../tests/factories/review";
import { DEFAULT_TEST_PASSWORD } from "../../../tests/factories/users";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { envelopeUse } from "./queries.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: SignedInUser;
let member: SignedInUser;
let manager: SignedInUser;
let admin: SignedInUser;
let applicantCookie: string;
let antennaOfSupport: string;
let otherManager: SignedInUser;
let applicantEmail: string;
let applicationId: string;
let supportId: string;
let programId: string;
let funderIds: [string, string];

function post(cookie: string, form: Record<string, string> | FormData) {
  return client.call(supportRoute.action, {
    path: `/accompagnements/${supportId}`,
    params: { supportId },
    cookie,
    form,
  });
}

async function supportRow() {
  const [row] = await services.db.select().from(supports).where(eq(supports.id, supportId));
  return row;
}

function deliverableForm(fileName: string | null) {
  const form = new FormData();
  form.set("intent", "milestone");
  form.set("formId", "milestone");
  form.set("kind", "deliverable");
  form.set("title", "Rapport de cadrage");
  form.set("happenedOn", "2027-02-10");
  if (fileName) {
    form.set("file", new File([samplePdf(fileName)], fileName, { type: "application/pdf" }));
  }
  return form;
}

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  const { db, jobs } = services;
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  admin = await signInAs(services, { role: "admin", name: "Alex Admin" });
  member = await signInAs(services, { role: "committee_member", name: "Inès Carpentier" });
  const built = await buildSubmittedApplication(services, {
    organizationName: "Accompagnée Alpha",
    status: "ready_for_committee",
  });
  applicantEmail = built.email;
  applicationId = built.applicationId;
  const antennaId = await antennaOf(db, built.applicationId);
  if (!antennaId) throw new Error("the application has no antenna");
  antennaOfSupport = antennaId;
  manager = await signInAs(services, { role: "antenna_manager", name: "Nadia Consultante" });
  await db.insert(staffScopes).values({ userId: manager.id, antennaId });
  otherManager = await signInAs(services, { role: "antenna_manager", name: "Autre Antenne" });
  const other = await digitessAntennaId(db, "Lyon").catch(() => null);
  if (other && other !== antennaId) {
    await db.insert(staffScopes).values({ userId: otherManager.id, antennaId: other });
  }

  const sessionId = await buildCommitteeSession(db, {
    members: [
      { userId: member.id, side: "funder", present: true },
      { userId: instructor.id, side: "operator", present: true },
    ],
    minOperatorPresent: 0,
  });
  programId = await digitessProgramId(db);
  const envelopes = await programEnvelopes(db, programId);
  if (envelopes.length < 2) throw new Error("the demo programme needs two funders");
  funderIds = [envelopes[0]?.funderId as string, envelopes[1]?.funderId as string];
  // The programme splits each share 70 % / 30 % between its first two funders.
  await db
    .update(programs)
    .set({
      fundingSplit: [
        { funderId: funderIds[0], weight: 70 },
        { funderId: funderIds[1], weight: 30 },
      ],
    })
    .where(eq(programs.id, programId));
  const { itemId } = await addItem({
    db,
    actor: instructor,
    sessionId,
    applicationId: built.applicationId,
  });
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "open_pre_review" });
  await changeSessionStatus({ db, jobs, actor: instructor, sessionId, action: "start_session" });
  await decideItem({
    db,
    actor: member,
    sessionId,
    itemId,
    input: {
      outcome: "accepted",
      levels: [
        { kind: "diagnostic", granted: false, ratePercent: null, costCents: null, funderId: null },
        {
          kind: "scoping",
          granted: true,
          ratePercent: 70,
          costCents: 1_200_001,
          funderId: funderIds[0],
        },
      ],
      confirmOverEnvelope: true,
      amendmentReason: null,
    },
  });
  await closeSession({ db, jobs, actor: member, sessionId, appUrl: services.env.APP_URL });
  const [created] = await db
    .select({ id: supports.id })
    .from(supports)
    .where(eq(supports.applicationId, built.applicationId));
  supportId = created?.id as string;
});
afterAll(async () => {
  await services?.close();
});

describe("supports", () => {
  it("are created at closing, one per granted level, the share split to the cent", async () => {
    const row = await supportRow();
    expect(row).toMatchObject({
      levelKind: "scoping",
      status: "planned",
      costCents: 1_200_001,
      ratePercent: 70,
      // 12 000,01 € × 70 % = 8 400,007 €, half up: 8 400,01 €.
      shareCents: 840_001,
    });
    const parts = await services.db
      .select()
      .from(supportFundingParts)
      .where(eq(supportFundingParts.supportId, supportId))
      .orderBy(supportFundingParts.position);
    expect(parts.map((part) => [part.funderId, part.committedCents])).toEqual([
      // 70 % of 840 001 = 588 000,7 → 588 000 + the remainder (1 cent) to the first funder.
      [funderIds[0], 588_001],
      [funderIds[1], 252_000],
    ]);
    expect(parts.reduce((sum, part) => sum + part.committedCents, 0)).toBe(840_001);
  });

  it("shows the structure its support, waiting, with its place and an estimated start", async () => {
    applicantCookie = await signIn(services, applicantEmail, DEFAULT_TEST_PASSWORD);
    const page = await client.call(followRoute.loader, {
      path: `/espace/candidatures/${applicationId}`,
      params: { id: applicationId },
      cookie: applicantCookie,
    });
    expect(page.status).toBe(200);
    const [shown] = (
      page.data as { supports: { levelKind: string; status: string; place: unknown }[] }
    ).supports;
    expect(shown).toMatchObject({ levelKind: "scoping", status: "planned" });
    expect(shown?.place).toMatchObject({ position: 1, canStartNow: true });
  });

  it("waits when the antenna has no place left, as the administrator sets its capacity", async () => {
    const setScoping = (value: string, cookie = admin.cookie) =>
      client.call(supportsRoute.action, {
        path: "/accompagnements",
        cookie,
        form: {
          intent: "capacity",
          formId: "capacity",
          antennaId: antennaOfSupport,
          scoping: value,
        },
      });
    const placeNow = async () => {
      const page = await client.call(followRoute.loader, {
        path: `/espace/candidatures/${applicationId}`,
        params: { id: applicationId },
        cookie: applicantCookie,
      });
      return (page.data as { supports: { place: unknown }[] }).supports[0]?.place;
    };
    expect((await setScoping("101")).status).toBe(400);
    expect((await setScoping("0", instructor.cookie)).status).toBe(409);
    expect((await setScoping("0")).status).toBe(302);
    expect(await placeNow()).toMatchObject({
      position: 1,
      canStartNow: false,
      estimatedStartOn: null,
    });
    expect((await setScoping("")).status).toBe(302);
    expect(await placeNow()).toMatchObject({ canStartNow: true });
  });

  it("answers 404 to another antenna's manager and to staff without the area", async () => {
    for (const cookie of [otherManager.cookie, member.cookie]) {
      const page = await client.call(supportRoute.loader, {
        path: `/accompagnements/${supportId}`,
        params: { supportId },
        cookie,
      });
      expect(page.status).toBe(404);
      const move = await post(cookie, { intent: "status", formId: "status", action: "start" });
      expect(move.status).toBe(404);
    }
    expect((await supportRow())?.status).toBe("planned");
  });

  it("lets the programme team read it but not start it", async () => {
    const page = await client.call(supportRoute.loader, {
      path: `/accompagnements/${supportId}`,
      params: { supportId },
      cookie: instructor.cookie,
    });
    expect(page.status).toBe(200);
    const move = await post(instructor.cookie, {
      intent: "status",
      formId: "status",
      action: "start",
    });
    expect(move.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(move.data)).toContain("Votre rôle ne permet pas");
    expect((await supportRow())?.status).toBe("planned");
  });

  it("is planned and delivered by the antenna's manager, step by step", async () => {
    const plan = await post(manager.cookie, {
      intent: "plan",
      formId: "plan",
      consultantId: manager.id,
      plannedStart: "2027-02-01",
      plannedEnd: "2027-01-01",
      notes: "",
    });
    expect(plan.status).toBe(400);
    expect(JSON.stringify(plan.data)).toContain("La fin prévue ne peut pas précéder le début.");
    const planned = await post(manager.cookie, {
      intent: "plan",
      formId: "plan",
      consultantId: manager.id,
      plannedStart: "2027-02-01",
      plannedEnd: "2027-03-31",
      notes: "Premier rendez-vous au local de l'association.",
    });
    expect(planned.status).toBe(302);
    expect(await supportRow()).toMatchObject({
      consultantId: manager.id,
      plannedStart: "2027-02-01",
      plannedEnd: "2027-03-31",
    });

    expect(
      (await post(manager.cookie, { intent: "status", formId: "status", action: "start" })).status,
    ).toBe(302);
    const early = await post(manager.cookie, {
      intent: "status",
      formId: "status",
      action: "deliver",
    });
    expect(early.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(early.data)).toContain("Ajoutez d'abord un livrable avec son fichier.");

    const noFile = await post(manager.cookie, deliverableForm(null));
    expect(noFile.status).toBe(400);
    expect(JSON.stringify(noFile.data)).toContain("file");
    expect(JSON.stringify(noFile.data)).toContain("Joignez le fichier du livrable.");
    expect((await post(manager.cookie, deliverableForm("Rapport.pdf"))).status).toBe(302);
    expect(
      (await post(manager.cookie, { intent: "status", formId: "status", action: "deliver" }))
        .status,
    ).toBe(302);

    const notYet = await post(manager.cookie, {
      intent: "status",
      formId: "status",
      action: "close",
    });
    expect(JSON.stringify(notYet.data)).toContain("Enregistrez d'abord la réunion de clôture.");
    expect(
      (
        await post(manager.cookie, {
          intent: "milestone",
          formId: "milestone",
          kind: "closing",
          title: "Réunion de clôture",
          happenedOn: "2027-03-30",
        })
      ).status,
    ).toBe(302);
    expect(
      (await post(manager.cookie, { intent: "status", formId: "status", action: "close" })).status,
    ).toBe(302);
    expect((await supportRow())?.status).toBe("closed");
  });

  it("asks the structure's members for their opinion when it closes", async () => {
    const asked = await services.db
      .select()
      .from(feedbackRequests)
      .where(eq(feedbackRequests.supportId, supportId));
    expect(asked.length).toBeGreaterThan(0);
    const mail = await waitForMail(
      services.outboxDir as string,
      applicantEmail,
      "Votre avis sur l'accompagnement « Cadrage »",
    );
    expect(mail.text).toContain("/avis/");
  });

  it("records invoices and payments within what is committed and invoiced", async () => {
    const [first] = await services.db
      .select()
      .from(supportFundingParts)
      .where(
        and(eq(supportFundingParts.supportId, supportId), eq(supportFundingParts.position, 0)),
      );
    const partId = first?.id as string;
    const pay = (kind: string, amount: string, cookie = instructor.cookie) =>
      post(cookie, {
        intent: "payment",
        formId: "payment",
        partId,
        kind,
        amount,
        on: "2027-04-02",
        reference: "F-2027-004",
      });
    expect((await pay("paid", "1")).status).toBeGreaterThanOrEqual(400);
    expect((await pay("invoiced", "5 000,01")).status).toBe(302);
    const beyond = await pay("invoiced", "880,01");
    expect(JSON.stringify(beyond.data)).toContain("dépasse ce que ce financeur a engagé");
    const paidTooMuch = await pay("paid", "5 000,02");
    expect(JSON.stringify(paidTooMuch.data)).toContain("dépasse ce qui est facturé");
    expect((await pay("paid", "5 000,01")).status).toBe(302);
    expect((await pay("invoiced", "-3")).status).toBe(400);
    // Antenna managers deliver; the programme team records the money.
    expect((await pay("invoiced", "1", manager.cookie)).status).toBeGreaterThanOrEqual(400);
    const [after] = await services.db
      .select()
      .from(supportFundingParts)
      .where(eq(supportFundingParts.id, partId));
    expect(after).toMatchObject({ invoicedCents: 500_001, paidCents: 500_001 });

    const use = await envelopeUse(services.db, programId);
    const firstFunder = use.find((envelope) => envelope.funderId === funderIds[0]);
    expect(firstFunder?.consumedCents).toBeGreaterThanOrEqual(588_001);
    expect(firstFunder?.paidCents).toBeGreaterThanOrEqual(500_001);
  });
});
