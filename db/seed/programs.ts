/**
 * Demo data of the programmes feature: the Digit'ESS programme exactly as domain.md describes it
 * (created once: later runs leave an administrator's changes alone), and the demo staff scopes
 * (Sophie Durand runs the Marseille antenna, Lucas Garnier the Lyon one, Claire Moreau follows
 * AG2R La Mondiale).
 */
import { and, eq, isNull } from "drizzle-orm";
import { digitessProgramme } from "../../app/features/programs/digitess";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database, Transaction } from "../../app/platform/db/types";
import { buildProgramme } from "../../tests/factories/programs";
import { antennas, funders, programs, staffScopes, user } from "../schema";

const antennaManagerEmail = "sophie.durand@demo.digitess.fr";
const lyonManagerEmail = "lucas.garnier@demo.digitess.fr";
const funderEmail = "claire.moreau@demo.digitess.fr";

/** Creates Digit'ESS when it does not exist yet, and gives the demo staff scopes they lack. */
export async function seedPrograms(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, digitessProgramme.slug));
    // The programme may exist already (a volume database): the demo staff's scopes are still
    // given, once each.
    const programId = existing?.id ?? (await createProgramme(tx));
    const [marseille] = await tx
      .select({ id: antennas.id })
      .from(antennas)
      .where(and(eq(antennas.programId, programId), eq(antennas.city, "Marseille")));
    const [lyon] = await tx
      .select({ id: antennas.id })
      .from(antennas)
      .where(and(eq(antennas.programId, programId), eq(antennas.city, "Lyon")));
    const [ag2r] = await tx
      .select({ id: funders.id })
      .from(funders)
      .where(eq(funders.name, "AG2R La Mondiale"));
    const userId = async (email: string) =>
      (await tx.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]?.id;
    const manager = await userId(antennaManagerEmail);
    const funder = await userId(funderEmail);
    const lyonManager = await userId(lyonManagerEmail);
    const giveScope = async (scope: { userId: string; antennaId?: string; funderId?: string }) => {
      const [held] = await tx
        .select({ id: staffScopes.id })
        .from(staffScopes)
        .where(
          and(
            eq(staffScopes.userId, scope.userId),
            scope.antennaId
              ? eq(staffScopes.antennaId, scope.antennaId)
              : isNull(staffScopes.antennaId),
            scope.funderId
              ? eq(staffScopes.funderId, scope.funderId)
              : isNull(staffScopes.funderId),
          ),
        );
      if (!held) await tx.insert(staffScopes).values(scope);
    };
    if (manager && marseille) await giveScope({ userId: manager, antennaId: marseille.id });
    if (lyonManager && lyon) await giveScope({ userId: lyonManager, antennaId: lyon.id });
    if (funder && ag2r) await giveScope({ userId: funder, funderId: ag2r.id });
  });
}

/** Creates the demo programme, audited as seeded; returns its id. */
async function createProgramme(tx: Transaction): Promise<string> {
  const programId = await buildProgramme(tx);
  await appendAuditEvent(tx, {
    actorId: null,
    entityType: "programme",
    entityId: programId,
    action: "programme.seeded",
    after: { slug: digitessProgramme.slug, name: digitessProgramme.name },
  });
  return programId;
}
