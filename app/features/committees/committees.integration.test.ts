/**
 * The screening committees called the way React Router calls them, with real sessions on a real
 * database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg): an instructor prepares a session,
 * members pre-score (one declares a conflict of interest and then sees nothing of the item), the
 * meeting decides (accepted with a rate and its amount, refused, postponed) under the quorum and
 * the envelopes, closing makes the decisions final, moves the applications and mails the
 * applicants, a decision after closing is refused (409), an amendment is a new revision, and
 * each role's access is checked (404 for everyone outside the session).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "~/routes/areas/committees";
import * as itemRoute from "~/routes/committees/item";
import * as newRoute from "~/routes/committees/new-session";
import * as sessionRoute from "~/routes/committees/session";
import type { Services } from "~/services.server";
import {
  applicationEvents,
  applications,
  auditEvents,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeScores,
  committeeSessions,
  funders,
  programs,
} from "../../../db/schema";
import { buildAntennaManager, buildSubmittedApplication } from "../../../tests/factories/review";
import { DEFAULT_TEST_PASSWORD } from "../../../tests/factories/users";
import { waitForMail } from "../../../tests/support/mail";
import {
  createRouteClient,
  type FormInput,
  type RouteClient,
} from "../../../tests/support/route-client";
import { type SignedInUser, signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { countCandidates, listCandidates } from "./queries.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: SignedInUser;
let funderSide: SignedInUser;
let operatorSide: SignedInUser;
let secondOperator: SignedInUser;
let outsider: SignedInUser;
let sessionId: string;
const ready: { applicationId: string; number: string; email: string }[] = [];
const items: string[] = [];

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  funderSide = await signInAs(services, { role: "committee_member", name: "Inès Carpentier" });
  operatorSide = await signInAs(services, { role: "committee_member", name: "Paul Lefèvre" });
  secondOperator = await signInAs(services, { role: "committee_member", name: "Thomas Roux" });
  outsider = await signInAs(services, { role: "committee_member", name: "Hors Séance" });
  for (const name of ["Alpha Solidaire", "Bêta Entraide", "Gamma Insertion"]) {
    const built = await buildSubmittedApplication(services, {
      organizationName: name,
      status: "ready_for_committee",
    });
    ready.push({ applicationId: built.applicationId, number: built.number, email: built.email });
  }
});
afterAll(async () => {
  await services?.close();
});

const sessionPath = () => `/comites/${sessionId}`;
const itemPath = (itemId: string) => `/comites/${sessionId}/points/${itemId}`;

function getSession(cookie: string | undefined) {
  return client.call(sessionRoute.loader, {
    path: sessionPath(),
    params: { sessionId },
    cookie,
  });
}

function postSession(cookie: string | undefined, intent: string, form: FormInput = {}) {
  return client.call(sessionRoute.action, {
    path: sessionPath(),
    params: { sessionId },
    cookie,
    form: { intent, ...(form as Record<string, string>) },
  });
}

function getItem(cookie: string | undefined, itemId: string) {
  return client.call(itemRoute.loader, {
    path: itemPath(itemId),
    params: { sessionId, itemId },
    cookie,
  });
}

function postItem(cookie: string | undefined, itemId: string, intent: string, form: FormInput) {
  return client.call(itemRoute.action, {
    path: itemPath(itemId),
    params: { sessionId, itemId },
    cookie,
    form: { intent, ...(form as Record<string, string>) },
  });
}

/** The French error messages of a form reply, by field ("" for the whole form). */
function errorsOf(outcome: { data: unknown }): Record<string, string[]> {
  return ((outcome.data as { result?: { error?: Record<string, string[]> } } | null)?.result
    ?.error ?? {}) as Record<string, string[]>;
}

async function statusOf(applicationId: string) {
  const [row] = await services.db
    .select({ status: applications.status })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.status;
}

const funderIds = async () => {
  const list = await services.db.select({ id: funders.id, name: funders.name }).from(funders);
  return new Map(list.map((row) => [row.name, row.id]));
};

const scores = { priority_axes: "4", digital_need: "5", capacity: "3", benefit: "4" };
async function scoreForm(): Promise<Record<string, string>> {
  const [programme] = await services.db
    .select({ criteria: programs.reviewCriteria })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  const form: Record<string, string> = {};
  for (const [index, criterion] of ((programme?.criteria ?? []) as { id: string }[]).entries()) {
    form[`score_${criterion.id}`] = Object.values(scores)[index % 4] ?? "3";
    form[`comment_${criterion.id}`] = "";
  }
  return form;
}

describe("preparing a session", () => {
  it("refuses bad input with a French message on the field and stores nothing", async () => {
    const [before] = await services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(committeeSessions);
    const outcome = await client.call(newRoute.action, {
      path: "/comites/nouvelle",
      cookie: instructor.cookie,
      form: {
        programId: await programmeId(),
        date: "2026-02-30",
        time: "14:00",
        place: "",
        videoUrl: "pas un lien",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
    });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome).videoUrl?.[0]).toContain("lien de visioconférence");
    const noPlace = await client.call(newRoute.action, {
      path: "/comites/nouvelle",
      cookie: instructor.cookie,
      form: {
        programId: await programmeId(),
        date: "2026-06-12",
        time: "14:00",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
    });
    expect(noPlace.status).toBe(400);
    expect(errorsOf(noPlace).place?.[0]).toBe(
      "Indiquez le lieu de la séance ou un lien de visioconférence.",
    );
    const badDate = await client.call(newRoute.action, {
      path: "/comites/nouvelle",
      cookie: instructor.cookie,
      form: {
        programId: await programmeId(),
        date: "2026-02-30",
        time: "14:00",
        place: "Montreuil",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
    });
    expect(badDate.status).toBe(409);
    expect(errorsOf(badDate).date?.[0]).toContain("La date n'est pas valide");
    const [after] = await services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(committeeSessions);
    expect(after?.n).toBe(before?.n);
  });

  it("creates a session in Paris time", async () => {
    const outcome = await client.call(newRoute.action, {
      path: "/comites/nouvelle",
      cookie: instructor.cookie,
      form: {
        programId: await programmeId(),
        date: "2026-06-12",
        time: "14:00",
        place: "Siège de Simplon.co, Montreuil",
        videoUrl: "https://visio.exemple.fr/comite-juin",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
    });
    expect(outcome.status).toBe(302);
    sessionId = (outcome.location ?? "").split("/").pop() ?? "";
    const [session] = await services.db
      .select()
      .from(committeeSessions)
      .where(eq(committeeSessions.id, sessionId));
    expect(session?.startsAt.toISOString()).toBe("2026-06-12T12:00:00.000Z");
    expect(session?.status).toBe("planned");
  });

  it("adds members on each side, refusing an account that is not a committee member", async () => {
    for (const [member, side] of [
      [funderSide, "funder"],
      [operatorSide, "operator"],
      [secondOperator, "operator"],
    ] as const) {
      const added = await postSession(instructor.cookie, "add_member", { userId: member.id, side });
      expect(added.status).toBe(302);
    }
    const applicant = await signInAs(services, { role: "applicant" });
    const refused = await postSession(instructor.cookie, "add_member", {
      userId: applicant.id,
      side: "funder",
    });
    expect(refused.status).toBe(409);
    expect(errorsOf(refused).userId?.[0]).toBe(
      "Cette personne n'a pas le rôle « membre du comité ».",
    );
    const noSide = await postSession(instructor.cookie, "add_member", { userId: outsider.id });
    expect(noSide.status).toBe(400);
    expect(errorsOf(noSide).side?.[0]).toContain("Choisissez le côté");
    // A member cannot prepare: 404, nothing added.
    const byMember = await postSession(operatorSide.cookie, "add_member", {
      userId: outsider.id,
      side: "funder",
    });
    expect(byMember.status).toBe(404);
    const page = await getSession(instructor.cookie);
    expect((page.data as { members: unknown[] }).members).toHaveLength(3);
  });

  it("lists the ready applications oldest first and puts them on the agenda (scheduled)", async () => {
    const page = await getSession(instructor.cookie);
    const candidates = (page.data as { candidates: { id: string }[] }).candidates.map((c) => c.id);
    expect(candidates).toEqual(ready.map((r) => r.applicationId));
    expect((page.data as { candidateCount: number }).candidateCount).toBe(ready.length);
    // The page lists the oldest ones only (CANDIDATES_SHOWN); the count says how many wait.
    const programId = await programmeId();
    const oldest = await listCandidates(services.db, programId, 2);
    expect(oldest.map((c) => c.id)).toEqual(ready.slice(0, 2).map((r) => r.applicationId));
    expect(await countCandidates(services.db, programId)).toBe(ready.length);
    for (const application of ready) {
      const added = await postSession(instructor.cookie, "add_item", {
        applicationId: application.applicationId,
      });
      expect(added.status).toBe(302);
      expect(await statusOf(application.applicationId)).toBe("scheduled");
    }
    const again = await postSession(instructor.cookie, "add_item", {
      applicationId: ready[0]?.applicationId ?? "",
    });
    expect(again.status).toBe(409);
    const rows = await services.db
      .select({ id: committeeItems.id, applicationId: committeeItems.applicationId })
      .from(committeeItems)
      .where(eq(committeeItems.sessionId, sessionId))
      .orderBy(asc(committeeItems.position));
    expect(rows.map((r) => r.applicationId)).toEqual(ready.map((r) => r.applicationId));
    items.push(...rows.map((r) => r.id));
    const [levels] = await services.db
      .select({ levels: committeeItems.requestedLevels })
      .from(committeeItems)
      .where(eq(committeeItems.id, items[0] as string));
    expect(levels?.levels).toEqual([
      expect.objectContaining({ kind: "diagnostic", totalCostCents: null }),
      expect.objectContaining({ kind: "scoping", totalCostCents: 1_200_000, ratePercent: 75 }),
    ]);
  });

  it("orders items with up and down, and takes one off the agenda (back to ready)", async () => {
    const [a, b, c] = items as [string, string, string];
    expect(
      (await postSession(instructor.cookie, "move_item", { itemId: c, direction: "up" })).status,
    ).toBe(302);
    expect(await agendaOrder()).toEqual([a, c, b]);
    await postSession(instructor.cookie, "move_item", { itemId: c, direction: "down" });
    expect(await agendaOrder()).toEqual([a, b, c]);
    const removed = await postSession(instructor.cookie, "remove_item", { itemId: c });
    expect(removed.status).toBe(302);
    expect(await statusOf(ready[2]?.applicationId as string)).toBe("ready_for_committee");
    const events = await services.db
      .select({ action: applicationEvents.action })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, ready[2]?.applicationId as string));
    expect(events.map((e) => e.action)).toContain("unschedule");
    await postSession(instructor.cookie, "add_item", {
      applicationId: ready[2]?.applicationId as string,
    });
    const order = await agendaOrder();
    expect(order).toHaveLength(3);
    items.splice(0, items.length, ...order);
  });

  it("lets each role in or answers 404", async () => {
    expect((await getSession(instructor.cookie)).status).toBe(200);
    expect((await getSession(operatorSide.cookie)).status).toBe(200);
    const admin = await signInAs(services, { role: "admin" });
    expect((await getSession(admin.cookie)).status).toBe(200);
    const applicant = await signInAs(services, { role: "applicant" });
    const funder = await signInAs(services, { role: "funder" });
    const manager = await buildAntennaManager(services.db);
    const managerCookie = await signIn(services, manager.email, DEFAULT_TEST_PASSWORD);
    for (const cookie of [applicant.cookie, funder.cookie, managerCookie, outsider.cookie]) {
      expect((await getSession(cookie)).status).toBe(404);
      expect((await getItem(cookie, items[0] as string)).status).toBe(404);
      expect((await postSession(cookie, "presence", { present: outsider.id })).status).toBe(404);
    }
    // The list shows a member their sessions only.
    const mine = await client.call(listRoute.loader, { path: "/comites", cookie: outsider.cookie });
    expect((mine.data as { sessions: unknown[] }).sessions).toEqual([]);
    const theirs = await client.call(listRoute.loader, {
      path: "/comites",
      cookie: funderSide.cookie,
    });
    expect((theirs.data as { sessions: { id: string }[] }).sessions.map((s) => s.id)).toEqual([
      sessionId,
    ]);
    expect(
      (await client.call(listRoute.loader, { path: "/comites", cookie: funder.cookie })).status,
    ).toBe(404);
    // Anonymous: to sign-in.
    const anonymous = await getSession(undefined);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/connexion");
    // Not a uuid, or another session's item: 404.
    expect(
      (
        await client.call(sessionRoute.loader, {
          path: "/comites/x",
          params: { sessionId: "x" },
          cookie: instructor.cookie,
        })
      ).status,
    ).toBe(404);
  });
});

describe("pre-review", () => {
  it("opens only from planned, by a preparer", async () => {
    expect((await postSession(operatorSide.cookie, "open_pre_review")).status).toBe(404);
    const opened = await postSession(instructor.cookie, "open_pre_review");
    expect(opened.status).toBe(302);
    const twice = await postSession(instructor.cookie, "open_pre_review");
    expect(twice.status).toBe(409);
  });

  it("hides the others' scores until a member has scored", async () => {
    const [first] = items as [string];
    const scored = await postItem(funderSide.cookie, first, "score", await scoreForm());
    expect(scored.status).toBe(302);
    const before = await getItem(secondOperator.cookie, first);
    expect((before.data as { others: unknown }).others).toBeNull();
    const after = await getItem(funderSide.cookie, first);
    expect((after.data as { others: { members: { name: string }[] } }).others.members).toEqual([
      expect.objectContaining({ name: "Inès Carpentier" }),
    ]);
    // The preparing staff do not see them either before the meeting.
    expect(
      ((await getItem(instructor.cookie, first)).data as { others: unknown }).others,
    ).toBeNull();
    // A score out of range: 400 on its field, nothing stored.
    const form = await scoreForm();
    const key = Object.keys(form)[0] as string;
    const bad = await postItem(secondOperator.cookie, first, "score", { ...form, [key]: "9" });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)[key]?.[0]).toContain("Choisissez une note de 1 à 5");
    const stored = await services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(committeeScores)
      .where(
        and(eq(committeeScores.itemId, first), eq(committeeScores.memberId, secondOperator.id)),
      );
    expect(stored[0]?.n).toBe(0);
  });

  it("a conflict of interest removes the item from the member's sight, on the server", async () => {
    const [first] = items as [string];
    await postItem(operatorSide.cookie, first, "score", await scoreForm());
    const unconfirmed = await postItem(operatorSide.cookie, first, "conflict", {});
    expect(unconfirmed.status).toBe(400);
    const declared = await postItem(operatorSide.cookie, first, "conflict", { confirm: "on" });
    expect(declared.status).toBe(302);
    expect(declared.location).toBe(sessionPath());
    // Their scores of it are gone; the item is 404 for them; the agenda hides its content.
    const theirScores = await services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(committeeScores)
      .where(and(eq(committeeScores.itemId, first), eq(committeeScores.memberId, operatorSide.id)));
    expect(theirScores[0]?.n).toBe(0);
    expect((await getItem(operatorSide.cookie, first)).status).toBe(404);
    expect((await postItem(operatorSide.cookie, first, "score", await scoreForm())).status).toBe(
      404,
    );
    const page = await getSession(operatorSide.cookie);
    const agenda = (
      page.data as { agenda: { items: { id: string; number: string }[]; hidden: { id: string }[] } }
    ).agenda;
    expect(agenda.items.map((i) => i.id)).not.toContain(first);
    expect(agenda.hidden.map((i) => i.id)).toEqual([first]);
    expect(JSON.stringify(page.data)).not.toContain(ready[0]?.number as string);
    // Others still see it, with the conflict counted for the preparers.
    const staff = await getSession(instructor.cookie);
    expect((staff.data as { conflicts: Record<string, number> }).conflicts[first]).toBe(1);
    const audit = await services.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, first));
    expect(audit.map((a) => a.action)).toContain("committee_item.conflict_declared");
  });
});

describe("the meeting", () => {
  it("starts, and refuses decisions before presence is recorded", async () => {
    expect((await postSession(instructor.cookie, "start_session")).status).toBe(302);
    const refused = await postItem(secondOperator.cookie, items[1] as string, "decide", {
      outcome: "refused",
      refusalReason: "priorities",
      applicantMessage: "Votre projet ne relève pas des axes du programme.",
    });
    expect(refused.status).toBe(409);
    expect(errorsOf(refused)[""]?.[0]).toContain("Vous n'êtes pas noté·e présent·e");
    // The agenda is frozen once the meeting started.
    const late = await postSession(instructor.cookie, "move_item", {
      itemId: items[1] as string,
      direction: "up",
    });
    expect(late.status).toBe(409);
  });

  it("records presence and needs the quorum of each item (conflicts excluded)", async () => {
    const presence = await postSession(instructor.cookie, "presence", {
      present: [operatorSide.id, secondOperator.id],
    });
    expect(presence.status).toBe(302);
    const noFunder = await postItem(secondOperator.cookie, items[1] as string, "decide", {
      outcome: "postponed",
      missing: "Le budget prévisionnel 2027.",
    });
    expect(noFunder.status).toBe(409);
    expect(errorsOf(noFunder)[""]?.[0]).toContain("Le quorum n'est pas atteint");
    const all = await postSession(instructor.cookie, "presence", {
      present: [funderSide.id, operatorSide.id, secondOperator.id],
    });
    expect(all.status).toBe(302);
    const present = await services.db
      .select({ userId: committeeMembers.userId, present: committeeMembers.present })
      .from(committeeMembers)
      .where(eq(committeeMembers.sessionId, sessionId));
    expect(present.filter((m) => m.present)).toHaveLength(3);
  });

  it("accepts with a rate within the bounds, the amount being cost × rate in cents", async () => {
    const [first] = items as [string];
    const funders = await funderIds();
    const ag2r = funders.get("AG2R La Mondiale") as string;
    const base = {
      outcome: "accepted",
      granted_scoping: "on",
      rate_scoping: "80",
      cost_scoping: "12 000",
      funder_scoping: ag2r,
    };
    const outOfBounds = await postItem(secondOperator.cookie, first, "decide", base);
    expect(outOfBounds.status).toBe(400);
    expect(errorsOf(outOfBounds).rate_scoping?.[0]).toBe(
      "Le taux de Cadrage doit être un nombre entier de 55 à 75.",
    );
    const noLevel = await postItem(secondOperator.cookie, first, "decide", { outcome: "accepted" });
    expect(noLevel.status).toBe(400);
    expect(errorsOf(noLevel).outcome?.[0]).toContain("Accordez au moins un échelon");
    // The member who declared a conflict takes no part: 404.
    expect(
      (await postItem(operatorSide.cookie, first, "decide", { ...base, rate_scoping: "65" }))
        .status,
    ).toBe(404);
    const accepted = await postItem(secondOperator.cookie, first, "decide", {
      ...base,
      rate_scoping: "65",
      cost_scoping: "12 345,67",
    });
    expect(accepted.status, JSON.stringify(errorsOf(accepted))).toBe(302);
    const [level] = await services.db
      .select({
        granted: committeeDecisionLevels.granted,
        rate: committeeDecisionLevels.ratePercent,
        cost: committeeDecisionLevels.costCents,
        amount: committeeDecisionLevels.grantedCents,
        funderId: committeeDecisionLevels.funderId,
      })
      .from(committeeDecisionLevels)
      .innerJoin(committeeDecisions, eq(committeeDecisions.id, committeeDecisionLevels.decisionId))
      .where(
        and(eq(committeeDecisions.itemId, first), eq(committeeDecisionLevels.kind, "scoping")),
      );
    // 1 234 567 cents × 65 % = 802 468.55 cents: 802 469, half up.
    expect(level).toEqual({
      granted: true,
      rate: 65,
      cost: 1_234_567,
      amount: 802_469,
      funderId: ag2r,
    });
    // Everyone sees the scores once in session.
    expect(
      ((await getItem(instructor.cookie, first)).data as { others: unknown }).others,
    ).not.toBeNull();
  });

  it("needs an explicit confirmation beyond a funder's remaining envelope", async () => {
    const second = items[1] as string;
    const fsn = (await funderIds()).get("Fonds Solidarité Numérique") as string;
    const form = {
      outcome: "accepted",
      granted_scoping: "on",
      rate_scoping: "75",
      cost_scoping: "500 000",
      funder_scoping: fsn,
    };
    const refused = await postItem(funderSide.cookie, second, "decide", form);
    expect(refused.status).toBe(409);
    expect(errorsOf(refused).confirmOverEnvelope?.[0]).toContain("Fonds Solidarité Numérique");
    const none = await services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(committeeDecisions)
      .where(eq(committeeDecisions.itemId, second));
    expect(none[0]?.n).toBe(0);
    const confirmed = await postItem(funderSide.cookie, second, "decide", {
      ...form,
      confirmOverEnvelope: "on",
    });
    expect(confirmed.status).toBe(302);
    const page = await getItem(funderSide.cookie, second);
    const envelopes = (page.data as { envelopes: { funderName: string; remainingCents: number }[] })
      .envelopes;
    expect(
      envelopes.find((e) => e.funderName === "Fonds Solidarité Numérique")?.remainingCents,
    ).toBe(30_000_000 - 37_500_000);
    expect(envelopes.find((e) => e.funderName === "AG2R La Mondiale")?.remainingCents).toBe(
      120_000_000 - 802_469,
    );
  });

  it("records again until closing: refused with a reason and a message, then postponed", async () => {
    const [, second, third] = items as [string, string, string];
    const noReason = await postItem(funderSide.cookie, second, "decide", { outcome: "refused" });
    expect(noReason.status).toBe(400);
    expect(errorsOf(noReason).refusalReason?.[0]).toBe("Choisissez le motif du refus.");
    expect(errorsOf(noReason).applicantMessage?.[0]).toBe("Écrivez le message à la structure.");
    const refused = await postItem(funderSide.cookie, second, "decide", {
      outcome: "refused",
      refusalReason: "priorities",
      applicantMessage: "Votre projet ne relève pas des axes du programme.",
    });
    expect(refused.status).toBe(302);
    const postponed = await postItem(funderSide.cookie, third, "decide", {
      outcome: "postponed",
      missing: "Le budget prévisionnel 2027 et un second devis.",
    });
    expect(postponed.status).toBe(302);
    const revisions = await services.db
      .select({ outcome: committeeDecisions.outcome, revision: committeeDecisions.revision })
      .from(committeeDecisions)
      .where(eq(committeeDecisions.itemId, second));
    expect(revisions).toEqual([{ outcome: "refused", revision: 0 }]);
  });

  it("closes (by a member): final decisions, applications moved, applicants mailed", async () => {
    expect((await postSession(instructor.cookie, "close", { confirm: "on" })).status).toBe(404);
    expect((await postSession(funderSide.cookie, "close", {})).status).toBe(400);
    const closed = await postSession(funderSide.cookie, "close", { confirm: "on" });
    expect(closed.status, JSON.stringify(errorsOf(closed))).toBe(302);
    expect(await Promise.all(ready.map((r) => statusOf(r.applicationId)))).toEqual([
      "accepted",
      "refused",
      "postponed",
    ]);
    const finals = await services.db
      .select({ finalAt: committeeDecisions.finalAt })
      .from(committeeDecisions)
      .innerJoin(committeeItems, eq(committeeItems.id, committeeDecisions.itemId))
      .where(eq(committeeItems.sessionId, sessionId));
    expect(finals).toHaveLength(3);
    expect(finals.every((row) => row.finalAt !== null)).toBe(true);
    const outbox = services.outboxDir as string;
    const accepted = await waitForMail(outbox, ready[0]?.email as string, "acceptée");
    expect(accepted.text.replace(/[\u00a0\u202f]/g, " ")).toContain("Cadrage : 8 024,69 €");
    const refused = await waitForMail(outbox, ready[1]?.email as string, "n'est pas retenue");
    expect(refused.text).toContain("Votre projet ne relève pas des axes du programme.");
    const postponed = await waitForMail(outbox, ready[2]?.email as string, "ajournée");
    expect(postponed.text).toContain("Le budget prévisionnel 2027 et un second devis.");
  });

  it("refuses a decision after closing (409, French) and the database refuses an edit", async () => {
    const after = await postItem(funderSide.cookie, items[1] as string, "decide", {
      outcome: "postponed",
      missing: "Autre chose.",
    });
    expect(after.status).toBe(409);
    expect(errorsOf(after)[""]?.[0]).toBe(
      "La séance est close : ses décisions sont définitives. Pour corriger une décision, enregistrez un avenant.",
    );
    await expect(
      services.db
        .update(committeeDecisions)
        .set({ outcome: "accepted" })
        .where(eq(committeeDecisions.itemId, items[1] as string)),
    ).rejects.toThrow();
    await expect(services.db.delete(committeeDecisionLevels).where(sql`true`)).rejects.toThrow();
  });

  it("corrects a closed decision with an amendment: a new final revision, audited, mailed", async () => {
    const [first] = items as [string];
    const ag2r = (await funderIds()).get("AG2R La Mondiale") as string;
    const form = {
      outcome: "accepted",
      granted_scoping: "on",
      rate_scoping: "70",
      cost_scoping: "12 000",
      funder_scoping: ag2r,
    };
    const noReason = await postItem(funderSide.cookie, first, "amend", form);
    expect(noReason.status).toBe(400);
    expect(errorsOf(noReason).amendmentReason?.[0]).toBe("Indiquez le motif de l'avenant.");
    const change = await postItem(funderSide.cookie, first, "amend", {
      outcome: "refused",
      refusalReason: "other",
      applicantMessage: "x",
      amendmentReason: "Erreur",
    });
    expect(change.status).toBe(409);
    const amended = await postItem(funderSide.cookie, first, "amend", {
      ...form,
      amendmentReason: "Erreur de saisie du taux en séance.",
    });
    expect(amended.status).toBe(302);
    const revisions = await services.db
      .select({ revision: committeeDecisions.revision, finalAt: committeeDecisions.finalAt })
      .from(committeeDecisions)
      .where(eq(committeeDecisions.itemId, first))
      .orderBy(asc(committeeDecisions.revision));
    expect(revisions.map((r) => r.revision)).toEqual([0, 1]);
    expect(revisions.every((r) => r.finalAt !== null)).toBe(true);
    const page = await getItem(funderSide.cookie, first);
    const decision = (
      page.data as { decision: { revision: number; levels: { grantedCents: number }[] } }
    ).decision;
    expect(decision.revision).toBe(1);
    expect(decision.levels.find((l) => l.grantedCents !== null)?.grantedCents).toBe(840_000);
    const mail = await waitForMail(
      services.outboxDir as string,
      ready[0]?.email as string,
      "Décision corrigée",
    );
    expect(mail.text.replace(/[\u00a0\u202f]/g, " ")).toContain("8 400,00 €");
    const audit = await services.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, first));
    expect(audit.map((a) => a.action)).toContain("committee_item.amended");
    // The application stays in its final state.
    expect(await statusOf(ready[0]?.applicationId as string)).toBe("accepted");
  });
});

async function programmeId(): Promise<string> {
  const [row] = await services.db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  return row?.id as string;
}

async function agendaOrder(): Promise<string[]> {
  const rows = await services.db
    .select({ id: committeeItems.id })
    .from(committeeItems)
    .where(eq(committeeItems.sessionId, sessionId))
    .orderBy(asc(committeeItems.position));
  return rows.map((r) => r.id);
}
