// Removes the anonymous diagnostics whose last activity is older than the retention period
// (rule in ./retention.ts). Attached diagnostics (an organisation or an account) always stay.
import { and, isNull, lt } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { diagnostics } from "../../../../db/schema";

/** Deletes anonymous diagnostics last updated before `cutoff`; returns how many went. */
export async function purgeAnonymousDiagnostics(
  db: Executor,
  options: { cutoff: Date },
): Promise<number> {
  const removed = await db
    .delete(diagnostics)
    .where(
      and(
        isNull(diagnostics.organizationId),
        isNull(diagnostics.createdBy),
        lt(diagnostics.updatedAt, options.cutoff),
      ),
    )
    .returning({ id: diagnostics.id });
  return removed.length;
}
