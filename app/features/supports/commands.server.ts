// The supports' commands (issue 15), each in one transaction on the support row locked, within
// the actor's scope (404 outside it), audited on the support:
// - `planSupport`: the consultant (an antenna manager of the support's antenna), the planned
//   start and end, the staff notes; while the support is not closed or abandoned;
// - `changeSupportStatus`: start, deliver (a deliverable with its file first), close (the
//   closing meeting first) or abandon (a reason); the state machine says who may
//   (support-state.ts). Closing asks the structure's opinion (the survey, feedback-requests) and
//   invites it to the next level;
// - `recordMilestone`: a kick-off, a deliverable (with a file, stored before the row) or the
//   closing meeting, when the state allows it;
// - `recordPayment`: an invoice or a payment on one funder's part, never beyond what is
//   committed (invoices) or invoiced (payments): co-funding.ts.
import { and, eq, sql } from "drizzle-orm";
import type { Role } from "~/features/auth";
import { can } from "~/features/auth";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import type { FileStorage } from "~/platform/storage/storage";
import {
  staffScopes,
  supportFundingParts,
  supportMilestones,
  supportPayments,
  supports,
  user,
} from "../../../db/schema";
import { checkPaymentStep } from "./co-funding";
import { storeDeliverable } from "./deliverable-file.server";
import { milestonesForRules, supportScope } from "./queries.server";
import type { MilestoneInput, PaymentInput, PlanInput, StatusInput } from "./support.schema";
import {
  actionProblems,
  isFinalSupportState,
  isSupportState,
  milestoneRecordable,
  type SupportState,
  supportTransition,
} from "./support-state";

export type SupportActor = { id: string; role: Role };

type Common = { db: Database; actor: SupportActor; supportId: string; requestId?: string };

/** What happens inside the closing transaction beyond the status (survey, next level). */
export type OnClosed = (tx: Transaction, supportId: string) => Promise<void>;

async function lockSupport(tx: Transaction, actor: SupportActor, supportId: string) {
  const [row] = await tx
    .select()
    .from(supports)
    .where(and(eq(supports.id, supportId), supportScope(tx, actor)))
    .for("update");
  if (!row) return notFoundError(`support ${supportId}`);
  const state: SupportState = isSupportState(row.status) ? row.status : "planned";
  return { ...row, state };
}

async function milestonesOf(tx: Transaction, supportId: string) {
  const rows = await tx
    .select({
      kind: supportMilestones.kind,
      hasFile: sql<boolean>`${supportMilestones.storageKey} is not null`,
    })
    .from(supportMilestones)
    .where(eq(supportMilestones.supportId, supportId));
  return milestonesForRules(rows);
}

function requireDeliverer(actor: SupportActor) {
  if (!can(actor.role, "deliver:supports")) {
    refuse({ code: "role_not_allowed", message: "supports.error.roleNotAllowed" });
  }
}

export async function planSupport(options: Common & { input: PlanInput }): Promise<void> {
  const { db, actor, input } = options;
  await db.transaction(async (tx) => {
    const support = await lockSupport(tx, actor, options.supportId);
    requireDeliverer(actor);
    if (isFinalSupportState(support.state)) {
      refuse({ code: "support_final", message: "supports.plan.error.final" });
    }
    if (input.consultantId !== null) {
      const [consultant] = await tx
        .select({ id: user.id })
        .from(user)
        .innerJoin(staffScopes, eq(staffScopes.userId, user.id))
        .where(
          and(
            eq(user.id, input.consultantId),
            eq(user.role, "antenna_manager"),
            support.antennaId ? eq(staffScopes.antennaId, support.antennaId) : sql`false`,
          ),
        );
      if (!consultant) {
        refuse({
          code: "consultant_unknown",
          message: "supports.plan.error.consultant",
          field: "consultantId",
        });
      }
    }
    const before = {
      consultantId: support.consultantId,
      plannedStart: support.plannedStart,
      plannedEnd: support.plannedEnd,
    };
    const after = {
      consultantId: input.consultantId,
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
    };
    await tx
      .update(supports)
      .set({ ...after, notes: input.notes, updatedAt: new Date() })
      .where(eq(supports.id, support.id));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "support",
      entityId: support.id,
      action: "support.planned",
      before,
      after,
      requestId: options.requestId,
    });
  });
}

const stamps = {
  start: "startedAt",
  deliver: "deliveredAt",
  close: "closedAt",
  abandon: "abandonedAt",
} as const;

const auditOf = {
  start: "support.started",
  deliver: "support.delivered",
  close: "support.closed",
  abandon: "support.abandoned",
} as const;

export async function changeSupportStatus(
  options: Common & { input: StatusInput; onClosed: OnClosed },
): Promise<{ to: SupportState }> {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const support = await lockSupport(tx, actor, options.supportId);
    const result = supportTransition(support.state, input.action, actor.role);
    if (!result.ok) {
      if (result.reason === "role_not_allowed") {
        refuse({ code: "role_not_allowed", message: "supports.error.roleNotAllowed" });
      }
      refuse({ code: "wrong_state", message: `supports.status.error.from.${support.state}` });
    }
    const problems = actionProblems(input.action, {
      milestones: await milestonesOf(tx, support.id),
      reason: input.reason,
      details: input.details,
    });
    const [problem] = problems;
    if (problem) {
      refuse({
        code: "condition_missing",
        message: problem,
        ...(problem.startsWith("supports.abandon.error.reason")
          ? { field: "reason" }
          : problem.startsWith("supports.abandon.error.details")
            ? { field: "details" }
            : {}),
      });
    }
    const now = new Date();
    await tx
      .update(supports)
      .set({
        status: result.to,
        [stamps[input.action]]: now,
        ...(input.action === "abandon"
          ? { abandonReason: input.reason, abandonNote: input.details }
          : {}),
        updatedAt: now,
      })
      .where(eq(supports.id, support.id));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "support",
      entityId: support.id,
      action: auditOf[input.action],
      before: { status: support.state },
      after: {
        status: result.to,
        ...(input.action === "abandon" ? { reason: input.reason } : {}),
      },
      requestId: options.requestId,
    });
    if (result.to === "closed") await options.onClosed(tx, support.id);
    return { to: result.to };
  });
}

export async function recordMilestone(
  options: Common & { storage: FileStorage; input: MilestoneInput },
): Promise<{ id: string }> {
  const { db, actor, input } = options;
  requireDeliverer(actor);
  // The file is checked and stored before the transaction; a refusal after it deletes it.
  const stored =
    input.kind === "deliverable" && input.file
      ? await storeDeliverable(options.storage, input.file)
      : null;
  if (input.kind === "deliverable" && !stored) {
    refuse({
      code: "file_required",
      message: "supports.milestone.error.fileRequired",
      field: "file",
    });
  }
  try {
    return await db.transaction(async (tx) => {
      const support = await lockSupport(tx, actor, options.supportId);
      if (!milestoneRecordable(input.kind, support.state)) {
        refuse({
          code: "wrong_state",
          message: `supports.milestone.error.state.${input.kind}`,
          field: "kind",
        });
      }
      const [row] = await tx
        .insert(supportMilestones)
        .values({
          supportId: support.id,
          kind: input.kind,
          title: input.title,
          happenedOn: input.happenedOn,
          note: input.note,
          storageKey: stored?.storageKey ?? null,
          fileName: stored?.fileName ?? null,
          mimeType: stored?.mimeType ?? null,
          sizeBytes: stored?.sizeBytes ?? null,
          createdBy: actor.id,
        })
        .returning({ id: supportMilestones.id });
      if (!row) throw new Error("milestone not stored");
      await tx.update(supports).set({ updatedAt: new Date() }).where(eq(supports.id, support.id));
      await appendAuditEvent(tx, {
        actorId: actor.id,
        entityType: "support",
        entityId: support.id,
        action: "support.milestone_recorded",
        after: { milestoneId: row.id, kind: input.kind, file: stored?.fileName ?? null },
        requestId: options.requestId,
      });
      return { id: row.id };
    });
  } catch (error) {
    if (stored) await options.storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
}

export async function recordPayment(options: Common & { input: PaymentInput }): Promise<void> {
  const { db, actor, input } = options;
  await db.transaction(async (tx) => {
    const support = await lockSupport(tx, actor, options.supportId);
    if (!can(actor.role, "record:support-payments")) {
      refuse({ code: "role_not_allowed", message: "supports.error.roleNotAllowed" });
    }
    const [part] = await tx
      .select()
      .from(supportFundingParts)
      .where(
        and(
          eq(supportFundingParts.id, input.partId),
          eq(supportFundingParts.supportId, support.id),
        ),
      )
      .for("update");
    if (!part) {
      return refuse({
        code: "part_unknown",
        message: "supports.payment.error.part",
        field: "partId",
      });
    }
    const step = checkPaymentStep(
      {
        committedCents: part.committedCents,
        invoicedCents: part.invoicedCents,
        paidCents: part.paidCents,
      },
      { kind: input.kind, cents: input.amount },
    );
    if (!step.ok) {
      return refuse({
        code: step.problem,
        message: `supports.payment.error.${step.problem}`,
        field: "amount",
      });
    }
    await tx
      .update(supportFundingParts)
      .set({ invoicedCents: step.next.invoicedCents, paidCents: step.next.paidCents })
      .where(eq(supportFundingParts.id, part.id));
    await tx.insert(supportPayments).values({
      partId: part.id,
      kind: input.kind,
      cents: input.amount,
      on: input.on,
      reference: input.reference,
      createdBy: actor.id,
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "support",
      entityId: support.id,
      action: "support.payment_recorded",
      after: { funderId: part.funderId, kind: input.kind, cents: input.amount, on: input.on },
      requestId: options.requestId,
    });
  });
}
