// The next level (issue 15): when a diagnostic or scoping support closes, every member of the
// structure is invited by e-mail to apply for the next level (follow-up-timing.ts `nextLevel`),
// with a new application prefilled from the support's one: the link opens
// /espace/candidatures/nouvelle?suite=<that application> (the applications feature copies what
// still holds and ticks the next level).
//
// Called by the closing command inside its transaction, once the support is "closed" (the mails
// commit or roll back with the closing). Nobody is invited when:
// - the level was the last one (production), or the programme does not offer the next one;
// - the structure already has an application in progress for it in the same programme: a draft
//   (one per programme at a time: the link would resume it, so it could not be a new prefilled
//   one), or a submitted application not yet decided that asks for the next level;
// - the structure already has a support of the next level in the programme, not abandoned (the
//   same committee decision granted both levels);
// - it was already invited for this support (`next_level_invited_at`, claimed by one update, so
//   a second call, even a concurrent one, mails nothing).
// A required mail (like the feedback survey's): it bypasses the notification choices.
import { and, eq, exists, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { applicationStates, isBeforeDecision, type LevelKind } from "~/features/applications";
import { memberRecipients } from "~/features/applications/index.server";
import { sendEmailJob } from "~/features/notifications";
import type { Transaction } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import {
  applicationLevels,
  applications,
  organizations,
  programSupportLevels,
  programs,
  supports,
} from "../../../db/schema";
import { nextLevelEmail } from "./emails/next-level";
import { nextLevel } from "./follow-up-timing";

/** The states of a submitted application still waiting for its outcome. */
const undecidedStates = applicationStates.filter(
  (state) => state !== "draft" && isBeforeDecision(state),
);

/** The new-application link of the invitation: prefilled from `applicationId`. */
export function nextLevelPath(applicationId: string): string {
  return `/espace/candidatures/nouvelle?suite=${applicationId}`;
}

/**
 * Invites the members of a closed support's structure to apply for the next level (see above), in
 * the caller's transaction. Returns the number of mails enqueued (0 when nobody is invited).
 * Throws when the support does not exist or is not closed.
 */
export async function inviteNextLevel(
  tx: Transaction,
  options: { jobs: JobQueue; appUrl: string; supportId: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const [support] = await tx
    .select({
      id: supports.id,
      status: supports.status,
      levelKind: supports.levelKind,
      programId: supports.programId,
      applicationId: supports.applicationId,
      organizationId: supports.organizationId,
      invitedAt: supports.nextLevelInvitedAt,
      organizationName: organizations.name,
      programme: programs.name,
      applicationNumber: applications.number,
    })
    .from(supports)
    .innerJoin(organizations, eq(organizations.id, supports.organizationId))
    .innerJoin(programs, eq(programs.id, supports.programId))
    .innerJoin(applications, eq(applications.id, supports.applicationId))
    .where(eq(supports.id, options.supportId));
  if (!support) throw new Error(`inviteNextLevel: support ${options.supportId} not found`);
  if (support.status !== "closed") {
    throw new Error(`inviteNextLevel: support ${support.id} is ${support.status}, not closed`);
  }
  if (support.invitedAt !== null || support.applicationNumber === null) return 0;
  const next = nextLevel(support.levelKind as LevelKind);
  if (!next) return 0;

  const [offered] = await tx
    .select({ id: programSupportLevels.id })
    .from(programSupportLevels)
    .where(
      and(
        eq(programSupportLevels.programId, support.programId),
        eq(programSupportLevels.kind, next),
      ),
    );
  if (!offered) return 0;

  const [inProgress] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.organizationId, support.organizationId),
        eq(applications.programId, support.programId),
        ne(applications.id, support.applicationId),
        or(
          eq(applications.status, "draft"),
          and(
            inArray(applications.status, undecidedStates),
            exists(
              tx
                .select({ one: sql`1` })
                .from(applicationLevels)
                .where(
                  and(
                    eq(applicationLevels.applicationId, applications.id),
                    eq(applicationLevels.kind, next),
                  ),
                ),
            ),
          ),
        ),
      ),
    )
    .limit(1);
  if (inProgress) return 0;

  const [granted] = await tx
    .select({ id: supports.id })
    .from(supports)
    .where(
      and(
        eq(supports.organizationId, support.organizationId),
        eq(supports.programId, support.programId),
        eq(supports.levelKind, next),
        ne(supports.status, "abandoned"),
      ),
    )
    .limit(1);
  if (granted) return 0;

  // Claimed once: a second call (or a concurrent one) finds it set and mails nothing.
  const claimed = await tx
    .update(supports)
    .set({ nextLevelInvitedAt: now, updatedAt: now })
    .where(and(eq(supports.id, support.id), isNull(supports.nextLevelInvitedAt)))
    .returning({ id: supports.id });
  if (claimed.length === 0) return 0;

  const email = nextLevelEmail({
    levelKind: support.levelKind as LevelKind,
    nextLevelKind: next,
    organizationName: support.organizationName,
    programme: support.programme,
    applicationNumber: support.applicationNumber,
    url: `${options.appUrl}${nextLevelPath(support.applicationId)}`,
  });
  let mailed = 0;
  for (const member of await memberRecipients(tx, support.organizationId)) {
    await options.jobs.enqueue(tx, sendEmailJob, { to: member.email, ...email });
    mailed += 1;
  }
  return mailed;
}
