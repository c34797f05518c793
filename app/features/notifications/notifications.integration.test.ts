/**
 * Notifications (issue 13): every signed-in user chooses, per kind of their role, an e-mail at
 * once, a daily digest or nothing, on their own page only; the choice is honoured by the
 * application events (messages, answers), and the daily digest mails each user's lines once.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postMessage } from "~/features/applications/index.server";
import { createLogger } from "~/platform/logger.server";
import * as preferencesRoute from "~/routes/account/notifications";
import type { Services } from "~/services.server";
import {
  applications,
  auditEvents,
  notificationDigestItems,
  notificationPreferences,
} from "../../../db/schema";
import { buildStaff } from "../../../tests/factories/applications";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { sendDigests } from "./jobs/send-digests";

let services: Services & { dataDir: string };
let client: RouteClient;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
});
afterAll(async () => {
  await services?.close();
});

const PATH = "/compte/notifications";

async function storedChoices(userId: string) {
  const rows = await services.db
    .select({
      kind: notificationPreferences.eventKind,
      delivery: notificationPreferences.delivery,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return Object.fromEntries(rows.map((row) => [row.kind, row.delivery]));
}

/** The e-mails enqueued for `to` (sent or not yet). */
async function mailJobsTo(to: string): Promise<number> {
  const result = await services.db.execute(
    sql`select count(*)::int as n from pgboss.job where name = 'send-email' and data->>'to' = ${to}`,
  );
  const rows = (result as unknown as { rows: { n: number }[] }).rows;
  return Number(rows[0]?.n ?? 0);
}

async function pendingDigest(userId: string) {
  return services.db
    .select()
    .from(notificationDigestItems)
    .where(
      and(
        eq(notificationDigestItems.userId, userId),
        sql`${notificationDigestItems.sentAt} is null`,
      ),
    );
}

function save(cookie: string, form: Record<string, string>) {
  return client.call(preferencesRoute.action, { path: PATH, cookie, method: "POST", form });
}

describe("the preferences page", () => {
  it("offers an applicant the applicant kinds, defaults at once, and saves with an audit event", async () => {
    const nadia = await signInAs(services, { role: "applicant" });
    const page = await client.call(preferencesRoute.loader, { path: PATH, cookie: nadia.cookie });
    expect(page.status).toBe(200);
    const { choices } = (page.data as { page: { choices: { kind: string; delivery: string }[] } })
      .page;
    expect(choices).toEqual([
      { kind: "staff_message", delivery: "immediate" },
      { kind: "information_requested", delivery: "immediate" },
      { kind: "correction_requested", delivery: "immediate" },
      { kind: "information_reminder", delivery: "immediate" },
    ]);
    const saved = await save(nadia.cookie, {
      staff_message: "digest",
      information_requested: "none",
      correction_requested: "immediate",
      information_reminder: "digest",
      // A staff kind and a user id are not the applicant's to set: ignored.
      applicant_message: "none",
      userId: "someone-else",
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(PATH);
    expect(await storedChoices(nadia.id)).toEqual({
      staff_message: "digest",
      information_requested: "none",
      correction_requested: "immediate",
      information_reminder: "digest",
    });
    const audit = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, nadia.id),
          eq(auditEvents.action, "user.notification_preferences_updated"),
        ),
      );
    expect(audit).toHaveLength(1);
    const again = await client.call(preferencesRoute.loader, { path: PATH, cookie: nadia.cookie });
    expect(
      (again.data as { page: { choices: { delivery: string }[] } }).page.choices.map(
        (c) => c.delivery,
      ),
    ).toEqual(["digest", "none", "immediate", "digest"]);
  });

  it("offers staff the staff kinds and a funder none", async () => {
    const instructor = await signInAs(services, { role: "instructor" });
    const page = await client.call(preferencesRoute.loader, {
      path: PATH,
      cookie: instructor.cookie,
    });
    expect(
      (page.data as { page: { choices: { kind: string }[] } }).page.choices.map((c) => c.kind),
    ).toEqual([
      "applicant_message",
      "information_answered",
      "correction_resubmitted",
      "application_assigned",
      "committee_session_prepared",
    ]);
    const funder = await signInAs(services, { role: "funder" });
    const empty = await client.call(preferencesRoute.loader, { path: PATH, cookie: funder.cookie });
    expect((empty.data as { page: { choices: unknown[] } }).page.choices).toEqual([]);
    expect((await save(funder.cookie, { staff_message: "none" })).status).toBe(302);
    expect(await storedChoices(funder.id)).toEqual({});
  });

  it("refuses a bad value, a missing kind and a NUL character (400), storing nothing", async () => {
    const user = await signInAs(services, { role: "applicant" });
    const complete = {
      staff_message: "digest",
      information_requested: "none",
      correction_requested: "immediate",
      information_reminder: "digest",
    };
    for (const form of [
      { ...complete, staff_message: "weekly" },
      { ...complete, information_requested: "" },
      { ...complete, correction_requested: "none\u0000" },
      { staff_message: "digest" },
    ]) {
      expect((await save(user.cookie, form)).status, JSON.stringify(form)).toBe(400);
    }
    expect(await storedChoices(user.id)).toEqual({});
  });

  it("only ever edits the signed-in user's preferences, and sends visitors to sign in", async () => {
    const mine = await signInAs(services, { role: "applicant" });
    const theirs = await signInAs(services, { role: "applicant" });
    await save(theirs.cookie, {
      staff_message: "none",
      information_requested: "none",
      correction_requested: "none",
      information_reminder: "none",
    });
    await save(mine.cookie, {
      staff_message: "digest",
      information_requested: "digest",
      correction_requested: "digest",
      information_reminder: "digest",
    });
    expect(Object.values(await storedChoices(theirs.id))).toEqual(["none", "none", "none", "none"]);
    expect(Object.values(await storedChoices(mine.id))).toEqual([
      "digest",
      "digest",
      "digest",
      "digest",
    ]);
    const anonymous = await client.call(preferencesRoute.loader, { path: PATH });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/connexion");
  });
});

describe("preferences honoured by application events", () => {
  it("mails at once, adds to the digest, or does nothing, as each member chose", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const staff = await buildStaff(services.db, "instructor");
    const message = () =>
      postMessage({
        db: services.db,
        jobs: services.jobs,
        actor: staff,
        applicationId: built.applicationId,
        body: "Pouvez-vous préciser le nombre de familles ?",
        appUrl: services.env.APP_URL,
      });
    // Immediate (the default): the e-mail is in the outbox.
    await message();
    await waitForMail(services.outboxDir as string, built.email, "Nouveau message");
    const immediateJobs = await mailJobsTo(built.email);

    // Digest: no e-mail, one line waiting.
    await services.db.insert(notificationPreferences).values({
      userId: built.applicant.id,
      eventKind: "staff_message",
      delivery: "digest",
    });
    await message();
    expect(await mailJobsTo(built.email)).toBe(immediateJobs);
    const waiting = await pendingDigest(built.applicant.id);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.line).toContain(built.number);
    expect(waiting[0]?.url).toBe(
      `${services.env.APP_URL}/espace/candidatures/${built.applicationId}`,
    );

    // None: neither.
    await services.db
      .update(notificationPreferences)
      .set({ delivery: "none" })
      .where(eq(notificationPreferences.userId, built.applicant.id));
    await message();
    expect(await mailJobsTo(built.email)).toBe(immediateJobs);
    expect(await pendingDigest(built.applicant.id)).toHaveLength(1);

    // The daily digest: one mail with the line and its link, once.
    const deps = {
      db: services.db,
      mail: services.mail,
      appUrl: services.env.APP_URL,
      logger: createLogger("silent"),
    };
    expect(await sendDigests(deps)).toBeGreaterThanOrEqual(1);
    const digest = await waitForMail(services.outboxDir as string, built.email, "résumé du jour");
    expect(digest.text).toContain(built.number);
    expect(digest.text).toContain(`/espace/candidatures/${built.applicationId}`);
    expect(await pendingDigest(built.applicant.id)).toHaveLength(0);
    expect(await sendDigests(deps)).toBe(0);
  });

  it("an applicant's message reaches the assignee once, marks the activity, and no one when unassigned", async () => {
    const built = await buildSubmittedApplication(services, { status: "in_review" });
    const assignee = await buildStaff(services.db, "instructor");
    const colleague = await buildStaff(services.db, "instructor");
    // Both took part in the thread; the assignee is also the assigned person.
    for (const actor of [assignee, colleague]) {
      await postMessage({
        db: services.db,
        jobs: services.jobs,
        actor,
        applicationId: built.applicationId,
        body: "Bonjour",
        appUrl: services.env.APP_URL,
      });
    }
    await services.db
      .update(applications)
      .set({ assignedTo: assignee.id })
      .where(eq(applications.id, built.applicationId));
    const before = {
      assignee: await mailJobsTo(assignee.email),
      colleague: await mailJobsTo(colleague.email),
    };
    await postMessage({
      db: services.db,
      jobs: services.jobs,
      actor: built.applicant,
      applicationId: built.applicationId,
      organizationId: built.organizationId,
      body: "Voici nos précisions.",
      appUrl: services.env.APP_URL,
    });
    expect(await mailJobsTo(assignee.email)).toBe(before.assignee + 1);
    expect(await mailJobsTo(colleague.email)).toBe(before.colleague + 1);
    const mail = await waitForMail(services.outboxDir as string, assignee.email, "Nouveau message");
    expect(mail.text).toContain(`/instruction/candidatures/${built.applicationId}`);
    const [row] = await services.db
      .select({ at: applications.lastApplicantActivityAt })
      .from(applications)
      .where(eq(applications.id, built.applicationId));
    expect(row?.at).not.toBeNull();

    // The assignee chose the digest: a line, no e-mail.
    await services.db.insert(notificationPreferences).values({
      userId: assignee.id,
      eventKind: "applicant_message",
      delivery: "digest",
    });
    const jobs = await mailJobsTo(assignee.email);
    await postMessage({
      db: services.db,
      jobs: services.jobs,
      actor: built.applicant,
      applicationId: built.applicationId,
      organizationId: built.organizationId,
      body: "Une autre précision.",
      appUrl: services.env.APP_URL,
    });
    expect(await mailJobsTo(assignee.email)).toBe(jobs);
    expect((await pendingDigest(assignee.id)).map((item) => item.eventKind)).toEqual([
      "applicant_message",
    ]);

    // Nobody assigned and nobody in the thread: no staff is told (the inbox shows it unread).
    const lonely = await buildSubmittedApplication(services, { status: "in_review" });
    await postMessage({
      db: services.db,
      jobs: services.jobs,
      actor: lonely.applicant,
      applicationId: lonely.applicationId,
      organizationId: lonely.organizationId,
      body: "Quelqu'un ?",
      appUrl: services.env.APP_URL,
    });
    const [lonelyRow] = await services.db
      .select({ at: applications.lastApplicantActivityAt })
      .from(applications)
      .where(eq(applications.id, lonely.applicationId));
    expect(lonelyRow?.at).not.toBeNull();
  });
});
