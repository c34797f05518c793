// Starts an application: one draft per organisation and programme at a time, so a second click
// on "Nouvelle candidature" resumes the draft instead of creating another. A structure whose
// record definitely fails the programme's eligibility (too young, a company without the ESUS
// approval, outside the territory) is refused before it fills anything (issue 11); a criterion
// to be checked does not stop it.
//
// The next level (issue 15): a draft started from the invitation sent when a support closes
// (`prefillFrom`: the previous application) copies what still holds of that application
// (follow-up-prefill.ts) and ticks the next level, when the previous application belongs to the
// same organisation; any other id prefills nothing and says nothing of it.
import { and, eq, isNotNull } from "drizzle-orm";
import { todayInParis } from "~/features/eligibility";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database, Executor } from "~/platform/db/types";
import { applicationEvents, applications, organizations, supports } from "../../../db/schema";
import type { Actor } from "./actor";
import { type DraftData, readDraftData } from "./draft";
import { followUpDraftData, levelAfter } from "./follow-up-prefill";
import { prefillOrganizationStep, prefillProjectStep } from "./prefill";
import { isUuid, loadProgramConfig } from "./queries.server";
import type { LevelKind } from "./rules";
import { startEligibility } from "./start-eligibility";

/** An earlier application a new one may start from (the next level's invitation). */
export type FollowUpSource = {
  id: string;
  number: string;
  programId: string;
  data: DraftData;
  /** The level after the highest of its supports that closed, or null. */
  nextLevel: LevelKind | null;
};

/**
 * The organisation's earlier application `applicationId`, sent at least once (it has a number),
 * with the level after its highest closed support; null for anything else (not an id, another
 * organisation's application, a draft never sent): the caller then prefills nothing.
 */
export async function findFollowUpSource(
  db: Executor,
  scope: { applicationId: unknown; organizationId: string },
): Promise<FollowUpSource | null> {
  if (!isUuid(scope.applicationId)) return null;
  const [row] = await db
    .select({
      id: applications.id,
      number: applications.number,
      programId: applications.programId,
      data: applications.data,
    })
    .from(applications)
    .where(
      and(
        eq(applications.id, scope.applicationId),
        eq(applications.organizationId, scope.organizationId),
        isNotNull(applications.number),
      ),
    );
  if (!row?.number) return null;
  const closed = await db
    .select({ levelKind: supports.levelKind })
    .from(supports)
    .where(and(eq(supports.applicationId, row.id), eq(supports.status, "closed")));
  return {
    id: row.id,
    number: row.number,
    programId: row.programId,
    data: readDraftData(row.data),
    nextLevel: levelAfter(closed.map((support) => support.levelKind)),
  };
}

/**
 * What the new-application page says of `?suite=<applicationId>`: the earlier application's
 * number and the next level's name in its programme (null when it offers none); null when the id
 * is not one of the organisation's sent applications.
 */
export async function describeFollowUp(
  db: Executor,
  scope: { applicationId: unknown; organizationId: string },
): Promise<{ applicationId: string; number: string; nextLevel: string | null } | null> {
  const source = await findFollowUpSource(db, scope);
  if (!source) return null;
  const program = source.nextLevel ? await loadProgramConfig(db, source.programId) : null;
  const level = program?.levels.find((offered) => offered.kind === source.nextLevel);
  return { applicationId: source.id, number: source.number, nextLevel: level?.label ?? null };
}

/** Creates (or finds) the organisation's draft for a programme; returns its id. */
export async function createApplicationDraft(options: {
  db: Database;
  actor: Actor;
  organizationId: string;
  programId: string;
  /**
   * An earlier application of the same organisation to start from (the next level): what still
   * holds is copied and the next level ticked. Ignored when it is not one of the organisation's
   * sent applications, and when a draft already exists (it is resumed as it is).
   */
  prefillFrom?: string;
  requestId?: string;
  /** The clock of the eligibility check (the day in Paris). */
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const { db, actor, organizationId, programId } = options;
  return db.transaction(async (tx) => {
    // Lock the organisation row so two simultaneous clicks cannot both create a draft.
    const [organization] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for("update");
    if (!organization) return notFoundError(`organization ${organizationId}`);
    const [existing] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(
          eq(applications.organizationId, organizationId),
          eq(applications.programId, programId),
          eq(applications.status, "draft"),
        ),
      );
    if (existing) return { id: existing.id, created: false };
    const program = await loadProgramConfig(tx, programId);
    if (!program) return notFoundError(`program ${programId}`);
    const eligibility = startEligibility(
      organization,
      program.eligibilityRules,
      todayInParis(options.now ?? new Date()),
    );
    if (eligibility.eligible === false) {
      return refuse({
        code: "ineligible",
        message: "applications.start.ineligible",
        details: { eligibility },
      });
    }
    const project = prefillProjectStep(organization, program.axes);
    const base: DraftData = {
      steps: {
        "1": prefillOrganizationStep(organization, actor),
        ...(project ? { "2": project } : {}),
      },
    };
    const source =
      options.prefillFrom === undefined
        ? null
        : await findFollowUpSource(tx, { applicationId: options.prefillFrom, organizationId });
    const data = source
      ? followUpDraftData({
          base,
          previous: source.data,
          nextLevel: source.nextLevel,
          program,
        })
      : base;
    const [row] = await tx
      .insert(applications)
      .values({
        organizationId,
        programId,
        status: "draft",
        currentStep: 1,
        data,
        createdBy: actor.id,
      })
      .returning({ id: applications.id });
    if (!row) throw new Error("application not created");
    await tx.insert(applicationEvents).values({
      applicationId: row.id,
      actorId: actor.id,
      action: "create",
      fromStatus: null,
      toStatus: "draft",
    });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: row.id,
      action: "application.draft_created",
      after: { organizationId, programId, ...(source ? { prefilledFrom: source.id } : {}) },
      requestId: options.requestId,
    });
    return { id: row.id, created: true };
  });
}
