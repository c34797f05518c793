/**
 * Demo data of the programmes feature: the Digit'ESS programme exactly as domain.md describes it
 * (created once: later runs leave an administrator's changes alone), and the demo staff scopes
 * (Sophie Durand runs the Marseille antenna, Lucas Garnier the Lyon one, Claire Moreau follows
 * AG2R La Mondiale).
 */
import { and, eq } from "drizzle-orm";
import { digitessProgramme } from "../../app/features/programs/digitess";
import { appendAuditEvent } from "../../app/platform/audit.server";
import type { Database } from "../../app/platform/db/types";
import { buildProgramme } from "../../tests/factories/programs";
import { antennas, funders, programs, staffScopes, user } from "../schema";

const antennaManagerEmail = "sophie.durand@demo.digitess.fr";
const lyonManagerEmail = "lucas.garnier@demo.digitess.fr";
const funderEmail = "claire.moreau@demo.digitess.fr";

/** Creates Digit'ESS and the demo staff scopes when the programme does not exist yet. */
export async function seedPrograms(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, digitessProgramme.slug));
    if (existing) return;
    const programId = await buildProgramme(tx);
    await appendAuditEvent(tx, {
      actorId: null,
      entityType: "programme",
      entityId: programId,
      action: "programme.seeded",
      after: { slug: digitessProgramme.slug, name: digitessProgramme.name },
    });
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
    if (manager && marseille) {
      await tx.insert(staffScopes).values({ userId: manager, antennaId: marseille.id });
    }
    if (lyonManager && lyon) {
      await tx.insert(staffScopes).values({ userId: lyonManager, antennaId: lyon.id });
    }
    if (funder && ag2r) await tx.insert(staffScopes).values({ userId: funder, funderId: ag2r.id });
  });
}
