// Corrects a closed session's decision: a new revision of the item's decision (final at once,
// with the reason of the correction), never an edit of the final one (the database refuses
// that too). The outcome stays: the application's state is final; what an amendment corrects is
// the levels, rates, costs, funders, the refusal's reason and message, or what is missing. The
// applicant organisation receives the corrected decision with its corrected letter: the
// `committee-documents` job enqueued here stores the letter and mails it
// (closing-documents.server.ts). Amending is for a member of the session or an administrator;
// before closing, the decision is simply recorded again. Audited on the item. The supports of
// the accepted levels follow the correction (features/supports, sync-supports.server.ts).
import { and, eq } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { syncSupportsWithDecision } from "~/features/supports/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { applications, committeeItems, organizations } from "../../../db/schema";
import type { DecisionInput } from "./committee.schema";
import { auditSummary, checkDecision, insertDecision } from "./decision-record.server";
import { closingDocumentsTask } from "./jobs/closing-documents-task";
import { canClose } from "./permissions";
import { currentDecision, hasConflict, seatOf } from "./queries.server";
import { lockSession } from "./session-lock.server";

export async function amendDecision(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  sessionId: string;
  itemId: string;
  input: DecisionInput;
  appUrl: string;
  requestId?: string;
}): Promise<{ revision: number }> {
  const { db, actor, itemId, input } = options;
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, options.sessionId);
    const [item] = await tx
      .select({
        id: committeeItems.id,
        requestedLevels: committeeItems.requestedLevels,
        applicationId: applications.id,
        number: applications.number,
        organizationId: organizations.id,
        organizationName: organizations.name,
      })
      .from(committeeItems)
      .innerJoin(applications, eq(applications.id, committeeItems.applicationId))
      .innerJoin(organizations, eq(organizations.id, applications.organizationId))
      .where(and(eq(committeeItems.id, itemId), eq(committeeItems.sessionId, session.id)));
    if (!item || (await hasConflict(tx, itemId, actor.id))) {
      return notFoundError(`committee item ${itemId}`);
    }
    if (!canClose(actor, await seatOf(tx, session.id, actor.id))) {
      refuse({ code: "not_member", message: "committees.refusal.notMember" });
    }
    if (session.state !== "closed") {
      refuse({ code: "not_closed", message: "committees.refusal.amendNotClosed" });
    }
    const current = await currentDecision(tx, itemId);
    if (!current) refuse({ code: "no_decision", message: "committees.refusal.noDecision" });
    if (current.outcome !== input.outcome) {
      refuse({
        code: "outcome_change",
        message: "committees.amend.error.outcomeChange",
        field: "outcome",
      });
    }
    const checked = await checkDecision(tx, {
      programId: session.programId,
      itemId,
      requestedLevels: item.requestedLevels,
      input,
    });
    const revision = current.revision + 1;
    await insertDecision(tx, {
      itemId,
      revision,
      checked,
      decidedBy: actor.id,
      finalAt: new Date(),
    });
    const amended = await currentDecision(tx, itemId);
    if (!amended) throw new Error("amendment not stored");
    // The supports follow the corrected levels (issue 15), unless money was invoiced or a
    // support started on what the amendment changes.
    const synced = await syncSupportsWithDecision(tx, amended.id);
    if (!synced.ok) {
      refuse({
        code: `support_${synced.problem}`,
        message:
          synced.problem === "invoiced"
            ? "committees.amend.error.supportInvoiced"
            : "committees.amend.error.supportStarted",
      });
    }
    await options.jobs.enqueue(tx, closingDocumentsTask, {
      kind: "amendment",
      sessionId: session.id,
      itemId,
      decisionId: amended.id,
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "committee_item",
      entityId: itemId,
      action: "committee_item.amended",
      before: { revision: current.revision, outcome: current.outcome },
      after: { revision, reason: input.amendmentReason, ...auditSummary(checked) },
      requestId: options.requestId,
    });
    return { revision };
  });
}
