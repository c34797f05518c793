// The closing documents of a committee session (issue 14, "Closing"; ADR 0013 "Closing
// documents"): the minutes PDF and each applicant's decision letter, rendered from the database
// by the `committee-documents` job (jobs/closing-documents.ts) that closing and amending enqueue
// in their transaction, never inside it.
// - Files live at keys derived from what they are (`derivedStorageKey`): the minutes at
//   "committee-minutes:<session id>", a letter at "committee-decision-letter:<decision id>" (one
//   letter per decision revision, so an amendment's letter never replaces the first one). A retry
//   renders them again and overwrites the same files.
// - The decision e-mail is enqueued with its letter attached by file-store key, once per decision
//   revision: the session row is locked, and a `committee_item.decision_mailed` audit event
//   written in the same transaction as the mails marks it done (a retry finds it and sends
//   nothing more).
// - The minutes record the decisions taken at the meeting (revision 0, made final by closing);
//   an amendment is its own letter. A member who declared a conflict of interest on an item gets
//   a copy rendered on the fly without it (`minutesForReader`); everyone else the stored copy.
// - Every document can be rendered again from the database: a download whose file is not stored
//   yet (the job has not run) is rendered on the fly.
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { appendAuditEvent } from "~/platform/audit.server";
import type { Database, Executor } from "~/platform/db/types";
import type { MailAttachmentRef } from "~/platform/email/attachments";
import { calendarDateIn, formatDay } from "~/platform/format/dates";
import { createTranslator } from "~/platform/i18n/translator";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { derivedStorageKey, type FileStorage } from "~/platform/storage/storage";
import {
  applications,
  auditEvents,
  committeeConflicts,
  committeeDecisions,
  committeeItems,
  committeeSessions,
  organizations,
  programs,
  user,
} from "../../../db/schema";
import { decidedItemOf, type ItemRow, itemColumns } from "./decided-item.server";
import { type DecisionLetterInput, renderDecisionLetterPdf } from "./decision-letter-pdf.server";
import { mailDecision } from "./decision-mail.server";
import { en, fr } from "./messages";
import { en as documentsEn, fr as documentsFr } from "./messages-documents";
import { type MinutesDecision, type MinutesInput, renderMinutesPdf } from "./minutes-pdf.server";
import type { DecidedLevel } from "./pdf-common.server";
import {
  agendaLevelsOf,
  type DecisionView,
  decisionsWhere,
  listMembers,
  stateOf,
} from "./queries.server";
import { lockSession } from "./session-lock.server";

export { hasDecisionLetter } from "./decided-item.server";

/** A stored committee document is at most this large (a minutes PDF of 200 items is ~100 kB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const minutesStorageKey = (sessionId: string) =>
  derivedStorageKey(`committee-minutes:${sessionId}`);
export const letterStorageKey = (decisionId: string) =>
  derivedStorageKey(`committee-decision-letter:${decisionId}`);

const t = createTranslator({ fr, en }, "fr");
const td = createTranslator({ fr: documentsFr, en: documentsEn }, "fr");

type SessionRow = typeof committeeSessions.$inferSelect;

async function sessionItems(db: Executor, sessionId: string): Promise<ItemRow[]> {
  return db
    .select(itemColumns)
    .from(committeeItems)
    .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(eq(committeeItems.sessionId, sessionId))
    .orderBy(asc(committeeItems.position));
}

/** The decisions taken at the meeting (revision 0, made final by closing), by item. */
function closingDecisions(db: Executor, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve(new Map<string, DecisionWithFinal>());
  return decisionsWhere(
    db,
    and(
      inArray(committeeDecisions.itemId, [...itemIds]),
      eq(committeeDecisions.revision, 0),
      isNotNull(committeeDecisions.finalAt),
    ),
  );
}

type DecisionWithFinal = DecisionView & { finalAt: Date | null };

function decidedLevels(requestedLevels: unknown, decision: DecisionView): DecidedLevel[] {
  const labels = new Map(agendaLevelsOf(requestedLevels).map((l) => [l.kind as string, l.label]));
  return decision.levels.map((level) => ({
    label: labels.get(level.kind) ?? level.kind,
    granted: level.granted,
    ratePercent: level.granted ? level.ratePercent : null,
    costCents: level.granted ? level.costCents : null,
    grantedCents: level.granted ? level.grantedCents : null,
  }));
}

function reasonLabel(reason: string | null): string {
  return t(`committees.refusalReason.${reason ?? "other"}` as never);
}

async function programmeName(db: Executor, programId: string): Promise<string> {
  const [row] = await db
    .select({ name: programs.name })
    .from(programs)
    .where(eq(programs.id, programId));
  return row?.name ?? "Digit'ESS";
}

async function closedSession(db: Executor, sessionId: string): Promise<SessionRow | null> {
  const [row] = await db
    .select()
    .from(committeeSessions)
    .where(eq(committeeSessions.id, sessionId));
  return row && stateOf(row) === "closed" ? row : null;
}

/**
 * What the minutes of a closed session say; with `hideFor`, the copy of that member, without the
 * items on which they declared a conflict of interest: neither their decisions nor the conflicts
 * declared on them (theirs included), only how many items the copy leaves out. Null when the
 * session is not closed.
 */
export async function minutesInputOf(
  db: Executor,
  sessionId: string,
  options: { hideFor?: string } = {},
): Promise<MinutesInput | null> {
  const session = await closedSession(db, sessionId);
  if (!session) return null;
  const [name, members, items, conflictRows] = await Promise.all([
    programmeName(db, session.programId),
    listMembers(db, session.id),
    sessionItems(db, session.id),
    db
      .select({
        itemId: committeeConflicts.itemId,
        userId: committeeConflicts.userId,
        memberName: user.name,
        number: sql<string>`coalesce(${applications.number}, '')`,
        organizationName: organizations.name,
      })
      .from(committeeConflicts)
      .innerJoin(committeeItems, eq(committeeItems.id, committeeConflicts.itemId))
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .innerJoin(user, eq(user.id, committeeConflicts.userId))
      .where(eq(committeeItems.sessionId, session.id))
      .orderBy(asc(committeeItems.position), asc(user.name)),
  ]);
  const hidden = new Set(
    conflictRows.filter((row) => row.userId === options.hideFor).map((row) => row.itemId),
  );
  const decisions = await closingDecisions(
    db,
    items.map((item) => item.itemId),
  );
  const decided = items.flatMap((item): MinutesDecision[] => {
    const decision = decisions.get(item.itemId);
    if (!decision || hidden.has(item.itemId)) return [];
    const common = { applicationNumber: item.number, organizationName: item.organizationName };
    if (decision.outcome === "accepted") {
      return [
        { ...common, outcome: "accepted", levels: decidedLevels(item.requestedLevels, decision) },
      ];
    }
    if (decision.outcome === "refused") {
      return [
        {
          ...common,
          outcome: "refused",
          reason: reasonLabel(decision.refusalReason),
          message: decision.applicantMessage,
        },
      ];
    }
    return [{ ...common, outcome: "postponed", missing: decision.missing ?? "" }];
  });
  const closedAt = session.closedAt ?? session.statusChangedAt;
  return {
    locale: "fr",
    programmeName: name,
    session: {
      title: t("committees.session.title", { date: formatDay(session.startsAt, "fr") }),
      startsAt: session.startsAt,
      closedAt,
      place: session.place,
      videoLink: session.videoUrl,
    },
    members: members.map((member) => ({
      name: member.name,
      side: member.side,
      present: member.present,
    })),
    quorum: { funder: session.minFunderPresent, operator: session.minOperatorPresent },
    conflicts: conflictRows
      .filter((row) => !hidden.has(row.itemId))
      .map((row) => ({
        memberName: row.memberName,
        applicationNumber: row.number,
        organizationName: row.organizationName,
      })),
    decisions: decided,
    hiddenItems: hidden.size,
    signatories: members
      .filter((member) => member.present)
      .map((member) => ({
        name: member.name,
        role: td(`committees.minutes.side.${member.side}`),
      })),
    signedOn: closedAt,
  };
}

/** The next planned session of the programme after `after`, as a Paris calendar date. */
async function nextSessionOn(db: Executor, programId: string, after: Date) {
  const [row] = await db
    .select({ startsAt: committeeSessions.startsAt })
    .from(committeeSessions)
    .where(
      and(
        eq(committeeSessions.programId, programId),
        sql`${committeeSessions.status} <> 'closed'`,
        sql`${committeeSessions.startsAt} > ${after.toISOString()}`,
      ),
    )
    .orderBy(asc(committeeSessions.startsAt))
    .limit(1);
  return row ? calendarDateIn(row.startsAt) : null;
}

async function letterInput(
  db: Executor,
  options: {
    appUrl: string;
    session: SessionRow;
    programmeName: string;
    item: ItemRow;
    decision: DecisionWithFinal;
  },
): Promise<DecisionLetterInput> {
  const { item, decision, session } = options;
  const cityLine = [item.postcode, item.commune].filter(Boolean).join(" ");
  const letterDate = decision.finalAt ?? session.closedAt ?? new Date(decision.decidedAt);
  return {
    locale: "fr",
    programmeName: options.programmeName,
    sender: { name: options.programmeName, addressLines: [] },
    recipient: {
      organizationName: item.organizationName,
      contactName: null,
      addressLines: [item.addressLine ?? "", cityLine].filter((line) => line.trim() !== ""),
    },
    applicationNumber: item.number,
    sessionStartsAt: session.startsAt,
    letterDate,
    decision:
      decision.outcome === "accepted"
        ? { outcome: "accepted", levels: decidedLevels(item.requestedLevels, decision) }
        : decision.outcome === "refused"
          ? {
              outcome: "refused",
              reason: reasonLabel(decision.refusalReason),
              message: decision.applicantMessage,
            }
          : {
              outcome: "postponed",
              missing: decision.missing ?? "",
              nextSessionOn: await nextSessionOn(db, session.programId, session.startsAt),
            },
    amendmentReason: decision.revision > 0 ? decision.amendmentReason : null,
    followUrl: `${options.appUrl}/espace/candidatures/${item.applicationId}`,
    signatory: { name: options.programmeName, role: td("committees.letter.signatoryRole") },
  };
}

/** The file name of a decision letter (as attached and downloaded). */
export function letterFileName(number: string, revision: number): string {
  const safe = number.replace(/[^A-Za-z0-9-]/g, "") || "candidature";
  return revision > 0 ? `decision-${safe}-avenant-${revision}.pdf` : `decision-${safe}.pdf`;
}

/** The file name of a session's minutes. */
export function minutesFileName(session: Pick<SessionRow, "startsAt">): string {
  return `proces-verbal-comite-${calendarDateIn(session.startsAt)}.pdf`;
}

/** Whether the decision e-mail of this decision revision was enqueued already. */
async function alreadyMailed(db: Executor, itemId: string, decisionId: string) {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "committee_item"),
        eq(auditEvents.entityId, itemId),
        eq(auditEvents.action, "committee_item.decision_mailed"),
        sql`${auditEvents.after}->>'decisionId' = ${decisionId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Stores one decision's letter, then enqueues its e-mail with the letter, once. */
async function storeAndMailLetter(
  options: DocumentsDeps & {
    session: SessionRow;
    programmeName: string;
    item: ItemRow;
    decision: DecisionWithFinal;
  },
): Promise<number> {
  const { db, storage, item, decision } = options;
  const key = letterStorageKey(decision.id);
  const mailedBefore = await alreadyMailed(db, item.itemId, decision.id);
  // Mailed by an earlier attempt: the letter is stored again only if it went missing.
  if (mailedBefore && (await isStored(storage, key))) return 0;
  const pdf = await renderDecisionLetterPdf(await letterInput(db, options));
  await storage.put(key, pdf, { maxBytes: MAX_DOCUMENT_BYTES });
  if (mailedBefore) return 0;
  const attachment: MailAttachmentRef = {
    filename: letterFileName(item.number, decision.revision),
    contentType: "application/pdf",
    storageKey: key,
  };
  return db.transaction(async (tx) => {
    await lockSession(tx, options.session.id);
    if (await alreadyMailed(tx, item.itemId, decision.id)) return 0;
    const mailed = await mailDecision(tx, {
      jobs: options.jobs,
      appUrl: options.appUrl,
      sessionStartsAt: options.session.startsAt,
      application: {
        id: item.applicationId,
        number: item.number,
        organizationId: item.organizationId,
        organizationName: item.organizationName,
      },
      requestedLevels: item.requestedLevels,
      decision,
      amended: decision.revision > 0,
      attachments: [attachment],
    });
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "committee_item",
      entityId: item.itemId,
      action: "committee_item.decision_mailed",
      after: { decisionId: decision.id, revision: decision.revision, recipients: mailed },
    });
    return mailed;
  });
}

type DocumentsDeps = {
  db: Database;
  storage: FileStorage;
  jobs: JobQueue;
  appUrl: string;
};

/**
 * After closing: stores the minutes, then each decision's letter, and enqueues each applicant's
 * decision e-mail with its letter attached (once per decision). Safe to run again.
 */
export async function produceClosingDocuments(
  options: DocumentsDeps & { sessionId: string },
): Promise<{ letters: number; mailed: number } | null> {
  const { db, storage } = options;
  const session = await closedSession(db, options.sessionId);
  const minutes = await minutesInputOf(db, options.sessionId);
  if (!session || !minutes) return null;
  await storage.put(minutesStorageKey(session.id), await renderMinutesPdf(minutes), {
    maxBytes: MAX_DOCUMENT_BYTES,
  });
  const items = await sessionItems(db, session.id);
  const decisions = await closingDecisions(
    db,
    items.map((item) => item.itemId),
  );
  let letters = 0;
  let mailed = 0;
  for (const item of items) {
    const decision = decisions.get(item.itemId);
    if (!decision) continue;
    mailed += await storeAndMailLetter({
      ...options,
      session,
      programmeName: minutes.programmeName,
      item,
      decision,
    });
    letters += 1;
  }
  return { letters, mailed };
}

/**
 * After an amendment: stores the corrected letter and enqueues the corrected decision's e-mail
 * with it, once. Throws (the job is retried) while the closing's own e-mail of the item has not
 * been enqueued, so an applicant never gets the correction before the decision it corrects.
 */
export async function produceAmendedLetter(
  options: DocumentsDeps & { sessionId: string; itemId: string; decisionId: string },
): Promise<number> {
  const { db } = options;
  const session = await closedSession(db, options.sessionId);
  if (!session) return 0;
  const [item] = (await sessionItems(db, session.id)).filter((i) => i.itemId === options.itemId);
  const decision = (
    await decisionsWhere(
      db,
      and(
        eq(committeeDecisions.id, options.decisionId),
        eq(committeeDecisions.itemId, options.itemId),
      ),
    )
  ).get(options.itemId);
  if (!item || !decision) return 0;
  const original = (await closingDecisions(db, [item.itemId])).get(item.itemId);
  if (original && !(await alreadyMailed(db, item.itemId, original.id))) {
    throw new Error(`the closing e-mail of committee item ${item.itemId} is not enqueued yet`);
  }
  return storeAndMailLetter({
    ...options,
    session,
    programmeName: await programmeName(db, session.programId),
    item,
    decision,
  });
}

async function isStored(storage: FileStorage, key: string): Promise<boolean> {
  const stream = await storage.get(key);
  if (!stream) return false;
  await stream.cancel();
  return true;
}

/** Reads a stored file whole, or null. */
async function readStored(storage: FileStorage, key: string): Promise<Buffer | null> {
  const stream = await storage.get(key);
  if (!stream) return null;
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/**
 * The minutes of a closed session for one reader (already let into the session by its guard):
 * a member with a declared conflict gets a copy without those items, rendered now; everyone else
 * the stored copy (rendered now when the job has not stored it yet). Null before closing.
 */
export async function minutesForReader(
  options: { db: Executor; storage: FileStorage },
  session: Pick<SessionRow, "id" | "status" | "startsAt">,
  readerId: string,
): Promise<{ pdf: Buffer; fileName: string } | null> {
  const { db, storage } = options;
  if (stateOf(session) !== "closed") return null;
  const [conflict] = await db
    .select({ itemId: committeeConflicts.itemId })
    .from(committeeConflicts)
    .innerJoin(committeeItems, eq(committeeItems.id, committeeConflicts.itemId))
    .where(and(eq(committeeItems.sessionId, session.id), eq(committeeConflicts.userId, readerId)))
    .limit(1);
  const fileName = minutesFileName(session);
  if (!conflict) {
    const stored = await readStored(storage, minutesStorageKey(session.id));
    if (stored) return { pdf: stored, fileName };
  }
  const input = await minutesInputOf(db, session.id, conflict ? { hideFor: readerId } : {});
  return input ? { pdf: await renderMinutesPdf(input), fileName } : null;
}

/**
 * The decision letter of an application (its current decision, amendments included), for its
 * organisation's members (the route's guard): the stored file, or rendered now when the job has
 * not stored it yet. Null when no closed session decided on it.
 */
export async function decisionLetterOf(
  options: { db: Executor; storage: FileStorage; appUrl: string },
  applicationId: string,
): Promise<{ pdf: Buffer; fileName: string } | null> {
  const { db, storage } = options;
  const item = await decidedItemOf(db, applicationId);
  if (!item) return null;
  const [latest] = await db
    .select({ id: committeeDecisions.id })
    .from(committeeDecisions)
    .where(and(eq(committeeDecisions.itemId, item.itemId), isNotNull(committeeDecisions.finalAt)))
    .orderBy(desc(committeeDecisions.revision))
    .limit(1);
  if (!latest) return null;
  const decision = (await decisionsWhere(db, and(eq(committeeDecisions.id, latest.id)))).get(
    item.itemId,
  );
  const session = await closedSession(db, item.sessionId);
  if (!decision || !session) return null;
  const fileName = letterFileName(item.number, decision.revision);
  const stored = await readStored(storage, letterStorageKey(decision.id));
  if (stored) return { pdf: stored, fileName };
  const input = await letterInput(db, {
    appUrl: options.appUrl,
    session,
    programmeName: await programmeName(db, session.programId),
    item,
    decision,
  });
  return { pdf: await renderDecisionLetterPdf(input), fileName };
}
