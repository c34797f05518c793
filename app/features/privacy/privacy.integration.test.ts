/**
 * Personal data (issue 12, ADR 0012), through the routes and the jobs, on both drivers:
 * - the archive holds the member's account, organisation, applications (with what applicants
 *   see: messages, timeline, documents' bytes) and diagnostics, never staff notes, scores or
 *   the committee summary, and nothing of another organisation; only its owner downloads it;
 * - deleting an account erases the person and keeps the records under "Compte supprimé"; a
 *   last owner with members must hand over (self) or hands over to the first member (admin);
 * - the retention job removes what is past its period and keeps the rest.
 */
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "~/platform/audit.server";
import { parseEnv } from "~/platform/env.server";
import { type UnzippedEntry, unzip } from "~/platform/export/unzip.test-support";
import type { JobDependencies } from "~/platform/jobs/define-job";
import { createLogger } from "~/platform/logger.server";
import { newStorageKey } from "~/platform/storage/storage";
import type { Services } from "~/services.server";
import * as dataRoute from "../../../app/routes/account/data";
import * as dataFileRoute from "../../../app/routes/account/data-file";
import * as deleteRoute from "../../../app/routes/account/delete";
import * as adminDeleteRoute from "../../../app/routes/admin/delete-account";
import * as privacyPageRoute from "../../../app/routes/pages/privacy";
import {
  account,
  applicationAttachments,
  applicationEvents,
  applicationMessages,
  applicationNotes,
  applicationScores,
  applications,
  auditEvents,
  exports,
  notificationPreferences,
  organizationMembers,
  organizations,
  session,
  user,
  userPreferences,
} from "../../../db/schema";
import { buildDraft, buildStaff, samplePdf } from "../../../tests/factories/applications";
import { addMember } from "../../../tests/factories/organizations";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { buildUser } from "../../../tests/factories/users";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices, eventually } from "../../../tests/support/test-services";
import { AUDIT_RETENTION_SETTING } from "./enforce-retention.server";
import { DELETED_ACCOUNT_NAME } from "./erasure";
import { enforceRetentionJob } from "./jobs/enforce-retention";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
});
afterAll(async () => {
  await services?.close();
});

const DAY = 24 * 60 * 60 * 1000;

async function total(query: Promise<{ total: number }[]>): Promise<number> {
  return (await query)[0]?.total ?? 0;
}

async function bytesOf(key: string): Promise<Buffer | null> {
  const stream = await services.storage.get(key);
  if (!stream) return null;
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** Posts "Préparer mon fichier" and waits for the job; returns the export's id. */
async function requestArchive(cookie: string): Promise<string> {
  const posted = await client.call(dataRoute.action, {
    path: "/compte/donnees",
    cookie,
    form: { intent: "export" },
  });
  expect(posted.status).toBe(302);
  expect(posted.location).toBe("/compte/donnees#export");
  const page = await client.call(dataRoute.loader, { path: "/compte/donnees", cookie });
  const { page: data } = page.data as Awaited<ReturnType<typeof dataRoute.loader>>;
  const id = data.exports[0]?.id as string;
  expect(id).toBeDefined();
  await eventually(async () => {
    const [row] = await services.db
      .select({ status: exports.status })
      .from(exports)
      .where(eq(exports.id, id));
    return row && (row.status === "done" || row.status === "failed");
  });
  return id;
}

function download(cookie: string, id: string) {
  return client.call(dataFileRoute.loader, {
    path: `/compte/donnees/fichiers/${id}`,
    params: { id },
    cookie,
  });
}

describe("the personal-data archive", () => {
  let mine: Awaited<ReturnType<typeof buildSubmittedApplication>>;
  let theirs: Awaited<ReturnType<typeof buildSubmittedApplication>>;
  let cookie: string;
  let entries: UnzippedEntry[];
  let exportId: string;

  beforeAll(async () => {
    mine = await buildSubmittedApplication(services, { organizationName: "Le Toit Partagé" });
    theirs = await buildSubmittedApplication(services, {
      organizationName: "Les Voisins Secrets",
      status: "in_review",
    });
    const staff = await buildStaff(services.db, "instructor");
    // What the applicant sees (a message from the team) and what only staff see.
    await services.db.insert(applicationMessages).values({
      applicationId: mine.applicationId,
      authorId: staff.id,
      body: "Bonjour, pouvez-vous préciser le calendrier ?",
    });
    await services.db.insert(applicationNotes).values({
      applicationId: mine.applicationId,
      authorId: staff.id,
      body: "NOTE-PRIVEE-EQUIPE",
    });
    await services.db.insert(applicationScores).values({
      applicationId: mine.applicationId,
      reviewerId: staff.id,
      criterionId: "impact",
      score: 4,
      comment: "COMMENTAIRE-DE-NOTATION",
    });
    await services.db
      .update(applications)
      .set({ committeeSummary: "RESUME-POUR-LE-COMITE", assignedTo: staff.id })
      .where(eq(applications.id, mine.applicationId));
    cookie = await signIn(services, mine.email);
    exportId = await requestArchive(cookie);
    const file = await download(cookie, exportId);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/zip");
    expect(file.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mes-donnees-digitess-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const bytes = Buffer.from(await (file.response as Response).arrayBuffer());
    const [record] = await services.db.select().from(exports).where(eq(exports.id, exportId));
    expect(record?.status).toBe("done");
    expect(bytes.length).toBe(record?.sizeBytes);
    entries = unzip(bytes);
  });

  const json = () =>
    JSON.parse(entries.find((e) => e.name === "donnees.json")?.data.toString("utf8") ?? "null");

  it("holds the read-me, the JSON document and every document of the applications", () => {
    expect(entries.map((e) => e.name).sort()).toEqual(
      [
        "LISEZ-MOI.txt",
        "donnees.json",
        `pieces-jointes/${mine.number}/comptes-2025.pdf`,
        `pieces-jointes/${mine.number}/statuts.pdf`,
      ].sort(),
    );
  });

  it("copies the documents byte for byte", async () => {
    const stored = await services.db
      .select({ fileName: applicationAttachments.fileName, key: applicationAttachments.storageKey })
      .from(applicationAttachments)
      .where(eq(applicationAttachments.applicationId, mine.applicationId));
    expect(stored).toHaveLength(2);
    for (const file of stored) {
      const entry = entries.find(
        (e) => e.name === `pieces-jointes/${mine.number}/${file.fileName}`,
      );
      expect(entry?.data.equals((await bytesOf(file.key)) as Buffer)).toBe(true);
    }
  });

  it("holds the account (no password), the organisation and its application as applicants see it", () => {
    const document = json();
    expect(document.format).toBe("digitess-donnees-personnelles/1");
    expect(document.account).toMatchObject({ email: mine.email, role: "applicant" });
    expect(document.signIn.methods).toEqual([
      expect.objectContaining({ providerId: "credential" }),
    ]);
    expect(document.signIn.sessions.length).toBeGreaterThan(0);
    expect(document.organizations).toHaveLength(1);
    const [organization] = document.organizations;
    expect(organization.profile.name).toBe("Le Toit Partagé");
    expect(organization.membership.role).toBe("owner");
    expect(organization.members).toEqual([
      expect.objectContaining({ email: mine.email, role: "owner" }),
    ]);
    expect(organization.applications).toHaveLength(1);
    const [application] = organization.applications;
    expect(application.number).toBe(mine.number);
    expect(application.status).toBe("submitted");
    expect(application.submission.content).toBeTruthy();
    expect(application.timeline.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "submit",
    ]);
    expect(application.messages).toEqual([
      expect.objectContaining({
        body: "Bonjour, pouvez-vous préciser le calendrier ?",
        fromApplicant: false,
      }),
    ]);
    expect(application.attachments.map((a: { fileInArchive: string }) => a.fileInArchive)).toEqual(
      expect.arrayContaining([`pieces-jointes/${mine.number}/statuts.pdf`]),
    );
    expect(
      document.activity.some((e: { action: string }) => e.action === "application.submitted"),
    ).toBe(true);
    expect(document.missingFiles).toEqual([]);
  });

  it("never holds a password hash, staff notes, scores, the committee summary or who reviews", async () => {
    const text = entries.map((e) => e.data.toString("utf8")).join("\n");
    const [credential] = await services.db
      .select({ hash: account.password })
      .from(account)
      .where(eq(account.userId, mine.applicant.id));
    expect(credential?.hash).toBeTruthy();
    expect(text).not.toContain(credential?.hash as string);
    expect(text).not.toMatch(/"password"/);
    expect(text).not.toContain("NOTE-PRIVEE-EQUIPE");
    expect(text).not.toContain("COMMENTAIRE-DE-NOTATION");
    expect(text).not.toContain("RESUME-POUR-LE-COMITE");
    expect(text).not.toMatch(/assignedTo|committeeSummary|resumeTokenHash|storageKey/);
  });

  it("holds nothing of another organisation", () => {
    const text = entries.map((e) => e.data.toString("utf8")).join("\n");
    expect(text).not.toContain("Les Voisins Secrets");
    expect(text).not.toContain(theirs.email);
    expect(text).not.toContain(theirs.number);
    expect(text).not.toContain(theirs.organizationId);
    expect(text).not.toContain(theirs.applicationId);
  });

  it("is downloaded by its owner only, and audited", async () => {
    const other = await signIn(services, theirs.email);
    expect((await download(other, exportId)).status).toBe(404);
    const admin = await signInAs(services, { role: "admin" });
    expect((await download(admin.cookie, exportId)).status).toBe(404);
    const anonymous = await download("", exportId);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/connexion\?redirectTo=/);
    expect((await download(cookie, "not-a-uuid")).status).toBe(404);
    const events = await listAuditEvents(services.db, { entityType: "export", entityId: exportId });
    expect(events.map((e) => e.action).sort()).toEqual(["export.downloaded", "export.requested"]);
  });

  it("is not a review export, and a review export is not an archive", async () => {
    const staff = await signInAs(services, { role: "instructor" });
    const [review] = await services.db
      .insert(exports)
      .values({
        userId: staff.id,
        kind: "review_inbox",
        format: "csv",
        filters: {},
        columns: ["number"],
        status: "done",
        storageKey: newStorageKey(),
      })
      .returning({ id: exports.id });
    expect((await download(staff.cookie, review?.id as string)).status).toBe(404);
  });

  it("starts one archive at a time", async () => {
    const fresh = await signInAs(services, { role: "applicant" });
    // An archive still being written (the worker has not taken it yet).
    await services.db.insert(exports).values({
      userId: fresh.id,
      kind: "personal_data",
      format: "zip",
      filters: {},
      columns: [],
      status: "pending",
    });
    const again = await client.call(dataRoute.action, {
      path: "/compte/donnees",
      cookie: fresh.cookie,
      form: { intent: "export" },
    });
    expect(again.status).toBe(302);
    expect(again.setCookies.join("\n")).toMatch(/^notice=/m);
    const [row] = await services.db
      .select({ total: count() })
      .from(exports)
      .where(eq(exports.userId, fresh.id));
    expect(row?.total).toBe(1);
  });

  it("is no longer offered once its period is over", async () => {
    await services.db
      .update(exports)
      .set({ createdAt: new Date(Date.now() - 8 * DAY) })
      .where(eq(exports.id, exportId));
    expect((await download(cookie, exportId)).status).toBe(404);
  });
});

describe("deleting one's account", () => {
  it("refuses a wrong password, with a French message on the field, and changes nothing", async () => {
    const person = await signInAs(services, { name: "Nadia Martin" });
    const refused = await client.call(deleteRoute.action, {
      path: "/compte/suppression",
      cookie: person.cookie,
      form: { password: "pas-le-bon-mot-de-passe", confirm: "on" },
    });
    expect(refused.status).toBe(409);
    const reply = refused.data as { result: { error: Record<string, string[]> } };
    expect(reply.result.error.password?.[0]).toMatch(/^Ce mot de passe n'est pas celui/);
    const missing = await client.call(deleteRoute.action, {
      path: "/compte/suppression",
      cookie: person.cookie,
      form: { password: "x" },
    });
    expect(missing.status).toBe(400);
    const [row] = await services.db.select().from(user).where(eq(user.id, person.id));
    expect(row?.name).toBe("Nadia Martin");
    expect(row?.deletedAt).toBeNull();
  });

  it("erases the person, keeps the records under 'Compte supprimé', and keeps the organisation", async () => {
    const built = await buildSubmittedApplication(services, { organizationName: "Solo Asso" });
    const id = built.applicant.id;
    const cookie = await signIn(services, built.email);
    await services.db.insert(notificationPreferences).values({
      userId: id,
      eventKind: "staff_message",
      delivery: "digest",
    });
    await services.db.insert(userPreferences).values({ userId: id, key: "k", value: [1] });
    const archive = await requestArchive(cookie);
    const [archived] = await services.db.select().from(exports).where(eq(exports.id, archive));
    expect(await bytesOf(archived?.storageKey as string)).not.toBeNull();

    const deleted = await client.call(deleteRoute.action, {
      path: "/compte/suppression",
      cookie,
      form: { password: "Mot-de-passe-de-test-2026", confirm: "on" },
    });
    expect(deleted.status).toBe(302);
    expect(deleted.location).toBe("/");
    expect(deleted.setCookies.join("\n")).toMatch(
      /better-auth\.session_token=; Path=\/; Max-Age=0/,
    );
    expect(deleted.setCookies.join("\n")).toMatch(/^notice=/m);

    const [row] = await services.db.select().from(user).where(eq(user.id, id));
    expect(row?.name).toBe(DELETED_ACCOUNT_NAME);
    expect(row?.email).toMatch(/^supprime-[0-9a-f-]{36}@compte-supprime\.invalid$/);
    expect(row?.email).not.toContain(built.email);
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect(
      await total(
        services.db.select({ total: count() }).from(session).where(eq(session.userId, id)),
      ),
    ).toBe(0);
    expect(
      await total(
        services.db.select({ total: count() }).from(account).where(eq(account.userId, id)),
      ),
    ).toBe(0);
    expect(
      await total(
        services.db
          .select({ total: count() })
          .from(organizationMembers)
          .where(eq(organizationMembers.userId, id)),
      ),
    ).toBe(0);
    expect(
      await total(
        services.db
          .select({ total: count() })
          .from(notificationPreferences)
          .where(eq(notificationPreferences.userId, id)),
      ),
    ).toBe(0);
    expect(
      await total(
        services.db
          .select({ total: count() })
          .from(userPreferences)
          .where(eq(userPreferences.userId, id)),
      ),
    ).toBe(0);
    expect(
      await total(
        services.db.select({ total: count() }).from(exports).where(eq(exports.userId, id)),
      ),
    ).toBe(0);
    expect(await bytesOf(archived?.storageKey as string)).toBeNull();

    // Kept: the organisation (without owner), the application, its timeline and audit events.
    const [organization] = await services.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, built.organizationId));
    expect(organization?.name).toBe("Solo Asso");
    const [application] = await services.db
      .select({ createdBy: applications.createdBy, number: applications.number })
      .from(applications)
      .where(eq(applications.id, built.applicationId));
    expect(application).toEqual({ createdBy: id, number: built.number });
    expect(
      await total(
        services.db
          .select({ total: count() })
          .from(applicationEvents)
          .where(eq(applicationEvents.actorId, id)),
      ),
    ).toBeGreaterThan(0);
    expect(
      await total(
        services.db.select({ total: count() }).from(auditEvents).where(eq(auditEvents.actorId, id)),
      ),
    ).toBeGreaterThan(0);
    const [trail] = await listAuditEvents(services.db, {
      entityType: "user",
      entityId: id,
      action: "user.account_deleted",
    });
    expect(trail?.after).toMatchObject({ by: "self", organizationsKeptWithoutOwner: 1 });
    expect(JSON.stringify(trail)).not.toContain(built.email);

    // The old cookie no longer opens anything; the old password no longer signs in.
    const after = await client.call(dataRoute.loader, { path: "/compte/donnees", cookie });
    expect(after.status).toBe(302);
    await expect(signIn(services, built.email)).rejects.toThrow(/failed/);
  });

  it("asks the last owner of an organisation with members to hand over first", async () => {
    const built = await buildSubmittedApplication(services, { organizationName: "Duo Asso" });
    const memberId = await buildUser(services.db, {
      email: `membre-${randomUUID()}@exemple.fr`,
      name: "Membre Fidèle",
    });
    await addMember(services.db, { organizationId: built.organizationId, userId: memberId });
    const cookie = await signIn(services, built.email);
    const page = await client.call(deleteRoute.loader, { path: "/compte/suppression", cookie });
    const { page: data } = page.data as Awaited<ReturnType<typeof deleteRoute.loader>>;
    expect(data.memberships).toEqual([
      expect.objectContaining({ organizationName: "Duo Asso", outcome: "must_hand_over" }),
    ]);
    const refused = await client.call(deleteRoute.action, {
      path: "/compte/suppression",
      cookie,
      form: { password: "Mot-de-passe-de-test-2026", confirm: "on" },
    });
    expect(refused.status).toBe(409);
    const reply = refused.data as { result: { error: Record<string, string[]> } };
    expect(reply.result.error[""]?.[0]).toContain("Duo Asso");
    const [row] = await services.db.select().from(user).where(eq(user.id, built.applicant.id));
    expect(row?.deletedAt).toBeNull();
  });
});

describe("an administrator deleting an account", () => {
  it("is for administrators only", async () => {
    const applicant = await signInAs(services, { role: "applicant" });
    const instructor = await signInAs(services, { role: "instructor" });
    for (const who of [applicant, instructor]) {
      const outcome = await client.call(adminDeleteRoute.loader, {
        path: "/admin/comptes/suppression",
        cookie: who.cookie,
      });
      expect(outcome.status).toBe(404);
      const posted = await client.call(adminDeleteRoute.action, {
        path: "/admin/comptes/suppression",
        cookie: who.cookie,
        form: { userId: applicant.id, email: applicant.email, confirm: "on" },
      });
      expect(posted.status).toBe(404);
    }
    const [row] = await services.db.select().from(user).where(eq(user.id, applicant.id));
    expect(row?.deletedAt).toBeNull();
  });

  it("hands a last owner's organisation to the member who joined first, and frees their reviews", async () => {
    const admin = await signInAs(services, { role: "admin" });
    const built = await buildSubmittedApplication(services, { organizationName: "Trio Asso" });
    const first = await buildUser(services.db, {
      email: `premier-${randomUUID()}@exemple.fr`,
      name: "Premier Membre",
    });
    const second = await buildUser(services.db, {
      email: `second-${randomUUID()}@exemple.fr`,
      name: "Second Membre",
    });
    await addMember(services.db, { organizationId: built.organizationId, userId: first });
    await services.db
      .update(organizationMembers)
      .set({ joinedAt: new Date(Date.now() - 10 * DAY) })
      .where(eq(organizationMembers.userId, first));
    await addMember(services.db, { organizationId: built.organizationId, userId: second });

    const search = await client.call(adminDeleteRoute.loader, {
      path: `/admin/comptes/suppression?email=${encodeURIComponent(built.email.toUpperCase())}`,
      cookie: admin.cookie,
    });
    const { page } = search.data as Awaited<ReturnType<typeof adminDeleteRoute.loader>>;
    expect(page.found?.id).toBe(built.applicant.id);
    expect(page.found?.memberships).toEqual([
      expect.objectContaining({ outcome: "hand_over", successorName: "Premier Membre" }),
    ]);
    const bad = await client.call(adminDeleteRoute.loader, {
      path: "/admin/comptes/suppression?email=pas-une-adresse",
      cookie: admin.cookie,
    });
    expect(bad.status).toBe(200);
    expect(
      (bad.data as typeof search.data & { page: { searchErrors: string[] } }).page.searchErrors,
    ).toEqual(["privacy.admin.error.emailInvalid"]);

    const unconfirmed = await client.call(adminDeleteRoute.action, {
      path: "/admin/comptes/suppression",
      cookie: admin.cookie,
      form: { userId: built.applicant.id, email: built.email },
    });
    expect(unconfirmed.status).toBe(400);
    const deleted = await client.call(adminDeleteRoute.action, {
      path: "/admin/comptes/suppression",
      cookie: admin.cookie,
      form: { userId: built.applicant.id, email: built.email, confirm: "on" },
    });
    expect(deleted.status).toBe(302);
    const roles = await services.db
      .select({ userId: organizationMembers.userId, role: organizationMembers.role })
      .from(organizationMembers)
      .where(eq(organizationMembers.organizationId, built.organizationId));
    expect(new Map(roles.map((r) => [r.userId, r.role]))).toEqual(
      new Map([
        [first, "owner"],
        [second, "member"],
      ]),
    );
    const [transfer] = await listAuditEvents(services.db, {
      entityType: "organization",
      entityId: built.organizationId,
      action: "organization.ownership_transferred",
    });
    expect(transfer?.actorId).toBe(admin.id);
    expect(transfer?.after).toMatchObject({ owner: first, reason: "account_deleted" });

    // A staff member's account: the applications they reviewed are freed, their notes kept.
    const staff = await signInAs(services, { role: "instructor", name: "Karim Benali" });
    await services.db
      .update(applications)
      .set({ assignedTo: staff.id })
      .where(eq(applications.id, built.applicationId));
    await services.db
      .insert(applicationNotes)
      .values({ applicationId: built.applicationId, authorId: staff.id, body: "Note gardée" });
    const staffDeleted = await client.call(adminDeleteRoute.action, {
      path: "/admin/comptes/suppression",
      cookie: admin.cookie,
      form: { userId: staff.id, email: staff.email, confirm: "on" },
    });
    expect(staffDeleted.status).toBe(302);
    const [application] = await services.db
      .select({ assignedTo: applications.assignedTo })
      .from(applications)
      .where(eq(applications.id, built.applicationId));
    expect(application?.assignedTo).toBeNull();
    const notes = await services.db
      .select({ authorName: user.name })
      .from(applicationNotes)
      .innerJoin(user, eq(user.id, applicationNotes.authorId))
      .where(eq(applicationNotes.applicationId, built.applicationId));
    expect(notes).toEqual([{ authorName: DELETED_ACCOUNT_NAME }]);
  });

  it("does not delete the administrator's own account, nor a stale or deleted one", async () => {
    const admin = await signInAs(services, { role: "admin" });
    const own = await client.call(adminDeleteRoute.action, {
      path: "/admin/comptes/suppression",
      cookie: admin.cookie,
      form: { userId: admin.id, email: admin.email, confirm: "on" },
    });
    expect(own.status).toBe(409);
    const other = await signInAs(services, { role: "applicant" });
    const mismatch = await client.call(adminDeleteRoute.action, {
      path: "/admin/comptes/suppression",
      cookie: admin.cookie,
      form: { userId: other.id, email: admin.email, confirm: "on" },
    });
    expect(mismatch.status).toBe(404);
    const [row] = await services.db.select().from(user).where(eq(user.id, admin.id));
    expect(row?.deletedAt).toBeNull();
  });
});

describe("the retention job", () => {
  const ago = (days: number) => new Date(Date.now() - days * DAY);

  async function storedFile(applicationId: string, name: string): Promise<string> {
    const key = newStorageKey();
    await services.storage.put(key, samplePdf(name), { maxBytes: 1024 * 1024 });
    await services.db.insert(applicationAttachments).values({
      applicationId,
      kind: "other",
      fileName: name,
      mimeType: "application/pdf",
      sizeBytes: 100,
      storageKey: key,
    });
    return key;
  }

  it("removes what is past its period, keeps the rest, and runs twice to the same result", async () => {
    const oldDraft = await buildDraft(services.db);
    const oldDraftFile = await storedFile(oldDraft, "brouillon.pdf");
    const recentDraft = await buildDraft(services.db);
    await services.db
      .update(applications)
      .set({ updatedAt: ago(400) })
      .where(eq(applications.id, oldDraft));
    await services.db
      .update(applications)
      .set({ updatedAt: ago(300) })
      .where(eq(applications.id, recentDraft));

    const refusedOld = await buildSubmittedApplication(services, { organizationName: "Refusée" });
    const refusedRecent = await buildSubmittedApplication(services, {
      organizationName: "Récente",
    });
    const acceptedOld = await buildSubmittedApplication(services, { organizationName: "Financée" });
    await services.db
      .update(applications)
      .set({ status: "refused", statusChangedAt: ago(6 * 366), updatedAt: ago(6 * 366) })
      .where(eq(applications.id, refusedOld.applicationId));
    await services.db
      .update(applications)
      .set({ status: "refused", statusChangedAt: ago(30) })
      .where(eq(applications.id, refusedRecent.applicationId));
    await services.db
      .update(applications)
      .set({ status: "accepted", statusChangedAt: ago(6 * 366) })
      .where(eq(applications.id, acceptedOld.applicationId));
    const refusedKeys = await services.db
      .select({ key: applicationAttachments.storageKey })
      .from(applicationAttachments)
      .where(eq(applicationAttachments.applicationId, refusedOld.applicationId));
    expect(refusedKeys).toHaveLength(2);

    const owner = await buildUser(services.db, {
      email: `export-${randomUUID()}@exemple.fr`,
      name: "E",
    });
    const exportKey = newStorageKey();
    await services.storage.put(exportKey, new TextEncoder().encode("zip"), { maxBytes: 100 });
    const [oldExport] = await services.db
      .insert(exports)
      .values({
        userId: owner,
        kind: "personal_data",
        format: "zip",
        filters: {},
        columns: [],
        status: "done",
        storageKey: exportKey,
        createdAt: ago(8),
      })
      .returning({ id: exports.id });
    const [recentExport] = await services.db
      .insert(exports)
      .values({
        userId: owner,
        kind: "personal_data",
        format: "zip",
        filters: {},
        columns: [],
        createdAt: ago(6),
      })
      .returning({ id: exports.id });

    const [oldAudit] = await services.db
      .insert(auditEvents)
      .values({
        actorId: owner,
        entityType: "user",
        entityId: owner,
        action: "user.seeded",
        occurredAt: ago(7 * 366),
      })
      .returning({ id: auditEvents.id });
    const [recentAudit] = await services.db
      .insert(auditEvents)
      .values({
        actorId: owner,
        entityType: "user",
        entityId: owner,
        action: "user.seeded",
        occurredAt: ago(5 * 366),
      })
      .returning({ id: auditEvents.id });
    await services.db.insert(session).values({
      id: randomUUID(),
      token: randomUUID(),
      userId: owner,
      expiresAt: ago(1),
    });

    // Earlier tests of this file may have aged an archive too: they all go.
    const expiredExports = await total(
      services.db
        .select({ total: count() })
        .from(exports)
        .where(sql`${exports.createdAt} < now() - interval '7 days'`),
    );
    expect(expiredExports).toBeGreaterThanOrEqual(1);
    const env = parseEnv({ NODE_ENV: "test", LOG_LEVEL: "silent" });
    const deps = {
      db: services.db,
      storage: services.storage,
      env,
      logger: createLogger("silent"),
    } as JobDependencies;
    await enforceRetentionJob.handle({}, deps);

    const left = await services.db
      .select({ id: applications.id })
      .from(applications)
      .where(inArray(applications.id, [oldDraft, recentDraft, refusedOld.applicationId]));
    expect(new Set(left.map((r) => r.id))).toEqual(
      new Set([recentDraft, refusedOld.applicationId]),
    );
    expect(await bytesOf(oldDraftFile)).toBeNull();

    const filesOf = async (applicationId: string) =>
      (
        await services.db
          .select({ total: count() })
          .from(applicationAttachments)
          .where(eq(applicationAttachments.applicationId, applicationId))
      )[0]?.total;
    expect(await filesOf(refusedOld.applicationId)).toBe(0);
    expect(await filesOf(refusedRecent.applicationId)).toBe(2);
    expect(await filesOf(acceptedOld.applicationId)).toBe(2);
    for (const { key } of refusedKeys) expect(await bytesOf(key)).toBeNull();

    const exportsLeft = await services.db
      .select({ id: exports.id })
      .from(exports)
      .where(eq(exports.userId, owner));
    expect(exportsLeft.map((r) => r.id)).toEqual([recentExport?.id]);
    expect(oldExport).toBeDefined();
    expect(await bytesOf(exportKey)).toBeNull();

    const auditLeft = await services.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(inArray(auditEvents.id, [oldAudit?.id as number, recentAudit?.id as number]));
    expect(auditLeft.map((r) => r.id)).toEqual([recentAudit?.id]);
    expect(
      (
        await services.db.select({ total: count() }).from(session).where(eq(session.userId, owner))
      )[0]?.total,
    ).toBe(0);

    const [report] = await listAuditEvents(services.db, { action: "retention.enforced" });
    expect(report?.after).toMatchObject({
      drafts: 1,
      closedApplicationFiles: 2,
      exports: expiredExports,
      auditEvents: 1,
      filesNotRemoved: 0,
    });

    // A second run finds nothing more.
    await enforceRetentionJob.handle({}, deps);
    const reports = await listAuditEvents(services.db, { action: "retention.enforced" });
    expect(reports[0]?.after).toMatchObject({
      drafts: 0,
      closedApplicationFiles: 0,
      exports: 0,
      auditEvents: 0,
    });
  });

  it("follows the configured periods", async () => {
    const draft = await buildDraft(services.db);
    await services.db
      .update(applications)
      .set({ updatedAt: ago(40) })
      .where(eq(applications.id, draft));
    const env = parseEnv({ NODE_ENV: "test", DRAFT_RETENTION_MONTHS: "1" });
    const deps = {
      db: services.db,
      storage: services.storage,
      env,
      logger: createLogger("silent"),
    } as JobDependencies;
    await enforceRetentionJob.handle({}, deps);
    expect(await services.db.select().from(applications).where(eq(applications.id, draft))).toEqual(
      [],
    );
  });

  it("leaves the audit trail append-only to anyone else", async () => {
    const [event] = await services.db
      .insert(auditEvents)
      .values({ entityType: "user", entityId: "x", action: "user.seeded", occurredAt: ago(9000) })
      .returning({ id: auditEvents.id });
    await expect(
      services.db.delete(auditEvents).where(eq(auditEvents.id, event?.id as number)),
    ).rejects.toThrow();
    await expect(
      services.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config(${AUDIT_RETENTION_SETTING}, 'on', true)`);
        await tx
          .update(auditEvents)
          .set({ action: "user.role_granted" })
          .where(eq(auditEvents.id, event?.id as number));
      }),
    ).rejects.toThrow();
    // The setting is the transaction's own: the next statement is refused again.
    await expect(
      services.db.delete(auditEvents).where(and(eq(auditEvents.id, event?.id as number))),
    ).rejects.toThrow();
  });
});

describe("the personal-data page", () => {
  it("says the configured periods, and links a signed-in visitor to their data", async () => {
    const anonymous = await client.call(privacyPageRoute.loader, { path: "/donnees-personnelles" });
    const { page } = anonymous.data as Awaited<ReturnType<typeof privacyPageRoute.loader>>;
    expect(page.policy).toEqual({
      anonymousDiagnosticDays: 30,
      draftMonths: 12,
      closedApplicationFilesYears: 5,
      exportDays: 7,
      auditYears: 6,
    });
    expect(page.signedIn).toBe(false);
    const person = await signInAs(services);
    const signed = await client.call(privacyPageRoute.loader, {
      path: "/donnees-personnelles",
      cookie: person.cookie,
    });
    expect(
      (signed.data as typeof anonymous.data & { page: { signedIn: boolean } }).page.signedIn,
    ).toBe(true);
  });
});
