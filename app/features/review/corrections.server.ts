// The correction history of an application for its staff file: each request (who, when, the
// steps and fields named, the message), its resubmission, and what changed, field by field.
// The caller has checked the scope (requireReviewApplication).
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CorrectionSnapshot } from "~/features/applications";
import type { Executor } from "~/platform/db/types";
import { correctionRequests, user } from "../../../db/schema";
import { diffCorrection, type FieldChange } from "./correction-diff";

export type CorrectionEntry = {
  id: string;
  message: string;
  steps: number[];
  fields: string[];
  requestedAt: string;
  requestedByName: string | null;
  resubmittedAt: string | null;
  resubmittedByName: string | null;
  /** What changed; empty until resubmitted. */
  changes: FieldChange[];
};

/** The correction requests of `applicationId`, latest first. */
export async function listCorrections(
  db: Executor,
  applicationId: string,
): Promise<CorrectionEntry[]> {
  const requester = alias(user, "requester");
  const resubmitter = alias(user, "resubmitter");
  const rows = await db
    .select({
      request: correctionRequests,
      requestedByName: requester.name,
      resubmittedByName: resubmitter.name,
    })
    .from(correctionRequests)
    .leftJoin(requester, eq(requester.id, correctionRequests.requestedBy))
    .leftJoin(resubmitter, eq(resubmitter.id, correctionRequests.resubmittedBy))
    .where(eq(correctionRequests.applicationId, applicationId))
    .orderBy(desc(correctionRequests.requestedAt), desc(correctionRequests.id));
  return rows.map(({ request, requestedByName, resubmittedByName }) => ({
    id: request.id,
    message: request.message,
    steps: request.steps,
    fields: request.fields,
    requestedAt: request.requestedAt.toISOString(),
    requestedByName,
    resubmittedAt: request.resubmittedAt?.toISOString() ?? null,
    resubmittedByName,
    changes: request.after
      ? diffCorrection(
          request.before as Partial<CorrectionSnapshot>,
          request.after as Partial<CorrectionSnapshot>,
        )
      : [],
  }));
}
