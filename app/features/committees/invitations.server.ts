// The members' invitations to a session (issue 14, "Time zones": "invitations carry an .ics
// file"; ADR 0013 "Invitations"). Commands enqueue the `committee-invitations` job in their
// transaction (jobs/invitations.ts); its handler, here, writes the mails:
// - "opened": the pre-review opens: every member is invited (METHOD:REQUEST);
// - "changed": the date, place or video link changed while the pre-review is open: every member
//   gets the updated invitation (same UID, the next SEQUENCE, so calendars replace the event);
// - "member_added": a member added during the pre-review gets the invitation;
// - "member_removed": a member removed during the pre-review gets its cancellation (METHOD:CANCEL).
// Each send takes the next SEQUENCE of the session (the number of invitation sends before it,
// counted from the audit trail, the session row locked), so a calendar always takes the latest.
// Each member's mail gives the time in their own zone beside Paris time (their place,
// member-place.server.ts); the .ics holds UTC instants and needs no zone. The session has no end
// time: the invitation lasts SESSION_LENGTH_MINUTES. The organizer is the platform's sender
// (MAIL_FROM), a no-reply address, so the invitation asks no answer (RSVP=FALSE): presence is
// recorded at the meeting. A send is done once: the job's key is written in the same
// transaction as its mails, and a retry that finds it sends nothing.
import { and, count, eq, sql } from "drizzle-orm";
import { sendEmailJob } from "~/features/notifications";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database } from "~/platform/db/types";
import { parseMailbox } from "~/platform/email/mailbox";
import { formatDay } from "~/platform/format/dates";
import { createTranslator } from "~/platform/i18n/translator";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { auditEvents, committeeItems, committeeSessions, programs, user } from "../../../db/schema";
import { type InvitationKind, invitationEmail } from "./emails/invitation";
import { buildInvitation, type CalendarPerson, calendarContentType } from "./ics";
import { memberPlaces } from "./member-place.server";
import { en as documentsEn, fr as documentsFr } from "./messages-documents";
import { en, fr } from "./messages-sessions";
import { listMembers, stateOf } from "./queries.server";
import { sessionTimeText } from "./time-zones";

/** How long an invitation blocks in the members' calendars. */
export const SESSION_LENGTH_MINUTES = 120;

export const INVITATION_FILE_NAME = "invitation.ics";

export type InvitationChange = "opened" | "changed" | "member_added" | "member_removed";

export type InvitationPayload = {
  sessionId: string;
  change: InvitationChange;
  /** The member added or removed. */
  userId?: string;
  /** Unique per enqueue: a retry of the same job finds it done. */
  key: string;
};

const SENT = "committee_session.invitations_mailed";
const t = createTranslator({ fr, en }, "fr");
const td = createTranslator({ fr: documentsFr, en: documentsEn }, "fr");

/** The calendar identity of a session, stable across its invitations. */
export function invitationUid(sessionId: string, appUrl: string): string {
  let host = "digitess";
  try {
    host = new URL(appUrl).host || host;
  } catch {
    // A malformed APP_URL keeps the default host: the UID stays stable for the session.
  }
  return `committee-session-${sessionId}@${host}`;
}

/** Why a send wrote no mail, or how many it wrote. */
export type InvitationOutcome =
  | { sent: number; sequence: number }
  | { sent: 0; skipped: "done" | "missing" | "not_open" | "not_concerned" };

export async function sendInvitations(options: {
  db: Database;
  jobs: JobQueue;
  appUrl: string;
  mailFrom: string;
  payload: InvitationPayload;
  now?: Date;
}): Promise<InvitationOutcome> {
  const { db, payload } = options;
  const organizerBox = parseMailbox(options.mailFrom);
  if (!organizerBox) throw new Error("MAIL_FROM holds no e-mail address");
  return db.transaction(async (tx): Promise<InvitationOutcome> => {
    const [session] = await tx
      .select()
      .from(committeeSessions)
      .where(eq(committeeSessions.id, payload.sessionId))
      .for("update");
    if (!session) return { sent: 0, skipped: "missing" };
    const sends = await tx
      .select({ key: sql<string | null>`${auditEvents.after} ->> 'key'` })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, "committee_session"),
          eq(auditEvents.entityId, session.id),
          eq(auditEvents.action, SENT),
        ),
      );
    if (sends.some((send) => send.key === payload.key)) return { sent: 0, skipped: "done" };
    // Invitations go out from the pre-review on; a session that has started or closed since
    // the change was enqueued needs no calendar update.
    if (stateOf(session) !== "pre_review") return { sent: 0, skipped: "not_open" };

    const members = await listMembers(tx, session.id);
    let kind: InvitationKind;
    let recipients: { userId: string; name: string; email: string }[];
    if (payload.change === "member_removed") {
      const [removed] = await tx
        .select({ userId: user.id, name: user.name, email: user.email })
        .from(user)
        .where(eq(user.id, payload.userId ?? ""));
      const stillMember = members.some((m) => m.userId === payload.userId);
      if (!removed || stillMember) return { sent: 0, skipped: "not_concerned" };
      kind = "cancel";
      recipients = [removed];
    } else if (payload.change === "member_added") {
      const added = members.find((m) => m.userId === payload.userId);
      if (!added) return { sent: 0, skipped: "not_concerned" };
      kind = "invite";
      recipients = [added];
    } else {
      kind = payload.change === "opened" ? "invite" : "update";
      recipients = members;
    }
    if (recipients.length === 0) return { sent: 0, skipped: "not_concerned" };

    const [programme] = await tx
      .select({ name: programs.name })
      .from(programs)
      .where(eq(programs.id, session.programId));
    const [items] = await tx
      .select({ n: count() })
      .from(committeeItems)
      .where(eq(committeeItems.sessionId, session.id));
    const programmeName = programme?.name ?? "Digit'ESS";
    const url = `${options.appUrl}/comites/${session.id}`;
    const method = kind === "cancel" ? "CANCEL" : "REQUEST";
    const sequence = sends.length;
    const attendees: CalendarPerson[] = (kind === "cancel" ? recipients : members).map((m) => ({
      name: m.name,
      email: m.email,
    }));
    const ics = buildInvitation({
      uid: invitationUid(session.id, options.appUrl),
      sequence,
      method,
      stamp: options.now ?? new Date(),
      startsAt: session.startsAt,
      endsAt: new Date(session.startsAt.getTime() + SESSION_LENGTH_MINUTES * 60_000),
      summary: t("committees.invitation.ics.summary", { programme: programmeName }),
      description: t("committees.invitation.ics.description", { programme: programmeName, url }),
      place: session.place,
      videoLink: session.videoUrl,
      organizer: { name: programmeName, email: organizerBox.email },
      attendees,
      rsvp: false,
    });
    const attachment = {
      filename: INVITATION_FILE_NAME,
      contentType: calendarContentType(method),
      content: ics,
    };
    const places = await memberPlaces(
      tx,
      recipients.map((r) => r.userId),
    );
    const day = formatDay(session.startsAt, "fr");
    for (const recipient of recipients) {
      const mail = invitationEmail({
        kind,
        name: recipient.name,
        programme: programmeName,
        day,
        when: sessionTimeText(td, session.startsAt, places.get(recipient.userId), "fr"),
        place: session.place,
        videoLink: session.videoUrl,
        items: items?.n ?? 0,
        preReviewOpen: true,
        url,
      });
      await options.jobs.enqueue(tx, sendEmailJob, {
        to: recipient.email,
        ...mail,
        attachments: [attachment],
      });
    }
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "committee_session",
      entityId: session.id,
      action: SENT,
      after: {
        key: payload.key,
        change: payload.change,
        sequence,
        method,
        recipients: recipients.map((r) => r.userId),
      },
    });
    return { sent: recipients.length, sequence };
  });
}
