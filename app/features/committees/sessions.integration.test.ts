/**
 * Sessions from the programme's cadence, and editing a session (issue 14, "Sessions"), on a real
 * database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg):
 * - the daily job prepares the next session once its agenda day has come in Paris: planned, by
 *   the creation command, the system as actor, with the previous session's members, place and
 *   quorum, and a draft agenda of the ready and postponed applications, oldest first, added by
 *   the agenda command; the preparers are told as they chose; a second run, or two at once,
 *   prepare one session; a closed programme, or a month with a hand-made session, gets none;
 * - a preparer edits a session (date, time in Paris, place, video link, quorum), audited before
 *   and after; bad input answers French messages on each field and keeps the values; a member,
 *   an outsider or anyone who cannot see the session gets 404; once the meeting has started the
 *   edit is refused (409, in French); nothing is stored on a refusal.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allJobs } from "~/jobs.server";
import type { JobDependencies } from "~/platform/jobs/define-job";
import { createLogger } from "~/platform/logger.server";
import * as editRoute from "~/routes/committees/edit-session";
import * as sessionRoute from "~/routes/committees/session";
import type { Services } from "~/services.server";
import {
  applications,
  auditEvents,
  committeeItems,
  committeeMembers,
  committeeSessions,
  notificationDigestItems,
  notificationPreferences,
  programs,
  user,
} from "../../../db/schema";
import { buildCommitteeMember, buildCommitteeSession } from "../../../tests/factories/committees";
import { buildProgramme } from "../../../tests/factories/programs";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { createSession } from "./create-session.server";
import { prepareSessionsJob } from "./jobs/prepare-sessions";
import { prepareSessions } from "./prepare-sessions.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: SignedInUser;
let admin: SignedInUser;
let digitess: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  admin = await signInAs(services, { role: "admin", name: "Alex Admin" });
  const [row] = await services.db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.slug, "digitess"));
  digitess = row?.id ?? (await buildProgramme(services.db));
});
afterAll(async () => {
  await services?.close();
});

const prepare = (now: string) =>
  prepareSessions({
    db: services.db,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
    now: new Date(now),
  });

async function sessionsOf(programId: string) {
  return services.db
    .select()
    .from(committeeSessions)
    .where(eq(committeeSessions.programId, programId))
    .orderBy(asc(committeeSessions.startsAt));
}

async function count(table: typeof committeeSessions | typeof committeeItems) {
  const [row] = await services.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

/** Another programme (no antennas, envelopes, levels: it only needs sessions). */
function otherProgramme(slug: string, status: "open" | "closed" = "open") {
  return buildProgramme(services.db, {
    slug,
    name: `Programme ${slug}`,
    status,
    antennas: [],
    envelopes: [],
  });
}

describe("the job that prepares the next session from the cadence", () => {
  const ready: string[] = [];
  let funderMember: string;
  let operatorMember: string;
  let leftMember: string;
  let closedProgramme: string;
  let handMadeProgramme: string;
  let january: string;

  beforeAll(async () => {
    funderMember = (await buildCommitteeMember(services.db, { name: "Inès Carpentier" })).id;
    operatorMember = (await buildCommitteeMember(services.db, { name: "Paul Lefèvre" })).id;
    leftMember = (await buildCommitteeMember(services.db, { name: "Ancien Membre" })).id;
    await services.db
      .update(user)
      .set({ deactivatedAt: new Date() })
      .where(eq(user.id, leftMember));
    // The previous session of Digit'ESS, in December 2026, closed.
    await buildCommitteeSession(services.db, {
      programId: digitess,
      startsAt: new Date("2026-12-10T13:00:00Z"),
      status: "closed",
      place: "Siège de Simplon.co, Montreuil",
      videoUrl: "https://visio.exemple.fr/comite",
      minFunderPresent: 2,
      minOperatorPresent: 1,
      members: [
        { userId: operatorMember, side: "operator" },
        { userId: funderMember, side: "funder" },
        { userId: leftMember, side: "operator" },
      ],
    });
    // Oldest first: one postponed by an earlier session, then two ready; one still in review.
    for (const [name, status] of [
      ["Alpha Ajournée", "postponed"],
      ["Bêta Prête", "ready_for_committee"],
      ["Gamma Prête", "ready_for_committee"],
      ["Delta En examen", "in_review"],
    ] as const) {
      const built = await buildSubmittedApplication(services, {
        organizationName: name,
        status: status === "postponed" ? "ready_for_committee" : status,
      });
      if (status === "postponed") {
        await services.db
          .update(applications)
          .set({ status: "postponed" })
          .where(eq(applications.id, built.applicationId));
      }
      await services.db
        .update(applications)
        .set({ submittedAt: new Date(Date.UTC(2026, 10, 1 + ready.length)) })
        .where(eq(applications.id, built.applicationId));
      ready.push(built.applicationId);
    }
    closedProgramme = await otherProgramme("programme-clos", "closed");
    handMadeProgramme = await otherProgramme("programme-a-la-main");
    // A preparer who chose the digest for this kind of event.
    await services.db.insert(notificationPreferences).values({
      userId: admin.id,
      eventKind: "committee_session_prepared",
      delivery: "digest",
    });
  });

  it("is a daily schedule registered with the other jobs", () => {
    expect(prepareSessionsJob.schedule).toBe("0 6 * * *");
    expect(allJobs).toContain(prepareSessionsJob);
  });

  it("prepares nothing before the agenda day (midnight in Paris, ten days before)", async () => {
    // 14 January 2027 is due on 4 January: midnight in Paris is 23:00 UTC on the 3rd.
    const before = await count(committeeSessions);
    expect(await prepare("2027-01-03T22:59:00Z")).toEqual([]);
    expect(await count(committeeSessions)).toBe(before);
  });

  it("prepares the session, its members and its draft agenda on the agenda day", async () => {
    // A hand-made session in January for another programme: that programme gets none.
    await createSession({
      db: services.db,
      actor: { id: instructor.id, role: "instructor" },
      input: {
        programId: handMadeProgramme,
        date: "2027-01-21",
        time: "10:00",
        place: "Mairie de Montreuil",
        videoUrl: null,
        minFunderPresent: 1,
        minOperatorPresent: 1,
      },
    });
    const prepared = await prepare("2027-01-03T23:00:00Z");
    expect(prepared).toHaveLength(1);
    const [made] = prepared;
    expect(made).toMatchObject({ programId: digitess, date: "2027-01-14", members: 2, items: 3 });
    january = made?.sessionId ?? "";
    const [session] = await services.db
      .select()
      .from(committeeSessions)
      .where(eq(committeeSessions.id, january));
    expect(session).toMatchObject({
      status: "planned",
      place: "Siège de Simplon.co, Montreuil",
      videoUrl: "https://visio.exemple.fr/comite",
      minFunderPresent: 2,
      minOperatorPresent: 1,
      createdBy: null,
    });
    expect(session?.startsAt.toISOString()).toBe("2027-01-14T13:00:00.000Z");

    const members = await services.db
      .select({ userId: committeeMembers.userId, side: committeeMembers.side })
      .from(committeeMembers)
      .where(eq(committeeMembers.sessionId, january));
    expect(members.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
      [
        { userId: funderMember, side: "funder" },
        { userId: operatorMember, side: "operator" },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );

    const items = await services.db
      .select({ applicationId: committeeItems.applicationId, addedBy: committeeItems.addedBy })
      .from(committeeItems)
      .where(eq(committeeItems.sessionId, january))
      .orderBy(asc(committeeItems.position));
    expect(items.map((item) => item.applicationId)).toEqual(ready.slice(0, 3));
    expect(items.every((item) => item.addedBy === null)).toBe(true);
    for (const id of ready.slice(0, 3)) {
      const [row] = await services.db
        .select({ status: applications.status })
        .from(applications)
        .where(eq(applications.id, id));
      expect(row?.status).toBe("scheduled");
    }

    // Audited by the system (no actor), through the same commands as by hand.
    const audits = await services.db
      .select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, "committee_session"), eq(auditEvents.entityId, january)),
      )
      .orderBy(asc(auditEvents.id));
    expect(audits.map((audit) => audit.action)).toEqual([
      "committee_session.created",
      "committee_session.member_added",
      "committee_session.member_added",
      "committee_session.item_added",
      "committee_session.item_added",
      "committee_session.item_added",
    ]);
    expect(audits.every((audit) => audit.actorId === null)).toBe(true);
    expect(audits[0]?.after).toMatchObject({ source: "cadence", programId: digitess });

    // No session for the closed programme, none more for the hand-made one.
    expect(await sessionsOf(closedProgramme)).toEqual([]);
    expect((await sessionsOf(handMadeProgramme)).map((s) => s.startsAt.toISOString())).toEqual([
      "2027-01-21T09:00:00.000Z",
    ]);
  });

  it("tells the preparers as they chose, with the session's link", async () => {
    const mail = await waitForMail(
      services.outboxDir as string,
      instructor.email,
      "Séance du comité préparée",
    );
    expect(mail.subject).toContain("Digit'ESS, 14 janvier 2027");
    expect(mail.text).toContain("Membres repris de la séance précédente : 2.");
    expect(mail.text).toContain("ordre du jour");
    expect(mail.link).toBe(`${services.env.APP_URL}/comites/${january}`);
    const digest = await services.db
      .select({ line: notificationDigestItems.line, url: notificationDigestItems.url })
      .from(notificationDigestItems)
      .where(
        and(
          eq(notificationDigestItems.userId, admin.id),
          eq(notificationDigestItems.eventKind, "committee_session_prepared"),
        ),
      );
    expect(digest).toEqual([
      {
        line: expect.stringContaining("3 candidature(s) à l'ordre du jour"),
        url: `${services.env.APP_URL}/comites/${january}`,
      },
    ]);
  });

  it("prepares nothing more on a second run, the same day or later before the session", async () => {
    const sessions = await count(committeeSessions);
    const items = await count(committeeItems);
    expect(await prepare("2027-01-03T23:00:00Z")).toEqual([]);
    expect(await prepare("2027-01-10T05:00:00Z")).toEqual([]);
    expect(await prepare("2027-01-14T12:59:00Z")).toEqual([]);
    expect(await count(committeeSessions)).toBe(sessions);
    expect(await count(committeeItems)).toBe(items);
  });

  it("prepares one session when two runs (two instances) go at once", async () => {
    const late = await buildSubmittedApplication(services, {
      organizationName: "Epsilon Prête",
      status: "ready_for_committee",
    });
    const runs = await Promise.all([
      prepare("2027-02-01T08:00:00Z"),
      prepare("2027-02-01T08:00:00Z"),
      prepare("2027-02-01T08:00:01Z"),
    ]);
    const made = runs.flat().filter((session) => session.programId === digitess);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ date: "2027-02-11", members: 2, items: 1 });
    const february = (await sessionsOf(digitess)).filter((s) =>
      s.startsAt.toISOString().startsWith("2027-02"),
    );
    expect(february).toHaveLength(1);
    const items = await services.db
      .select({ applicationId: committeeItems.applicationId })
      .from(committeeItems)
      .where(eq(committeeItems.sessionId, february[0]?.id ?? ""));
    expect(items).toEqual([{ applicationId: late.applicationId }]);
    // The hand-made programme's February session takes its place from January's, no members.
    const handMade = runs.flat().filter((session) => session.programId === handMadeProgramme);
    expect(handMade).toHaveLength(1);
    expect(handMade[0]).toMatchObject({ date: "2027-02-11", members: 0, items: 0 });
    const [handMadeFebruary] = (await sessionsOf(handMadeProgramme)).slice(-1);
    expect(handMadeFebruary?.place).toBe("Mairie de Montreuil");
    expect(await sessionsOf(closedProgramme)).toEqual([]);
  });

  it("starts a programme with no previous session empty, its place to be set", async () => {
    const fresh = await otherProgramme("programme-neuf");
    const made = (await prepare("2027-02-02T08:00:00Z")).filter((s) => s.programId === fresh);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ date: "2027-02-11", members: 0 });
    const [session] = await sessionsOf(fresh);
    expect(session).toMatchObject({
      place: null,
      videoUrl: null,
      minFunderPresent: 1,
      minOperatorPresent: 1,
    });
    const mail = await waitForMail(
      services.outboxDir as string,
      instructor.email,
      "Programme programme-neuf, 11 février 2027",
    );
    expect(mail.text).toContain("Le lieu de la séance reste à préciser");
  });
});

describe("editing a session", () => {
  let sessionId: string;
  let member: SignedInUser;
  let outsider: SignedInUser;
  const get = (cookie: string | undefined, id = sessionId) =>
    client.call(editRoute.loader, {
      path: `/comites/${id}/modifier`,
      params: { sessionId: id },
      cookie,
    });
  const post = (cookie: string | undefined, form: Record<string, string>, id = sessionId) =>
    client.call(editRoute.action, {
      path: `/comites/${id}/modifier`,
      params: { sessionId: id },
      cookie,
      form,
    });
  const valid = {
    date: "2027-03-30",
    time: "09:30",
    place: "Maison des associations, Lyon",
    videoUrl: "https://visio.exemple.fr/mars",
    minFunderPresent: "2",
    minOperatorPresent: "2",
  };
  const errorsOf = (outcome: { data: unknown }) =>
    ((outcome.data as { result?: { error?: Record<string, string[]> } } | null)?.result?.error ??
      {}) as Record<string, string[]>;
  const typedOf = (outcome: { data: unknown }) =>
    ((outcome.data as { result?: { initialValue?: Record<string, string> } } | null)?.result
      ?.initialValue ?? {}) as Record<string, string>;
  async function row() {
    const [found] = await services.db
      .select()
      .from(committeeSessions)
      .where(eq(committeeSessions.id, sessionId));
    return found;
  }
  async function updates() {
    return services.db
      .select({
        before: auditEvents.before,
        after: auditEvents.after,
        actorId: auditEvents.actorId,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, sessionId),
          eq(auditEvents.action, "committee_session.updated"),
        ),
      )
      .orderBy(asc(auditEvents.id));
  }

  beforeAll(async () => {
    member = await signInAs(services, { role: "committee_member", name: "Membre Séance" });
    outsider = await signInAs(services, { role: "committee_member", name: "Hors Séance" });
    sessionId = await buildCommitteeSession(services.db, {
      programId: digitess,
      startsAt: new Date("2027-03-11T13:00:00Z"),
      place: "Siège de Simplon.co, Montreuil",
      members: [{ userId: member.id, side: "funder" }],
    });
  });

  it("shows the form with the session's values in Paris time, linked from the session", async () => {
    const page = await get(instructor.cookie);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      editable: true,
      values: {
        date: "2027-03-11",
        time: "14:00",
        place: "Siège de Simplon.co, Montreuil",
        videoUrl: "",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
      messages: expect.objectContaining({ "committees.edit.title": "Modifier la séance" }),
    });
    const session = await client.call(sessionRoute.loader, {
      path: `/comites/${sessionId}`,
      params: { sessionId },
      cookie: instructor.cookie,
    });
    expect((session.data as { messages: Record<string, string> }).messages).toHaveProperty(
      "committees.edit.link",
    );
  });

  it("answers 404 to anyone who may not prepare, or for a session that does not exist", async () => {
    const before = await row();
    for (const cookie of [member.cookie, outsider.cookie]) {
      expect((await get(cookie)).status).toBe(404);
      expect((await post(cookie, valid)).status).toBe(404);
    }
    const applicant = await signInAs(services, { role: "applicant" });
    const manager = await signInAs(services, { role: "antenna_manager" });
    const funder = await signInAs(services, { role: "funder" });
    for (const cookie of [applicant.cookie, manager.cookie, funder.cookie]) {
      expect((await get(cookie)).status).toBe(404);
      expect((await post(cookie, valid)).status).toBe(404);
    }
    for (const id of ["5b0d6a6e-0000-4000-8000-000000000001", "x", "%00"]) {
      expect((await get(instructor.cookie, id)).status).toBe(404);
      expect((await post(instructor.cookie, valid, id)).status).toBe(404);
    }
    const anonymous = await get(undefined);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/connexion?redirectTo=");
    expect((await post(undefined, valid)).status).toBe(302);
    expect(await row()).toEqual(before);
    expect(await updates()).toEqual([]);
  });

  it("refuses bad input with French messages on each field, values kept, nothing stored", async () => {
    const before = await row();
    const bad = await post(instructor.cookie, {
      date: "30/03/2027",
      time: "9h30",
      place: "",
      videoUrl: "pas un lien",
      minFunderPresent: "-1",
      minOperatorPresent: "vingt",
    });
    expect(bad.status).toBe(400);
    const errors = errorsOf(bad);
    expect(errors.date?.[0]).toBe(
      "La date n'est pas valide : écrivez-la au format jj/mm/aaaa, par exemple 12/03/2026.",
    );
    expect(errors.time?.[0]).toContain("L'heure n'est pas valide");
    expect(errors.videoUrl?.[0]).toContain("lien de visioconférence");
    expect(errors.minFunderPresent?.[0]).toBe(
      "Le quorum de chaque côté est un nombre entier de 0 à 20.",
    );
    expect(errors.minOperatorPresent?.[0]).toBe(
      "Le quorum de chaque côté est un nombre entier de 0 à 20.",
    );
    expect(typedOf(bad)).toMatchObject({ date: "30/03/2027", videoUrl: "pas un lien" });

    const nowhere = await post(instructor.cookie, { ...valid, place: "", videoUrl: "" });
    expect(nowhere.status).toBe(400);
    expect(errorsOf(nowhere).place?.[0]).toBe(
      "Indiquez le lieu de la séance ou un lien de visioconférence.",
    );
    const impossible = await post(instructor.cookie, { ...valid, date: "2027-02-30" });
    expect(impossible.status).toBe(409);
    expect(errorsOf(impossible).date?.[0]).toContain("La date n'est pas valide");
    expect(typedOf(impossible)).toMatchObject({ date: "2027-02-30", place: valid.place });
    expect(await row()).toEqual(before);
    expect(await updates()).toEqual([]);
  });

  it("saves the change in Paris time, audited before and after, with a notice", async () => {
    const saved = await post(instructor.cookie, valid);
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/comites/${sessionId}`);
    expect(saved.setCookies.some((cookie) => cookie.startsWith("notice="))).toBe(true);
    const session = await row();
    // 30 March 2027 is summer time: 09:30 in Paris is 07:30 UTC.
    expect(session?.startsAt.toISOString()).toBe("2027-03-30T07:30:00.000Z");
    expect(session).toMatchObject({
      place: valid.place,
      videoUrl: valid.videoUrl,
      minFunderPresent: 2,
      minOperatorPresent: 2,
      status: "planned",
    });
    expect(await updates()).toEqual([
      {
        actorId: instructor.id,
        before: {
          startsAt: "2027-03-11T13:00:00.000Z",
          place: "Siège de Simplon.co, Montreuil",
          videoUrl: null,
          quorum: { funder: 1, operator: 1 },
        },
        after: {
          startsAt: "2027-03-30T07:30:00.000Z",
          place: valid.place,
          videoUrl: valid.videoUrl,
          quorum: { funder: 2, operator: 2 },
        },
      },
    ]);
    // An administrator too, in pre-review; a video link alone is enough.
    await services.db
      .update(committeeSessions)
      .set({ status: "pre_review" })
      .where(eq(committeeSessions.id, sessionId));
    const byAdmin = await post(admin.cookie, { ...valid, place: "", time: "14:00" });
    expect(byAdmin.status).toBe(302);
    expect(await row()).toMatchObject({ place: null, videoUrl: valid.videoUrl });
    expect((await get(admin.cookie)).data).toMatchObject({
      values: { date: "2027-03-30", time: "14:00", place: "" },
    });
  });

  it("refuses the edit once the meeting has started, or the session closed (409, in French)", async () => {
    for (const [status, message] of [
      ["in_session", "La séance a commencé : sa date, son lieu et son quorum ne changent plus."],
      ["closed", "La séance est close : sa date, son lieu et son quorum ne changent plus."],
    ] as const) {
      await services.db
        .update(committeeSessions)
        .set({ status })
        .where(eq(committeeSessions.id, sessionId));
      const before = await row();
      const audits = (await updates()).length;
      const refused = await post(instructor.cookie, valid);
      expect(refused.status).toBe(409);
      expect(errorsOf(refused)[""]?.[0]).toBe(message);
      expect(await row()).toEqual(before);
      expect(await updates()).toHaveLength(audits);
      const page = await get(instructor.cookie);
      expect(page.status).toBe(200);
      expect(page.data).toMatchObject({ editable: false });
    }
  });
});

describe("the scheduled job itself, on today's date", () => {
  it("runs, and a second run (or a second instance) prepares nothing more", async () => {
    const deps = {
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      logger: createLogger("silent"),
    } as JobDependencies;
    await prepareSessionsJob.handle({}, deps);
    const sessions = await count(committeeSessions);
    const items = await count(committeeItems);
    await Promise.all([prepareSessionsJob.handle({}, deps), prepareSessionsJob.handle({}, deps)]);
    expect(await count(committeeSessions)).toBe(sessions);
    expect(await count(committeeItems)).toBe(items);
  });
});
