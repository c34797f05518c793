/**
 * The review actions called the way React Router calls them, with real sessions on a real
 * database: each one's success path (state, rows, audit, mails in the outbox), its refusal in the
 * wrong state (409, nothing stored), bad input (400, nothing stored), and the boundaries (anyone
 * but an instructor or administrator in scope gets 404). Also the weekly reminder job, run by
 * calling its handler, and the applicant's answer closing the open request.
 */
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "~/platform/email/outbox.server";
import type { JobDependencies } from "~/platform/jobs/define-job";
import { createLogger } from "~/platform/logger.server";
import * as followRoute from "~/routes/applications/follow";
import * as ineligibleRoute from "~/routes/review/declare-ineligible";
import * as readyRoute from "~/routes/review/mark-ready";
import * as reassignRoute from "~/routes/review/reassign";
import * as informationRoute from "~/routes/review/request-information";
import * as scoreRoute from "~/routes/review/score";
import * as startRoute from "~/routes/review/start-review";
import type { Services } from "~/services.server";
import {
  applicationEvents,
  applicationMessages,
  applicationScores,
  applications,
  auditEvents,
  informationRequests,
  notificationDigestItems,
  notificationPreferences,
} from "../../../db/schema";
import { buildStaff } from "../../../tests/factories/applications";
import {
  buildAntennaManager,
  buildSubmittedApplication,
  digitessAntennaId,
} from "../../../tests/factories/review";
import { waitForMail } from "../../../tests/support/mail";
import {
  createRouteClient,
  type FormInput,
  type RouteClient,
} from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { informationReminderJob } from "./jobs/information-reminder";
import { sendInformationReminders } from "./send-information-reminders.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: Awaited<ReturnType<typeof signInAs>>;
let outbox: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  outbox = services.outboxDir as string;
});
afterAll(async () => {
  await services?.close();
});

type ActionRoute = { loader: unknown; action: unknown };
const routes = {
  examen: startRoute,
  complements: informationRoute,
  "non-eligible": ineligibleRoute,
  evaluation: scoreRoute,
  prete: readyRoute,
  attribution: reassignRoute,
} as const satisfies Record<string, ActionRoute>;
type Slug = keyof typeof routes;

const pathOf = (id: string, slug: Slug) => `/instruction/candidatures/${id}/${slug}`;

function get(slug: Slug, id: string, cookie?: string) {
  return client.call(routes[slug].loader, { path: pathOf(id, slug), params: { id }, cookie });
}

function post(slug: Slug, id: string, cookie: string | undefined, form: FormInput) {
  return client.call(routes[slug].action, {
    path: pathOf(id, slug),
    params: { id },
    cookie,
    form,
  });
}

async function statusOf(id: string) {
  const [row] = await services.db
    .select({
      status: applications.status,
      assignedTo: applications.assignedTo,
      antennaId: applications.antennaId,
      committeeSummary: applications.committeeSummary,
    })
    .from(applications)
    .where(eq(applications.id, id));
  return row;
}

async function countOf(table: typeof informationRequests | typeof applicationScores, id: string) {
  const [row] = await services.db
    .select({ n: count() })
    .from(table)
    .where(eq(table.applicationId, id));
  return row?.n ?? 0;
}

async function auditActions(id: string) {
  const rows = await services.db
    .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, id));
  return rows;
}

/** The French error messages of a form reply. */
function errorsOf(outcome: { data: unknown }): Record<string, string[]> {
  return ((outcome.data as { result?: { error?: Record<string, string[]> } }).result?.error ??
    {}) as Record<string, string[]>;
}

const noticeSet = (outcome: { setCookies: readonly string[] }) =>
  outcome.setCookies.some((cookie) => cookie.startsWith("notice="));

/** The seed's grid, every criterion at `score`. */
function fullScores(score: string, extra: Record<string, string> = {}) {
  return {
    score_priority_axes: score,
    score_digital_need: score,
    score_expected_impact: score,
    score_capacity: score,
    score_budget: score,
    ...extra,
  };
}

describe("who may open the action pages", () => {
  it("sends an anonymous visitor to sign-in", async () => {
    const built = await buildSubmittedApplication(services);
    for (const slug of Object.keys(routes) as Slug[]) {
      const outcome = await get(slug, built.applicationId);
      expect(outcome.status).toBe(302);
      expect(outcome.location).toContain("/connexion?redirectTo=");
    }
  });

  it("answers 404 to anyone but instructors and administrators in scope, and stores nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const ownApplicant = await signIn(services, built.email);
    const marseille = await buildAntennaManager(services.db, "Marseille");
    const reunion = await buildAntennaManager(services.db, "Saint-Denis (La Réunion)");
    const cookies = [
      ownApplicant,
      (await signInAs(services, { role: "funder" })).cookie,
      (await signInAs(services, { role: "committee_member" })).cookie,
      (await signInAs(services, { role: "applicant" })).cookie,
      // The antenna's own manager reads the file but does not decide; another antenna's sees none.
      await signIn(services, marseille.email),
      await signIn(services, reunion.email),
    ];
    const forms: Record<Slug, FormInput> = {
      examen: {},
      complements: { message: "Merci", items: "Statuts" },
      "non-eligible": { category: "other", reason: "Hors champ" },
      evaluation: fullScores("4"),
      prete: { summary: "Synthèse" },
      attribution: {
        antennaId: await digitessAntennaId(services.db, "Marseille"),
        reason: "Congés",
      },
    };
    for (const cookie of cookies) {
      for (const slug of Object.keys(routes) as Slug[]) {
        expect((await get(slug, built.applicationId, cookie)).status).toBe(404);
        expect((await post(slug, built.applicationId, cookie, forms[slug])).status).toBe(404);
      }
    }
    for (const id of ["pas-un-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect((await get("examen", id, instructor.cookie)).status).toBe(404);
      expect((await post("prete", id, instructor.cookie, { summary: "x" })).status).toBe(404);
    }
    expect(await statusOf(built.applicationId)).toMatchObject({
      status: "in_review",
      assignedTo: null,
      committeeSummary: null,
    });
    expect(await countOf(applicationScores, built.applicationId)).toBe(0);
    expect(await countOf(informationRequests, built.applicationId)).toBe(0);
  });

  it("lets an administrator act", async () => {
    const built = await buildSubmittedApplication(services);
    const admin = await signInAs(services, { role: "admin" });
    expect((await get("examen", built.applicationId, admin.cookie)).status).toBe(200);
    expect((await post("examen", built.applicationId, admin.cookie, {})).status).toBe(302);
    expect((await statusOf(built.applicationId))?.status).toBe("in_review");
  });
});

describe("take into review", () => {
  it("moves a submitted file to review and assigns it to the actor when nobody has it", async () => {
    const built = await buildSubmittedApplication(services);
    const page = await get("examen", built.applicationId, instructor.cookie);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      header: { number: built.number, organizationName: "Le Toit Partagé", status: "submitted" },
      open: true,
    });
    const done = await post("examen", built.applicationId, instructor.cookie, {});
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/instruction/candidatures/${built.applicationId}`);
    expect(noticeSet(done)).toBe(true);
    expect(await statusOf(built.applicationId)).toMatchObject({
      status: "in_review",
      assignedTo: instructor.id,
    });
    expect((await auditActions(built.applicationId)).map((a) => a.action)).toContain(
      "application.review_started",
    );

    // Again: the state machine refuses, in French, and nothing moves.
    const again = await post("examen", built.applicationId, instructor.cookie, {});
    expect(again.status).toBe(409);
    expect(errorsOf(again)[""]?.[0]).toContain("le dossier a changé d'état");
    const page2 = await get("examen", built.applicationId, instructor.cookie);
    expect(page2.data).toMatchObject({ open: false });
  });

  it("keeps the person already assigned", async () => {
    const built = await buildSubmittedApplication(services);
    const other = await buildStaff(services.db, "instructor");
    await services.db
      .update(applications)
      .set({ assignedTo: other.id })
      .where(eq(applications.id, built.applicationId));
    expect((await post("examen", built.applicationId, instructor.cookie, {})).status).toBe(302);
    expect((await statusOf(built.applicationId))?.assignedTo).toBe(other.id);
  });
});

describe("ask for more information", () => {
  it("refuses bad input with French field errors and stores nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const cases: [FormInput, string, string][] = [
      [{ message: "", items: "Statuts" }, "message", "Écrivez le message"],
      [{ message: "x".repeat(5001), items: "Statuts" }, "message", "5 000 caractères"],
      [{ message: "Merci", items: "  \n " }, "items", "au moins une"],
      [
        { message: "Merci", items: Array.from({ length: 21 }, (_, i) => `P${i}`).join("\n") },
        "items",
        "20 éléments",
      ],
      [{ message: "Merci", items: `Statuts\n${"x".repeat(201)}` }, "items", "200 caractères"],
      [{ message: "Mer\u0000ci", items: "Statuts" }, "message", ""],
    ];
    for (const [form, field, text] of cases) {
      const outcome = await post("complements", id, instructor.cookie, form);
      expect(outcome.status, JSON.stringify(form).slice(0, 80)).toBe(400);
      expect(errorsOf(outcome)[field]?.[0]).toContain(text);
    }
    const huge = await post("complements", id, instructor.cookie, {
      message: "x".repeat(300 * 1024),
      items: "Statuts",
    });
    expect(huge.status).toBe(413);
    expect(await statusOf(id)).toMatchObject({ status: "in_review" });
    expect(await countOf(informationRequests, id)).toBe(0);
    const messages = await services.db
      .select({ id: applicationMessages.id })
      .from(applicationMessages)
      .where(eq(applicationMessages.applicationId, id));
    expect(messages).toEqual([]);
  });

  it("refuses in the wrong state and stores nothing", async () => {
    const built = await buildSubmittedApplication(services);
    const outcome = await post("complements", built.applicationId, instructor.cookie, {
      message: "Merci d'envoyer vos statuts.",
      items: "Statuts",
    });
    expect(outcome.status).toBe(409);
    expect((await statusOf(built.applicationId))?.status).toBe("submitted");
    expect(await countOf(informationRequests, built.applicationId)).toBe(0);
  });

  it("moves the file, records the request and its items, mails the members; the answer closes it", async () => {
    const built = await buildSubmittedApplication(services, {
      status: "in_review",
      organizationName: "Les Jardins Partagés",
    });
    const id = built.applicationId;
    const done = await post("complements", id, instructor.cookie, {
      message: "Bonjour, il nous manque deux pièces.",
      items: "Statuts signés\n\nBudget prévisionnel 2027\n",
    });
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/instruction/candidatures/${id}`);
    expect((await statusOf(id))?.status).toBe("information_requested");
    const [request] = await services.db
      .select()
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, id));
    expect(request?.missingItems).toEqual(["Statuts signés", "Budget prévisionnel 2027"]);
    expect(request?.requestedBy).toBe(instructor.id);
    expect(request?.answeredAt).toBeNull();
    const [message] = await services.db
      .select()
      .from(applicationMessages)
      .where(eq(applicationMessages.id, request?.messageId as string));
    expect(message).toMatchObject({ isInformationRequest: true, authorId: instructor.id });
    const mail = await waitForMail(outbox, built.email, "Compléments demandés");
    expect(mail.text).toContain(`/espace/candidatures/${id}`);

    // The applicant's follow page shows the missing items.
    const applicantCookie = await signIn(services, built.email);
    const follow = await client.call(followRoute.loader, {
      path: `/espace/candidatures/${id}`,
      params: { id },
      cookie: applicantCookie,
    });
    const view = (follow.data as { view: { messages: { missingItems: string[] }[] } }).view;
    expect(view.messages.at(-1)?.missingItems).toEqual([
      "Statuts signés",
      "Budget prévisionnel 2027",
    ]);

    // The answer marks the request answered, in the same transaction as the move back.
    const answer = new FormData();
    answer.append("intent", "answer");
    answer.append("body", "Voici nos statuts.");
    const answered = await client.call(followRoute.action, {
      path: `/espace/candidatures/${id}`,
      params: { id },
      cookie: applicantCookie,
      form: answer,
    });
    expect(answered.status).toBe(302);
    const [after] = await services.db
      .select({ answeredAt: informationRequests.answeredAt })
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, id));
    expect(after?.answeredAt).toBeInstanceOf(Date);
    expect((await statusOf(id))?.status).toBe("in_review");
  });
});

describe("the information reminder job", () => {
  const DAY = 24 * 60 * 60 * 1000;

  async function requested(daysAgo: number, name: string) {
    const built = await buildSubmittedApplication(services, {
      status: "in_review",
      organizationName: name,
    });
    const outcome = await post("complements", built.applicationId, instructor.cookie, {
      message: "Il manque une pièce.",
      items: "Statuts signés",
    });
    expect(outcome.status).toBe(302);
    await services.db
      .update(informationRequests)
      .set({ requestedAt: new Date(Date.now() - daysAgo * DAY) })
      .where(eq(informationRequests.applicationId, built.applicationId));
    return built;
  }

  async function reminderOf(applicationId: string) {
    const [row] = await services.db
      .select({ sentAt: informationRequests.reminderSentAt })
      .from(informationRequests)
      .where(eq(informationRequests.applicationId, applicationId));
    return row?.sentAt ?? null;
  }

  it("reminds once, after 7 days, as each member chose", async () => {
    const old = await requested(8, "Association Ancienne");
    const recent = await requested(3, "Association Récente");
    const digest = await requested(10, "Association Résumé");
    await services.db.insert(notificationPreferences).values({
      userId: digest.applicant.id,
      eventKind: "information_reminder",
      delivery: "digest",
    });
    // Withdrawn since: no reminder.
    const withdrawn = await requested(9, "Association Retirée");
    await services.db
      .update(applications)
      .set({ status: "withdrawn" })
      .where(eq(applications.id, withdrawn.applicationId));

    const deps = {
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      logger: createLogger("silent"),
    } as JobDependencies;
    expect(informationReminderJob.schedule).toBe("0 9 * * *");
    await informationReminderJob.handle({}, deps);

    expect(await reminderOf(old.applicationId)).toBeInstanceOf(Date);
    expect(await reminderOf(recent.applicationId)).toBeNull();
    expect(await reminderOf(withdrawn.applicationId)).toBeNull();
    expect(await reminderOf(digest.applicationId)).toBeInstanceOf(Date);
    const mail = await waitForMail(outbox, old.email, "Rappel");
    expect(mail.text).toContain("Statuts signés");
    expect(mail.text).toContain(`/espace/candidatures/${old.applicationId}`);
    const digestItems = await services.db
      .select({ line: notificationDigestItems.line })
      .from(notificationDigestItems)
      .where(
        and(
          eq(notificationDigestItems.userId, digest.applicant.id),
          eq(notificationDigestItems.eventKind, "information_reminder"),
        ),
      );
    expect(digestItems).toHaveLength(1);
    expect(digestItems[0]?.line).toContain("Rappel");

    // Twice: nothing more.
    const firstSent = await reminderOf(old.applicationId);
    await informationReminderJob.handle({}, deps);
    expect(
      await sendInformationReminders({ db: services.db, jobs: services.jobs, appUrl: "x" }),
    ).toEqual({ reminded: 0, mailed: 0 });
    expect(await reminderOf(old.applicationId)).toEqual(firstSent);
    const audits = (await auditActions(old.applicationId)).filter(
      (a) => a.action === "application.information_reminder_mailed",
    );
    expect(audits).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const reminders = (await readOutbox(outbox)).filter(
      (m) => m.to.includes(old.email) && m.subject.includes("Rappel"),
    );
    expect(reminders).toHaveLength(1);
    expect(
      (await readOutbox(outbox)).filter(
        (m) => m.to.includes(digest.email) && m.subject.includes("Rappel"),
      ),
    ).toHaveLength(0);
  });
});

describe("declare ineligible", () => {
  it("refuses bad input and the wrong state, storing nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    for (const [form, field] of [
      [{ reason: "Hors champ" }, "category"],
      [{ category: "nope", reason: "Hors champ" }, "category"],
      [{ category: "other", reason: " " }, "reason"],
      [{ category: "other", reason: "x".repeat(2001) }, "reason"],
    ] as const) {
      const outcome = await post("non-eligible", built.applicationId, instructor.cookie, form);
      expect(outcome.status).toBe(400);
      expect(errorsOf(outcome)[field]?.length).toBe(1);
    }
    const submitted = await buildSubmittedApplication(services);
    const wrong = await post("non-eligible", submitted.applicationId, instructor.cookie, {
      category: "other",
      reason: "Hors champ",
    });
    expect(wrong.status).toBe(409);
    expect((await statusOf(submitted.applicationId))?.status).toBe("submitted");
    expect((await statusOf(built.applicationId))?.status).toBe("in_review");
  });

  it("closes the file with its reason and tells every member why, whatever they chose", async () => {
    const built = await buildSubmittedApplication(services, {
      status: "in_review",
      organizationName: "Jeune Pousse",
    });
    // A required mail: the members' choices do not silence it.
    await services.db.insert(notificationPreferences).values(
      ["information_requested", "staff_message"].map((eventKind) => ({
        userId: built.applicant.id,
        eventKind,
        delivery: "none",
      })),
    );
    const reason =
      "Votre association a été créée en 2025 : le programme demande trois ans d'existence.";
    const done = await post("non-eligible", built.applicationId, instructor.cookie, {
      category: "too_young",
      reason,
    });
    expect(done.status).toBe(302);
    expect((await statusOf(built.applicationId))?.status).toBe("declared_ineligible");
    const [event] = await services.db
      .select({ reason: applicationEvents.reason })
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, built.applicationId),
          eq(applicationEvents.action, "declare_ineligible"),
        ),
      );
    expect(event?.reason).toBe(`Structure trop récente (moins de 3 ans) : ${reason}`);
    const mail = await waitForMail(outbox, built.email, "n'est pas retenue");
    const text = mail.text.replace(/\s+/g, " ");
    expect(text).toContain(reason);
    expect(text).toContain("structure trop récente");
    for (const help of [
      "France Active",
      "Dispositif local d'accompagnement",
      "France services",
      "Solidatech",
    ]) {
      expect(text).toContain(help);
    }
    const again = await post("non-eligible", built.applicationId, instructor.cookie, {
      category: "other",
      reason: "Encore",
    });
    expect(again.status).toBe(409);
  });
});

describe("score", () => {
  it("refuses out-of-range, missing and unknown scores with the criterion named, storing nothing", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const cases: [Record<string, string>, string, string][] = [
      [fullScores("4", { score_budget: "0" }), "score_budget", "Cohérence du budget"],
      [fullScores("4", { score_budget: "6" }), "score_budget", "Cohérence du budget"],
      [fullScores("4", { score_capacity: "2.5" }), "score_capacity", "Capacité à mener le projet"],
      [fullScores("4", { score_digital_need: "abc" }), "score_digital_need", "Besoin numérique"],
      [
        Object.fromEntries(
          Object.entries(fullScores("4")).filter(([name]) => name !== "score_expected_impact"),
        ),
        "score_expected_impact",
        "Impact attendu",
      ],
      [fullScores("4", { score_inconnu: "3" }), "score_inconnu", "inconnu"],
      [
        fullScores("4", { comment_budget: "x".repeat(1001) }),
        "comment_budget",
        "Cohérence du budget",
      ],
    ];
    for (const [form, field, label] of cases) {
      const outcome = await post("evaluation", id, instructor.cookie, form);
      expect(outcome.status, field).toBe(400);
      expect(errorsOf(outcome)[field]?.[0]).toContain(label);
    }
    expect(await countOf(applicationScores, id)).toBe(0);
    const submitted = await buildSubmittedApplication(services);
    const wrong = await post(
      "evaluation",
      submitted.applicationId,
      instructor.cookie,
      fullScores("3"),
    );
    expect(wrong.status).toBe(409);
    expect(await countOf(applicationScores, submitted.applicationId)).toBe(0);
  });

  it("stores one reviewer's scores, lets them re-score, and shows the team's weighted average", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const page = await get("evaluation", id, instructor.cookie);
    const data = page.data as {
      criteria: { id: string; weight: number; previousScore: number | null }[];
      team: { average: number | null; count: number };
    };
    expect(data.criteria.map((c) => c.id)).toEqual([
      "priority_axes",
      "digital_need",
      "expected_impact",
      "capacity",
      "budget",
    ]);
    expect(data.team).toEqual({ average: null, count: 0 });

    const first = await post("evaluation", id, instructor.cookie, {
      ...fullScores("3"),
      comment_priority_axes: "Habitat, en plein dans les axes.",
    });
    expect(first.status).toBe(302);
    expect(noticeSet(first)).toBe(true);
    expect(await countOf(applicationScores, id)).toBe(5);
    // Re-scoring replaces the reviewer's scores.
    const second = await post("evaluation", id, instructor.cookie, {
      ...fullScores("4"),
      score_expected_impact: "5",
    });
    expect(second.status).toBe(302);
    expect(await countOf(applicationScores, id)).toBe(5);
    const audits = (await auditActions(id)).filter((a) => a.action === "application.scored");
    expect(audits).toHaveLength(2);
    // Weights 2, 2, 3, 2, 1: (4*2 + 4*2 + 5*3 + 4*2 + 4*1) / 10 = 4.3
    expect(audits[1]?.after).toMatchObject({ weighted: 4.3 });

    const colleague = await signInAs(services, { role: "instructor" });
    expect((await post("evaluation", id, colleague.cookie, fullScores("2"))).status).toBe(302);
    const after = (await get("evaluation", id, instructor.cookie)).data as typeof data;
    // (43 + 20) / 20 = 3.15 -> 3.2
    expect(after.team).toEqual({ average: 3.2, count: 2 });
    expect(after.criteria.find((c) => c.id === "expected_impact")?.previousScore).toBe(5);
  });
});

describe("mark ready for committee", () => {
  it("needs the actor's scores and a summary; then stores the summary and moves the file", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const empty = await post("prete", id, instructor.cookie, { summary: "  " });
    expect(empty.status).toBe(400);
    const tooLong = await post("prete", id, instructor.cookie, { summary: "x".repeat(3001) });
    expect(tooLong.status).toBe(400);
    const unscored = await post("prete", id, instructor.cookie, { summary: "Dossier solide." });
    expect(unscored.status).toBe(409);
    expect(errorsOf(unscored)[""]?.[0]).toContain("Évaluez d'abord le dossier");
    expect(await statusOf(id)).toMatchObject({ status: "in_review", committeeSummary: null });

    // A colleague's scores do not count for the actor.
    const colleague = await signInAs(services, { role: "instructor" });
    expect((await post("evaluation", id, colleague.cookie, fullScores("4"))).status).toBe(302);
    expect((await post("prete", id, instructor.cookie, { summary: "x" })).status).toBe(409);

    expect((await post("evaluation", id, instructor.cookie, fullScores("4"))).status).toBe(302);
    const done = await post("prete", id, instructor.cookie, {
      summary: "Structure solide, besoin clair, à soutenir.",
    });
    expect(done.status).toBe(302);
    expect(await statusOf(id)).toMatchObject({
      status: "ready_for_committee",
      committeeSummary: "Structure solide, besoin clair, à soutenir.",
    });
    const again = await post("prete", id, instructor.cookie, { summary: "Autre" });
    expect(again.status).toBe(409);
    expect((await statusOf(id))?.committeeSummary).toBe(
      "Structure solide, besoin clair, à soutenir.",
    );
  });
});

describe("reassign", () => {
  it("moves the file to an antenna and a person, audited, and tells that person", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const id = built.applicationId;
    const reunionAntenna = await digitessAntennaId(services.db, "Saint-Denis (La Réunion)");
    const marseilleAntenna = await digitessAntennaId(services.db, "Marseille");
    const reunionManager = await buildAntennaManager(services.db, "Saint-Denis (La Réunion)");
    const marseilleManager = await buildAntennaManager(services.db, "Marseille");
    const before = await statusOf(id);

    const page = (await get("attribution", id, instructor.cookie)).data as {
      antennas: { id: string }[];
      people: { id: string }[];
      open: boolean;
    };
    expect(page.open).toBe(true);
    expect(page.antennas.map((a) => a.id)).toContain(reunionAntenna);
    expect(page.people.map((p) => p.id)).toEqual(
      expect.arrayContaining([instructor.id, reunionManager.id, marseilleManager.id]),
    );

    const refusals: [FormInput, number, string][] = [
      [{ antennaId: reunionAntenna, assigneeId: reunionManager.id, reason: "" }, 400, "reason"],
      [{ antennaId: "marseille", reason: "Congés" }, 400, "antennaId"],
      [{ antennaId: "00000000-0000-4000-8000-000000000000", reason: "Congés" }, 409, "antennaId"],
      // Another antenna's manager, an applicant: not people who may follow it there.
      [
        { antennaId: reunionAntenna, assigneeId: marseilleManager.id, reason: "Congés" },
        409,
        "assigneeId",
      ],
      [
        { antennaId: reunionAntenna, assigneeId: built.applicant.id, reason: "Congés" },
        409,
        "assigneeId",
      ],
      [{ antennaId: reunionAntenna, assigneeId: "inconnu", reason: "Congés" }, 409, "assigneeId"],
    ];
    for (const [form, status, field] of refusals) {
      const outcome = await post("attribution", id, instructor.cookie, form);
      expect(outcome.status, JSON.stringify(form)).toBe(status);
      expect(errorsOf(outcome)[field]?.length).toBe(1);
    }
    expect(await statusOf(id)).toEqual(before);

    const done = await post("attribution", id, instructor.cookie, {
      antennaId: reunionAntenna,
      assigneeId: reunionManager.id,
      reason: "La structure s'installe à La Réunion.",
    });
    expect(done.status).toBe(302);
    expect(await statusOf(id)).toMatchObject({
      status: "in_review",
      antennaId: reunionAntenna,
      assignedTo: reunionManager.id,
    });
    const audit = (await auditActions(id)).find((a) => a.action === "application.reassigned");
    expect(audit?.before).toEqual({ antennaId: marseilleAntenna, assignedTo: null });
    expect(audit?.after).toEqual({
      antennaId: reunionAntenna,
      assignedTo: reunionManager.id,
      reason: "La structure s'installe à La Réunion.",
    });
    // Not a state change: no timeline entry.
    const events = await services.db
      .select({ action: applicationEvents.action })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, id))
      .orderBy(asc(applicationEvents.id));
    expect(events.map((e) => e.action)).toEqual(["create", "submit", "start_review"]);
    const mail = await waitForMail(outbox, reunionManager.email, "vous est attribué");
    expect(mail.text).toContain(`/instruction/candidatures/${id}`);
    expect(mail.text).toContain("La structure s'installe à La Réunion.");
  });

  it("refuses a closed file", async () => {
    const built = await buildSubmittedApplication(services, { status: "declared_ineligible" });
    const antennaId = await digitessAntennaId(services.db, "Marseille");
    const page = (await get("attribution", built.applicationId, instructor.cookie)).data as {
      open: boolean;
    };
    expect(page.open).toBe(false);
    const outcome = await post("attribution", built.applicationId, instructor.cookie, {
      antennaId,
      assigneeId: instructor.id,
      reason: "Reprise",
    });
    expect(outcome.status).toBe(409);
    expect((await statusOf(built.applicationId))?.assignedTo).toBeNull();
  });
});
