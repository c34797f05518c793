// Reads the review actions need: the members to tell, the programme's grid and antennas, the
// people a file may be assigned to, and the scores given. Callers have checked the scope (guard).
import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { ReviewCriterion } from "~/features/programs";
import type { Executor } from "~/platform/db/types";
import {
  antennas,
  applicationScores,
  organizationMembers,
  programs,
  staffScopes,
  user,
} from "../../../db/schema";
import { gridOf } from "./scoring";

/** The members of an organisation, to write to. */
export async function memberRecipients(
  db: Executor,
  organizationId: string,
): Promise<{ id: string; email: string }[]> {
  return db
    .select({ id: user.id, email: user.email })
    .from(organizationMembers)
    .innerJoin(user, eq(user.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(user.email));
}

/** The programme's review grid. */
export async function programGrid(db: Executor, programId: string): Promise<ReviewCriterion[]> {
  const [row] = await db
    .select({ criteria: programs.reviewCriteria })
    .from(programs)
    .where(eq(programs.id, programId));
  return gridOf(row?.criteria);
}

/** The programme's antennas, by city. */
export async function programAntennas(db: Executor, programId: string) {
  return db
    .select({ id: antennas.id, name: antennas.name, city: antennas.city })
    .from(antennas)
    .where(eq(antennas.programId, programId))
    .orderBy(asc(antennas.city), asc(antennas.name));
}

/** Roles who decide on reviews (`review:applications`). */
const deciderRoles = ["instructor", "admin"];

/**
 * The people a file of `antennaIds` may be assigned to: instructors and administrators, and the
 * antenna managers of those antennas (with the antenna each one runs).
 */
export async function assignablePeople(db: Executor, antennaIds: readonly string[]) {
  const managers =
    antennaIds.length > 0
      ? await db
          .selectDistinct({
            id: user.id,
            name: user.name,
            role: user.role,
            antennaId: staffScopes.antennaId,
          })
          .from(user)
          .innerJoin(staffScopes, eq(staffScopes.userId, user.id))
          .where(
            and(
              eq(user.role, "antenna_manager"),
              isNotNull(staffScopes.antennaId),
              inArray(staffScopes.antennaId, [...antennaIds]),
            ),
          )
          .orderBy(asc(user.name))
      : [];
  const deciders = await db
    .select({ id: user.id, name: user.name, role: user.role })
    .from(user)
    .where(or(...deciderRoles.map((role) => eq(user.role, role))))
    .orderBy(asc(user.name));
  return {
    deciders,
    managers: managers.map((m) => ({ ...m, antennaId: m.antennaId as string })),
  };
}

/** Every score given on an application. */
export async function scoresOf(db: Executor, applicationId: string) {
  return db
    .select({
      reviewerId: applicationScores.reviewerId,
      criterionId: applicationScores.criterionId,
      score: applicationScores.score,
      comment: applicationScores.comment,
    })
    .from(applicationScores)
    .where(eq(applicationScores.applicationId, applicationId));
}
