// The structure's answer to the feedback survey of a closed support (/avis/:token), and what the
// survey page shows for a link. One answer per support, whoever of its members answers: the
// database's unique answer per support decides between two answers sent at once (the second
// inserts nothing and is refused). The token (verified by the route) names the support and the
// member; the member must still belong to the structure.

import { and, eq } from "drizzle-orm";
import type { LevelKind } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database, Executor } from "~/platform/db/types";
import {
  feedbackAnswers,
  organizationMembers,
  organizations,
  programs,
  supports,
} from "../../../db/schema";
import type { FeedbackInput } from "./feedback.schema";
import { verifyFeedbackToken } from "./feedback-token.server";
import type { FeedbackLinkView, FeedbackSupportView } from "./feedback-view";

export type FeedbackRefusalCode = "already_answered" | "not_closed";

async function isMember(db: Executor, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationId),
        eq(organizationMembers.userId, userId),
      ),
    );
  return Boolean(row);
}

/**
 * Stores the answer of `userId` (a member of the support's organisation) to the survey of a
 * closed support. NotFound when the support does not exist or the user is not (or no longer) a
 * member; refused (409) when the support is not closed, or when it already has an answer (from
 * this member or another one): nothing is stored then.
 */
export async function answerFeedback(options: {
  db: Database;
  supportId: string;
  userId: string;
  input: FeedbackInput;
  now?: Date;
}): Promise<{ answerId: string }> {
  const { input } = options;
  return options.db.transaction(async (tx) => {
    const [support] = await tx
      .select({ id: supports.id, status: supports.status, organizationId: supports.organizationId })
      .from(supports)
      .where(eq(supports.id, options.supportId));
    if (!support) notFoundError(`support ${options.supportId}`);
    if (!(await isMember(tx, support.organizationId, options.userId))) {
      notFoundError(`member ${options.userId} of support ${support.id}`);
    }
    if (support.status !== "closed") {
      refuse({ code: "not_closed", message: "supports.feedback.error.notClosed" });
    }
    const [inserted] = await tx
      .insert(feedbackAnswers)
      .values({
        supportId: support.id,
        userId: options.userId,
        satisfaction: input.satisfaction,
        consultantQuality: input.consultantQuality,
        fit: input.needsFit,
        changes: input.beneficiaryChanges,
        recommend: input.recommendation,
        comment: input.comment,
        answeredAt: options.now ?? new Date(),
      })
      .onConflictDoNothing({ target: feedbackAnswers.supportId })
      .returning({ id: feedbackAnswers.id });
    if (!inserted) {
      refuse({ code: "already_answered", message: "supports.feedback.error.alreadyAnswered" });
    }
    await appendAuditEvent(tx, {
      actorId: options.userId,
      entityType: "support",
      entityId: support.id,
      action: "support.feedback_answered",
      after: { answerId: inserted.id },
    });
    return { answerId: inserted.id };
  });
}

/**
 * Reads a survey link: verifies the token (`secret` is the server's BETTER_AUTH_SECRET), then
 * finds its support, checks the member still belongs to the structure, and says whether the
 * survey was answered, and by whom.
 */
export async function readFeedbackLink(
  db: Database,
  options: { token: string; secret: string; now?: Date },
): Promise<FeedbackLinkView> {
  const verified = verifyFeedbackToken(options.token, options.secret, options.now ?? new Date());
  if (!verified.ok) return { state: verified.reason === "expired" ? "expired" : "invalid" };
  const [row] = await db
    .select({
      status: supports.status,
      organizationId: supports.organizationId,
      levelKind: supports.levelKind,
      organizationName: organizations.name,
      programme: programs.name,
      answerUserId: feedbackAnswers.userId,
      answerId: feedbackAnswers.id,
      satisfaction: feedbackAnswers.satisfaction,
      consultantQuality: feedbackAnswers.consultantQuality,
      fit: feedbackAnswers.fit,
      changes: feedbackAnswers.changes,
      recommend: feedbackAnswers.recommend,
      comment: feedbackAnswers.comment,
      answeredAt: feedbackAnswers.answeredAt,
    })
    .from(supports)
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .innerJoin(programs, eq(programs.id, supports.programId))
    .leftJoin(feedbackAnswers, eq(feedbackAnswers.supportId, supports.id))
    .where(eq(supports.id, verified.supportId));
  if (row?.status !== "closed") return { state: "invalid" };
  if (!(await isMember(db, row.organizationId, verified.userId))) return { state: "invalid" };
  const support: FeedbackSupportView = {
    levelKind: row.levelKind as LevelKind,
    organizationName: row.organizationName,
    programme: row.programme,
  };
  if (row.answerId === null) {
    return { state: "form", expiresAt: verified.expiresAt.toISOString(), support };
  }
  if (row.answerUserId !== verified.userId) return { state: "alreadyAnswered", support };
  return {
    state: "answered",
    support,
    answer: {
      satisfaction: row.satisfaction ?? 0,
      consultantQuality: row.consultantQuality ?? 0,
      needsFit: row.fit ?? 0,
      beneficiaryChanges: row.changes,
      recommendation: row.recommend ?? 0,
      comment: row.comment,
      answeredAt: (row.answeredAt ?? new Date()).toISOString(),
    },
  };
}

export type { FeedbackAnswerView, FeedbackLinkView, FeedbackSupportView } from "./feedback-view";
