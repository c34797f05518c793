// The programmes a steering user may read (permissions.ts), by name: the choices of the
// dashboard's programme filter and the bounds of every figure it shows.
import { and, asc, eq, exists, sql } from "drizzle-orm";
import type { SessionUser } from "~/features/auth/index.server";
import type { Executor } from "~/platform/db/types";
import { fundingEnvelopes, programs, staffScopes } from "../../../db/schema";
import { programmeReachOf } from "./permissions";

export interface SteeringProgramme {
  readonly id: string;
  readonly name: string;
}

export async function visibleProgrammes(
  db: Executor,
  user: Pick<SessionUser, "id" | "role">,
): Promise<SteeringProgramme[]> {
  const reach = programmeReachOf(user.role);
  if (reach === "none") return [];
  const funded = exists(
    db
      .select({ one: sql`1` })
      .from(fundingEnvelopes)
      .innerJoin(staffScopes, eq(staffScopes.funderId, fundingEnvelopes.funderId))
      .where(and(eq(fundingEnvelopes.programId, programs.id), eq(staffScopes.userId, user.id))),
  );
  return db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(reach === "funded" ? funded : undefined)
    .orderBy(asc(programs.name), asc(programs.id));
}
