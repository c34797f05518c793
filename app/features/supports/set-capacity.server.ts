// Sets the capacity of an antenna, or of one of its consultants (antenna managers of it): how
// many supports of each level may be in progress at once (issue 15, "Capacity and waiting list").
// A blank level is unlimited. Administrators only (they configure the antennas); audited on the
// programme.
import { and, eq, sql } from "drizzle-orm";
import { can } from "~/features/auth";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { antennas, staffScopes, supportCapacities, user } from "../../../db/schema";
import type { SupportActor } from "./commands.server";
import type { CapacityInput } from "./support.schema";

export async function setCapacity(options: {
  db: Database;
  actor: SupportActor;
  input: CapacityInput;
  requestId?: string;
}): Promise<void> {
  const { db, actor, input } = options;
  if (!can(actor.role, "manage:programs")) {
    refuse({ code: "role_not_allowed", message: "supports.error.roleNotAllowed" });
  }
  await db.transaction(async (tx) => {
    const [antenna] = await tx
      .select({ id: antennas.id, programId: antennas.programId })
      .from(antennas)
      .where(eq(antennas.id, input.antennaId));
    if (!antenna) {
      return refuse({
        code: "antenna_unknown",
        message: "supports.capacity.error.antenna",
        field: "antennaId",
      });
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
            eq(staffScopes.antennaId, antenna.id),
          ),
        );
      if (!consultant) {
        refuse({
          code: "consultant_unknown",
          message: "supports.capacity.error.consultant",
          field: "consultantId",
        });
      }
    }
    const perLevel: Record<string, number> = {};
    for (const level of ["diagnostic", "scoping", "production"] as const) {
      const value = input[level];
      if (value !== null) perLevel[level] = value;
    }
    await tx
      .insert(supportCapacities)
      .values({ antennaId: antenna.id, consultantId: input.consultantId, perLevel })
      .onConflictDoUpdate({
        target: [supportCapacities.antennaId, supportCapacities.consultantId],
        set: { perLevel: sql`excluded.per_level` },
      });
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "programme",
      entityId: antenna.programId,
      action: "programme.capacity_updated",
      after: { antennaId: antenna.id, consultantId: input.consultantId, perLevel },
      requestId: options.requestId,
    });
  });
}
