/**
 * The feedback survey of a closed support (issue 15) on a real database: the first sending to
 * each member (rows, mails with their personal link, idempotent), the public page /avis/:token
 * called the way React Router calls it (the form, one answer stored then shown, a second answer
 * refused 409 from the same or another member's link, bad input 400 with French messages and
 * nothing stored, expired 410, forged 404), the reminders at 7 and 14 days (never after an
 * answer, never past the link's life), and the staff's summaries and the structure's answers.
 */
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "~/i18n.server";
import { attempt } from "~/platform/commands/outcome";
import type { JobDependencies } from "~/platform/jobs/define-job";
import { createLogger } from "~/platform/logger.server";
import * as followRoute from "~/routes/applications/follow";
import * as feedbackRoute from "~/routes/supports/feedback";
import type { Services } from "~/services.server";
import {
  auditEvents,
  feedbackAnswers,
  feedbackRequests,
  organizationMembers,
} from "../../../db/schema";
import { addMember } from "../../../tests/factories/organizations";
import { buildAntennaManager, digitessAntennaId } from "../../../tests/factories/review";
import { buildSupport } from "../../../tests/factories/supports";
import { buildUser } from "../../../tests/factories/users";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signIn } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { answerFeedback } from "./answer-feedback.server";
import type { FeedbackInput } from "./feedback.schema";
import { sendFeedbackReminders } from "./feedback-reminders.server";
import { requestFeedback } from "./feedback-requests.server";
import { feedbackSummaries } from "./feedback-summary.server";
import { issueFeedbackToken, verifyFeedbackToken } from "./feedback-token.server";
import { feedbackRemindersJob } from "./jobs/feedback-reminders";

const DAY = 24 * 60 * 60 * 1000;

let services: Services & { dataDir: string };
let client: RouteClient;
let outbox: string;
let secret: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  outbox = services.outboxDir as string;
  secret = services.env.BETTER_AUTH_SECRET;
}, 120_000);
afterAll(async () => {
  await services?.close();
});

function ask(supportId: string, now?: Date) {
  return services.db.transaction((tx) =>
    requestFeedback(tx, {
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      secret,
      supportId,
      ...(now ? { now } : {}),
    }),
  );
}

/** A second member of an organisation; returns their id and address. */
async function addSecondMember(organizationId: string, name = "Julien Petit") {
  const email = `membre-${crypto.randomUUID()}@exemple.fr`;
  const userId = await buildUser(services.db, { email, name });
  await addMember(services.db, { organizationId, userId });
  return { userId, email };
}

function tokenOf(link: string | null): string {
  const token = link?.split("/avis/")[1];
  if (!token) throw new Error(`no survey link in ${link}`);
  return token;
}

function open(token: string) {
  return client.call(feedbackRoute.loader, { path: `/avis/${token}`, params: { token } });
}

function send(token: string, form: Record<string, string>) {
  return client.call(feedbackRoute.action, {
    path: `/avis/${token}`,
    params: { token },
    form,
    headers: { origin: services.env.APP_URL },
  });
}

async function answersOf(supportId: string) {
  return services.db.select().from(feedbackAnswers).where(eq(feedbackAnswers.supportId, supportId));
}

async function requestOf(supportId: string, userId: string) {
  const [row] = await services.db
    .select()
    .from(feedbackRequests)
    .where(and(eq(feedbackRequests.supportId, supportId), eq(feedbackRequests.userId, userId)));
  return row;
}

/** The survey mails enqueued to `to` (first sending and reminders), oldest first. */
async function surveyMails(to: string): Promise<{ subject: string; text: string }[]> {
  const result = (await services.db.execute(
    sql`select data->>'subject' as subject, data->>'text' as text from pgboss.job
        where name = 'send-email' and data->>'to' = ${to}
          and data->>'subject' ilike '%votre avis%'
        order by created_on, data->>'subject' desc`,
  )) as unknown as { rows: { subject: string; text: string }[] };
  return result.rows;
}

/** The support's feedback events of the audit trail, oldest first. */
async function trailOf(supportId: string) {
  return services.db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "support"),
        eq(auditEvents.entityId, supportId),
        like(auditEvents.action, "support.feedback%"),
      ),
    )
    .orderBy(auditEvents.id);
}

const validAnswer = {
  satisfaction: "5",
  consultantQuality: "4",
  needsFit: "3",
  beneficiaryChanges: "Les familles prennent rendez-vous en ligne.\r\nMoins d'attente au guichet.",
  recommendation: "9",
  comment: "",
};

const input = (scores: [number, number, number, number], texts: Partial<FeedbackInput> = {}) =>
  ({
    satisfaction: scores[0],
    consultantQuality: scores[1],
    needsFit: scores[2],
    recommendation: scores[3],
    beneficiaryChanges: null,
    comment: null,
    ...texts,
  }) satisfies FeedbackInput;

type Reply = { result: { error?: Record<string, string[] | null> }; refused: string | null };

describe("the first sending", () => {
  it("mails each member their own link, once", async () => {
    const support = await buildSupport(services, { organizationName: "Les Jardins d'Arles" });
    const second = await addSecondMember(support.organizationId);

    expect(await ask(support.supportId)).toBe(2);
    const ownerMail = await waitForMail(outbox, support.ownerEmail, "Votre avis");
    const secondMail = await waitForMail(outbox, second.email, "Votre avis");
    expect(ownerMail.subject).toBe("Votre avis sur l'accompagnement « Cadrage »");
    expect(ownerMail.text).toContain(
      "L'accompagnement « Cadrage » de Les Jardins d'Arles, dans le programme Digit'ESS, est terminé.",
    );
    expect(ownerMail.text).toContain("environ 3 minutes");
    expect(ownerMail.text).toContain("valable 30 jours");
    expect(ownerMail.link).toMatch(new RegExp(`^${services.env.APP_URL}/avis/[\\w-]+\\.[\\w-]+$`));
    expect(secondMail.link).not.toBe(ownerMail.link);
    const owner = verifyFeedbackToken(tokenOf(ownerMail.link), secret, new Date());
    expect(owner).toMatchObject({
      ok: true,
      supportId: support.supportId,
      userId: support.ownerId,
    });
    expect(await requestOf(support.supportId, second.userId)).toMatchObject({ remindersSent: 0 });

    // Closing again (a replay) asks nobody twice.
    expect(await ask(support.supportId)).toBe(0);
    expect(await surveyMails(support.ownerEmail)).toHaveLength(1);
    expect(await surveyMails(second.email)).toHaveLength(1);
    expect(
      (
        await services.db
          .select()
          .from(feedbackRequests)
          .where(eq(feedbackRequests.supportId, support.supportId))
      ).length,
    ).toBe(2);
  });

  it("a member who joins after the closing is asked by a later call, the others not again", async () => {
    const support = await buildSupport(services);
    await ask(support.supportId);
    const late = await addSecondMember(support.organizationId, "Arrivée tardive");
    expect(await ask(support.supportId)).toBe(1);
    expect(await surveyMails(late.email)).toHaveLength(1);
    expect(await surveyMails(support.ownerEmail)).toHaveLength(1);
  });

  it("refuses a support that is not closed", async () => {
    const support = await buildSupport(services, { status: "delivered" });
    await expect(ask(support.supportId)).rejects.toThrow(/not closed/);
    expect(await surveyMails(support.ownerEmail)).toHaveLength(0);
  });
});

describe("the survey page", () => {
  it("shows the form, stores one answer, then shows the answers given", async () => {
    const support = await buildSupport(services, { organizationName: "Radio Quartier" });
    await ask(support.supportId);
    const token = tokenOf((await waitForMail(outbox, support.ownerEmail, "Votre avis")).link);

    const page = await open(token);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      state: "form",
      support: { levelKind: "scoping", organizationName: "Radio Quartier", programme: "Digit'ESS" },
    });
    const messages = (page.data as { messages: Record<string, string> }).messages;
    expect(messages["supports.feedback.satisfaction.label"]).toContain("comment s'est passé");
    expect(messages["supports.level.scoping"]).toBe("Cadrage");

    const sent = await send(token, validAnswer);
    expect(sent.status).toBe(302);
    expect(sent.location).toBe(`/avis/${token}`);
    const [stored, ...others] = await answersOf(support.supportId);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      userId: support.ownerId,
      satisfaction: 5,
      consultantQuality: 4,
      fit: 3,
      changes: "Les familles prennent rendez-vous en ligne.\nMoins d'attente au guichet.",
      recommend: 9,
      comment: null,
    });

    const thanks = await open(token);
    expect(thanks.status).toBe(200);
    expect(thanks.data).toMatchObject({
      state: "answered",
      answer: {
        satisfaction: 5,
        consultantQuality: 4,
        needsFit: 3,
        recommendation: 9,
        beneficiaryChanges:
          "Les familles prennent rendez-vous en ligne.\nMoins d'attente au guichet.",
        comment: null,
      },
    });
  });

  it("refuses a second answer, from the same link or another member's, with nothing stored", async () => {
    const support = await buildSupport(services);
    const second = await addSecondMember(support.organizationId);
    await ask(support.supportId);
    const mine = tokenOf((await waitForMail(outbox, support.ownerEmail, "Votre avis")).link);
    const theirs = tokenOf((await waitForMail(outbox, second.email, "Votre avis")).link);
    expect((await send(mine, validAnswer)).status).toBe(302);
    const [first] = await answersOf(support.supportId);

    for (const token of [mine, theirs]) {
      const again = await send(token, { ...validAnswer, satisfaction: "1", comment: "Encore" });
      expect(again.status).toBe(409);
      const reply = again.data as Reply;
      expect(reply.refused).toBe("already_answered");
      expect(reply.result.error?.[""]).toEqual([
        catalogue.fr["supports.feedback.error.alreadyAnswered"],
      ]);
    }
    expect(await answersOf(support.supportId)).toEqual([first]);
    expect((await open(theirs)).data).toMatchObject({ state: "alreadyAnswered" });
    expect((await open(mine)).data).toMatchObject({ state: "answered" });
  });

  it("answers bad input with 400, French messages on the field, and stores nothing", async () => {
    const support = await buildSupport(services);
    await ask(support.supportId);
    const token = tokenOf((await waitForMail(outbox, support.ownerEmail, "Votre avis")).link);
    const fr = catalogue.fr;
    const cases: [Record<string, string>, Record<string, string>][] = [
      [
        { ...validAnswer, satisfaction: "6" },
        { satisfaction: fr["supports.feedback.error.satisfactionRequired"] },
      ],
      [
        { ...validAnswer, recommendation: "11" },
        { recommendation: fr["supports.feedback.error.recommendationRequired"] },
      ],
      [
        { ...validAnswer, needsFit: "4.5", consultantQuality: "-1" },
        {
          needsFit: fr["supports.feedback.error.needsFitRequired"],
          consultantQuality: fr["supports.feedback.error.consultantQualityRequired"],
        },
      ],
      [{ ...validAnswer, comment: "Bien\u0000" }, { comment: fr["form.error.nulCharacter"] }],
      [
        { ...validAnswer, beneficiaryChanges: "x".repeat(5000) },
        { beneficiaryChanges: fr["supports.feedback.error.beneficiaryChangesTooLong"] },
      ],
      [
        {},
        {
          satisfaction: fr["supports.feedback.error.satisfactionRequired"],
          consultantQuality: fr["supports.feedback.error.consultantQualityRequired"],
          needsFit: fr["supports.feedback.error.needsFitRequired"],
          recommendation: fr["supports.feedback.error.recommendationRequired"],
        },
      ],
    ];
    for (const [form, expected] of cases) {
      const outcome = await send(token, form);
      expect(outcome.status, JSON.stringify(form).slice(0, 80)).toBe(400);
      const errors = (outcome.data as Reply).result.error ?? {};
      for (const [field, message] of Object.entries(expected)) {
        expect(errors[field], field).toEqual([message]);
        expect(message).not.toMatch(/^supports\./);
      }
      expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).sort());
    }
    expect(await answersOf(support.supportId)).toEqual([]);
    // The form still works after the errors.
    expect((await send(token, validAnswer)).status).toBe(302);
  });

  it("says an expired link has expired (410), and a forged one is a 404", async () => {
    const support = await buildSupport(services);
    await ask(support.supportId);
    const token = tokenOf((await waitForMail(outbox, support.ownerEmail, "Votre avis")).link);
    const expired = issueFeedbackToken(
      {
        supportId: support.supportId,
        userId: support.ownerId,
        issuedAt: new Date(Date.now() - 31 * DAY),
      },
      secret,
    );
    const expiredPage = await open(expired);
    expect(expiredPage.status).toBe(410);
    expect(expiredPage.data).toMatchObject({ state: "expired" });
    expect((await send(expired, validAnswer)).status).toBe(410);

    const last = token.at(-1) === "A" ? "B" : "A";
    const tampered = `${token.slice(0, -1)}${last}`;
    const otherSecret = issueFeedbackToken(
      { supportId: support.supportId, userId: support.ownerId, issuedAt: new Date() },
      "un-autre-secret-de-trente-deux-caracteres-au-moins",
    );
    const hostile = ["abc", `${token}x`, "a".repeat(2000), "\u0000", "\u202e", "x'--", " "];
    for (const bad of [tampered, otherSecret, ...hostile]) {
      const page = await open(bad);
      expect(page.status, bad.slice(0, 20)).toBe(404);
      expect(page.data).toMatchObject({ state: "invalid" });
      expect((await send(bad, validAnswer)).status).toBe(404);
    }
    expect(await answersOf(support.supportId)).toEqual([]);
  });

  it("is a 404 once the member left the structure", async () => {
    const support = await buildSupport(services);
    const second = await addSecondMember(support.organizationId);
    await ask(support.supportId);
    const token = tokenOf((await waitForMail(outbox, second.email, "Votre avis")).link);
    await services.db
      .delete(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, support.organizationId),
          eq(organizationMembers.userId, second.userId),
        ),
      );
    expect((await open(token)).status).toBe(404);
    expect((await send(token, validAnswer)).status).toBe(404);
    expect(await answersOf(support.supportId)).toEqual([]);
  });

  it("refuses an answer while the support is not closed", async () => {
    const support = await buildSupport(services, { status: "delivered" });
    const token = issueFeedbackToken(
      { supportId: support.supportId, userId: support.ownerId, issuedAt: new Date() },
      secret,
    );
    expect((await open(token)).status).toBe(404);
    const outcome = await send(token, validAnswer);
    expect(outcome.status).toBe(409);
    expect((outcome.data as Reply).refused).toBe("not_closed");
    const refused = await attempt(() =>
      answerFeedback({
        db: services.db,
        supportId: support.supportId,
        userId: support.ownerId,
        input: input([4, 4, 4, 8]),
      }),
    );
    expect(refused).toMatchObject({ ok: false, refusal: { code: "not_closed" } });
    expect(await answersOf(support.supportId)).toEqual([]);
  });
});

describe("the reminders", () => {
  const remind = (now: Date) =>
    sendFeedbackReminders({
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      secret,
      now,
    });

  it("remind at 7 and 14 days with a link that expires with the first, never after an answer", async () => {
    // Sent ten days ago at 08:00 UTC (mid-morning in Paris, whatever the offset).
    const t0 = new Date(Math.floor((Date.now() - 10 * DAY) / DAY) * DAY + 8 * 60 * 60 * 1000);
    const waiting = await buildSupport(services, { organizationName: "Le Café Solidaire" });
    const leaving = await addSecondMember(waiting.organizationId, "Membre partant");
    const answered = await buildSupport(services, { organizationName: "La Ressourcerie" });
    await ask(waiting.supportId, t0);
    await ask(answered.supportId, t0);
    await answerFeedback({
      db: services.db,
      supportId: answered.supportId,
      userId: answered.ownerId,
      input: input([4, 4, 4, 8]),
      now: new Date(t0.getTime() + 2 * DAY),
    });
    await services.db
      .delete(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, waiting.organizationId),
          eq(organizationMembers.userId, leaving.userId),
        ),
      );
    const at = (days: number) => new Date(t0.getTime() + days * DAY);
    const state = async () => ({
      waiting: (await requestOf(waiting.supportId, waiting.ownerId))?.remindersSent,
      leaving: (await requestOf(waiting.supportId, leaving.userId))?.remindersSent,
      answered: (await requestOf(answered.supportId, answered.ownerId))?.remindersSent,
    });

    await remind(at(6));
    expect(await state()).toEqual({ waiting: 0, leaving: 0, answered: 0 });
    await remind(at(7));
    expect(await state()).toEqual({ waiting: 1, leaving: 0, answered: 0 });
    expect((await requestOf(waiting.supportId, waiting.ownerId))?.lastReminderAt).toEqual(at(7));
    await remind(at(8));
    await remind(at(13));
    expect(await state()).toEqual({ waiting: 1, leaving: 0, answered: 0 });
    await remind(at(14));
    expect(await state()).toEqual({ waiting: 2, leaving: 0, answered: 0 });
    await remind(at(15));
    await remind(at(29));
    expect(await state()).toEqual({ waiting: 2, leaving: 0, answered: 0 });

    const reminders = (await surveyMails(waiting.ownerEmail)).filter((m) =>
      m.subject.startsWith("Rappel"),
    );
    expect(reminders).toHaveLength(2);
    expect(reminders[0]?.subject).toBe("Rappel : votre avis sur l'accompagnement « Cadrage »");
    expect(reminders[0]?.text).toContain("Nous n'avons pas encore reçu de réponse.");
    expect(await surveyMails(leaving.email)).toHaveLength(1);
    expect(await surveyMails(answered.ownerEmail)).toHaveLength(1);
    // The trail: the mailing, each reminder (one per member reminded), the answer by its member.
    expect(await trailOf(waiting.supportId)).toEqual([
      { action: "support.feedback_requested", actorId: null, after: { membersMailed: 2 } },
      { action: "support.feedback_reminded", actorId: null, after: { reminder: 1 } },
      { action: "support.feedback_reminded", actorId: null, after: { reminder: 2 } },
    ]);
    expect(await trailOf(answered.supportId)).toEqual([
      { action: "support.feedback_requested", actorId: null, after: { membersMailed: 1 } },
      {
        action: "support.feedback_answered",
        actorId: answered.ownerId,
        after: { answerId: expect.any(String) },
      },
    ]);

    // The reminder's token is issued again at the first sending's time: it works now and expires
    // when the first one does (the token has no nonce, so it is the same link).
    const first = /https?:\/\/\S+/.exec((await surveyMails(waiting.ownerEmail))[0]?.text ?? "");
    const link = /https?:\/\/\S+/.exec(reminders[1]?.text ?? "")?.[0] ?? null;
    expect(link).toBe(first?.[0]);
    const verified = verifyFeedbackToken(tokenOf(link), secret, new Date());
    expect(verified).toMatchObject({ ok: true, expiresAt: at(30) });
    expect((await open(tokenOf(link))).data).toMatchObject({ state: "form" });
  });

  it("send only the second reminder when the first day was missed, and none once expired", async () => {
    const t0 = new Date(Date.now() - 40 * DAY);
    const late = await buildSupport(services);
    const gone = await buildSupport(services);
    await ask(late.supportId, t0);
    await ask(gone.supportId, new Date(t0.getTime() - 20 * DAY));
    const result = await remind(new Date(t0.getTime() + 16 * DAY));
    expect(result.reminded).toBeGreaterThanOrEqual(1);
    expect((await requestOf(late.supportId, late.ownerId))?.remindersSent).toBe(2);
    expect((await requestOf(gone.supportId, gone.ownerId))?.remindersSent).toBe(0);
    expect(
      (await surveyMails(late.ownerEmail)).filter((m) => m.subject.startsWith("Rappel")),
    ).toHaveLength(1);
    expect(await surveyMails(gone.ownerEmail)).toHaveLength(1);
  });

  it("is the daily feedback-reminders job", async () => {
    expect(feedbackRemindersJob.name).toBe("feedback-reminders");
    expect(feedbackRemindersJob.schedule).toBe("30 9 * * *");
    const deps = {
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      env: services.env,
      logger: createLogger("silent"),
    } as JobDependencies;
    await expect(feedbackRemindersJob.handle({}, deps)).resolves.toBeUndefined();
  });
});

describe("the answers read back", () => {
  it("sum up per antenna, consultant and level", async () => {
    const lyon = await digitessAntennaId(services.db, "Lyon");
    const paris = await digitessAntennaId(services.db, "Paris");
    const k1 = await buildAntennaManager(services.db, "Lyon");
    const k2 = await buildAntennaManager(services.db, "Paris");
    const answered = async (
      options: Parameters<typeof buildSupport>[1],
      scores: [number, number, number, number] | null,
      texts: Partial<FeedbackInput> = {},
    ) => {
      const support = await buildSupport(services, options);
      if (scores) {
        await answerFeedback({
          db: services.db,
          supportId: support.supportId,
          userId: support.ownerId,
          input: input(scores, texts),
        });
      }
      return support;
    };
    await answered(
      { antennaCity: "Lyon", consultantId: k1.id, levelKind: "diagnostic" },
      [5, 5, 5, 10],
    );
    await answered(
      { antennaCity: "Lyon", consultantId: k1.id, levelKind: "scoping" },
      [3, 4, 2, 6],
      { beneficiaryChanges: "Un agenda partagé.", comment: "Merci à l'équipe" },
    );
    await answered(
      { antennaCity: "Paris", consultantId: k2.id, levelKind: "scoping" },
      [4, 4, 4, 8],
    );
    await answered({ antennaCity: "Paris", levelKind: "production" }, null);
    await answered({ antennaCity: null, levelKind: "diagnostic" }, [2, 2, 2, 3]);

    const summaries = await feedbackSummaries(services.db, { antennaIds: [lyon, paris] });
    expect(summaries.overall).toMatchObject({ count: 3, promoters: 1, passives: 1, detractors: 1 });
    expect(summaries.overall.nps).toBe(0);
    expect(summaries.overall.averageTenths.satisfaction).toBe(40);
    expect(
      summaries.byAntenna.map((group) => [group.antennaId, group.summary.count, group.summary.nps]),
    ).toEqual([
      [lyon, 2, 0],
      [paris, 1, 0],
    ]);
    expect(
      summaries.byConsultant.map((group) => [group.consultantId, group.summary.count]),
    ).toEqual(
      expect.arrayContaining([
        [k1.id, 2],
        [k2.id, 1],
      ]),
    );
    expect(
      summaries.byConsultant.find((group) => group.consultantId === k1.id)?.summary.averageTenths,
    ).toEqual({ satisfaction: 40, consultantQuality: 45, needsFit: 35, recommendation: 80 });
    expect(summaries.byLevel.map((group) => [group.levelKind, group.summary.count])).toEqual([
      ["diagnostic", 1],
      ["scoping", 2],
    ]);

    const everything = await feedbackSummaries(services.db, {});
    const national = everything.byAntenna.at(-1);
    expect(national).toMatchObject({ antennaId: null, name: null });
    expect(national?.summary.count).toBe(1);
    expect(everything.overall.count).toBeGreaterThanOrEqual(4);
    expect(await feedbackSummaries(services.db, { antennaIds: [] })).toMatchObject({
      overall: { count: 0 },
      byAntenna: [],
    });
  });
});

describe("the structure's own answers", () => {
  it("shows them on its application's page, and before it answers, that the survey was sent", async () => {
    const support = await buildSupport(services, { organizationName: "Les Jardins du Lien" });
    const cookie = await signIn(services, support.ownerEmail);
    const supportsShown = async (as = cookie) => {
      const page = await client.call(followRoute.loader, {
        path: `/espace/candidatures/${support.applicationId}`,
        params: { id: support.applicationId },
        cookie: as,
      });
      return {
        status: page.status,
        supports: (page.data as { supports?: { status: string; feedback: unknown }[] } | null)
          ?.supports,
      };
    };
    expect(await supportsShown()).toEqual({
      status: 200,
      supports: [expect.objectContaining({ status: "closed", feedback: null })],
    });
    await answerFeedback({
      db: services.db,
      supportId: support.supportId,
      userId: support.ownerId,
      input: input([4, 5, 3, 9], { comment: "Merci pour la patience" }),
    });
    const shown = await supportsShown();
    expect(shown.supports?.[0]?.feedback).toEqual({
      satisfaction: 4,
      consultantQuality: 5,
      needsFit: 3,
      recommendation: 9,
      beneficiaryChanges: null,
      comment: "Merci pour la patience",
      answeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    // Another structure's member never reaches the page, nor the answer.
    const stranger = await buildSupport(services, { organizationName: "Le Relais Vert" });
    expect((await supportsShown(await signIn(services, stranger.ownerEmail))).status).toBe(404);
  });
});
