/**
 * The members' invitations on a real database (PGlite, then PostgreSQL with TEST_DB_DRIVER=pg)
 * and the in-process worker: opening the pre-review mails each member an invitation with the
 * session's .ics file (their own time beside Paris time); a new date sends the update with the
 * next SEQUENCE; a quorum change sends nothing; a member added gets the invitation and a member
 * removed its cancellation; a job run twice mails once; nothing goes out once the meeting started.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as editRoute from "~/routes/committees/edit-session";
import type { Services } from "~/services.server";
import { auditEvents } from "../../../db/schema";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { buildSubmittedApplication } from "../../../tests/factories/review";
import { parsedMailsTo } from "../../../tests/support/mail";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices, eventually } from "../../../tests/support/test-services";
import { addItem } from "./change-agenda.server";
import { addMember, removeMember } from "./change-members.server";
import { changeSessionStatus } from "./change-session-status.server";
import { editSession } from "./edit-session.server";
import { invitationUid, SESSION_LENGTH_MINUTES, sendInvitations } from "./invitations.server";
import { saveMemberPlace } from "./member-place.server";

let services: Services & { dataDir: string };
let client: RouteClient;
let instructor: SignedInUser;
let paris: SignedInUser;
let reunion: SignedInUser;
let late: SignedInUser;
let sessionId: string;

// Thursday 14 January 2027, 14:00 in Paris (13:00 UTC), 17:00 in La Réunion.
const startsAt = new Date("2027-01-14T13:00:00Z");

/** The mails to `email` whose subject contains `subject`, with their .ics text. */
async function invitationsTo(email: string, subject: string) {
  const mails = (await parsedMailsTo(services.outboxDir as string, email)).filter((mail) =>
    (mail.subject ?? "").includes(subject),
  );
  return mails.map((mail) => {
    const ics = mail.attachments.find((a) => a.filename === "invitation.ics");
    return {
      // No-break spaces (before "h", after "à") read as spaces here.
      text: (mail.text ?? "").replace(/\u202f|\u00a0/g, " "),
      contentType: ics?.contentType ?? "",
      ics: ics ? ics.content.toString("utf8").replace(/\r\n /g, "") : "",
    };
  });
}

async function oneInvitation(email: string, subject: string) {
  return eventually(async () => {
    const found = await invitationsTo(email, subject);
    return found.length > 0 ? found : null;
  }, 30_000).then((found) => {
    expect(found).toHaveLength(1);
    return found[0] as NonNullable<(typeof found)[0]>;
  });
}

const line = (ics: string, name: string) =>
  ics.split("\r\n").find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)) ?? "";

async function sends() {
  return services.db
    .select({ after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityId, sessionId),
        eq(auditEvents.action, "committee_session.invitations_mailed"),
      ),
    );
}

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  paris = await signInAs(services, { role: "committee_member", name: "Inès Carpentier" });
  reunion = await signInAs(services, { role: "committee_member", name: "Mathis Payet" });
  late = await signInAs(services, { role: "committee_member", name: "Léa Tardif" });
  await saveMemberPlace(services.db, { userId: reunion.id, place: "974" });
  const { db } = services;
  sessionId = await buildCommitteeSession(db, {
    startsAt,
    place: "Maison de l'ESS, Paris",
    members: [
      { userId: paris.id, side: "funder" },
      { userId: reunion.id, side: "operator" },
    ],
  });
  const built = await buildSubmittedApplication(services, {
    organizationName: "Invitation Alpha",
    status: "ready_for_committee",
  });
  await addItem({ db, actor: instructor, sessionId, applicationId: built.applicationId });
});
afterAll(async () => {
  await services?.close();
});

describe("committee invitations", () => {
  it("sends nothing while the session is only planned", async () => {
    await addMember({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      userId: late.id,
      side: "operator",
    });
    await removeMember({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      userId: late.id,
    });
    expect(await sends()).toEqual([]);
  });

  it("invites every member when the pre-review opens, with the .ics and their own time", async () => {
    await changeSessionStatus({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      action: "open_pre_review",
    });
    const forParis = await oneInvitation(paris.email, "Invitation au comité");
    const forReunion = await oneInvitation(reunion.email, "Invitation au comité");

    expect(forParis.text).toContain("Bonjour Inès Carpentier,");
    expect(forParis.text).toContain("jeudi 14 janvier 2027 à 14 h 00 (heure de Paris)");
    expect(forParis.text).not.toContain("La Réunion");
    expect(forParis.text).toContain("Lieu : Maison de l'ESS, Paris");
    expect(forParis.text).toContain("1 candidature(s) à l'ordre du jour.");
    expect(forParis.text).toContain(`/comites/${sessionId}`);
    expect(forReunion.text).toContain("17 h 00 à La Réunion");

    const ics = forParis.ics;
    expect(forParis.contentType).toContain("text/calendar");
    expect(line(ics, "METHOD")).toBe("METHOD:REQUEST");
    expect(line(ics, "SEQUENCE")).toBe("SEQUENCE:0");
    expect(line(ics, "UID")).toBe(`UID:${invitationUid(sessionId, services.env.APP_URL)}`);
    expect(line(ics, "DTSTART")).toBe("DTSTART:20270114T130000Z");
    const endsAt = new Date(startsAt.getTime() + SESSION_LENGTH_MINUTES * 60_000);
    expect(line(ics, "DTEND")).toBe(
      `DTEND:${endsAt
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z")
        .replace(/[-:]/g, "")}`,
    );
    const attendees = ics.split("\r\n").filter((l) => l.startsWith("ATTENDEE"));
    expect(attendees).toHaveLength(2);
    expect(attendees.join("\n")).toContain(`mailto:${paris.email}`);
    expect(attendees.join("\n")).toContain(`mailto:${reunion.email}`);
    expect(attendees.every((l) => l.includes("RSVP=FALSE"))).toBe(true);
    // Both members receive the same calendar file.
    expect(forReunion.ics).toBe(ics);
  });

  it("sends the update with the next sequence when the date changes, nothing for the quorum", async () => {
    const input = {
      date: "2027-01-21",
      time: "10:30",
      place: "Maison de l'ESS, Paris",
      videoUrl: null,
      minFunderPresent: 1,
      minOperatorPresent: 1,
    };
    const edited = await editSession({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      input,
    });
    expect(edited).toMatchObject({ dateChanged: true, invitationsResent: true });
    const update = await oneInvitation(reunion.email, "Séance du comité modifiée");
    expect(line(update.ics, "SEQUENCE")).toBe("SEQUENCE:1");
    expect(line(update.ics, "DTSTART")).toBe("DTSTART:20270121T093000Z");
    expect(update.text).toContain("a changé : elle a lieu jeudi 21 janvier 2027");

    const quorumOnly = await editSession({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      input: { ...input, minOperatorPresent: 2 },
    });
    expect(quorumOnly.invitationsResent).toBe(false);
    await eventually(async () => (await sends()).length === 2, 30_000);
  });

  it("tells the preparer on the page that the members receive the update", async () => {
    const response = await client.call(editRoute.action, {
      path: `/comites/${sessionId}/modifier`,
      params: { sessionId },
      cookie: instructor.cookie,
      form: {
        date: "2027-01-21",
        time: "10:30",
        place: "",
        videoUrl: "https://visio.exemple.fr/comite",
        minFunderPresent: "1",
        minOperatorPresent: "1",
      },
    });
    expect(response.status).toBe(302);
    expect(response.location).toContain(`/comites/${sessionId}`);
    const update = await eventually(async () => {
      const found = await invitationsTo(paris.email, "Séance du comité modifiée");
      return found.length === 2 ? found : null;
    }, 30_000);
    const latest = update.find((mail) => mail.ics.includes("SEQUENCE:2"));
    expect(latest?.text).toContain("Visioconférence : https://visio.exemple.fr/comite");
    expect(latest?.text).not.toContain("Lieu :");
    expect(line(latest?.ics ?? "", "URL")).toBe("URL:https://visio.exemple.fr/comite");
  });

  it("invites a member added during the pre-review and cancels for a member removed", async () => {
    await addMember({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      userId: late.id,
      side: "operator",
    });
    const invited = await oneInvitation(late.email, "Invitation au comité");
    expect(line(invited.ics, "SEQUENCE")).toBe("SEQUENCE:3");
    expect(invited.ics.split("\r\n").filter((l) => l.startsWith("ATTENDEE"))).toHaveLength(3);

    await removeMember({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      userId: late.id,
    });
    const cancelled = await oneInvitation(late.email, "Vous ne siégez plus");
    expect(line(cancelled.ics, "METHOD")).toBe("METHOD:CANCEL");
    expect(line(cancelled.ics, "STATUS")).toBe("STATUS:CANCELLED");
    expect(line(cancelled.ics, "SEQUENCE")).toBe("SEQUENCE:4");
    expect(cancelled.ics).toContain(`mailto:${late.email}`);
    expect(cancelled.ics).not.toContain(`mailto:${paris.email}`);
    expect(cancelled.text).toContain("retire la séance de votre agenda");
    // The others were not written to.
    expect(await invitationsTo(paris.email, "Vous ne siégez plus")).toEqual([]);
  });

  it("mails once for a job run twice, and nothing once the meeting has started", async () => {
    const before = (await sends()).length;
    const payload = { sessionId, change: "changed" as const, key: randomUUID() };
    const deps = {
      db: services.db,
      jobs: services.jobs,
      appUrl: services.env.APP_URL,
      mailFrom: services.env.MAIL_FROM,
    };
    expect(await sendInvitations({ ...deps, payload })).toMatchObject({ sent: 2 });
    expect(await sendInvitations({ ...deps, payload })).toEqual({ sent: 0, skipped: "done" });
    expect((await sends()).length).toBe(before + 1);

    await changeSessionStatus({
      db: services.db,
      jobs: services.jobs,
      actor: instructor,
      sessionId,
      action: "start_session",
    });
    expect(await sendInvitations({ ...deps, payload: { ...payload, key: randomUUID() } })).toEqual({
      sent: 0,
      skipped: "not_open",
    });
  });
});
