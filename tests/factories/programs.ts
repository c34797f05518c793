/**
 * Builds programmes with their levels, axes, antennas, funders and envelopes (shared by the seed
 * and the tests, examples.md #13). By default, Digit'ESS exactly as domain.md describes it.
 */
import { sql } from "drizzle-orm";
import { digitessProgramme, type ProgrammeSeed } from "../../app/features/programs/digitess";
import type { ProgrammeConfig } from "../../app/features/programs/types";
import type { Executor } from "../../app/platform/db/types";
import {
  antennas,
  funders,
  fundingEnvelopes,
  programAxes,
  programSupportLevels,
  programs,
} from "../../db/schema";

/** Inserts a programme from a seed (Digit'ESS unless overridden); returns its id. */
export async function buildProgramme(
  executor: Executor,
  overrides: Partial<ProgrammeSeed> = {},
): Promise<string> {
  const seed: ProgrammeSeed = { ...digitessProgramme, ...overrides };
  const [programme] = await executor
    .insert(programs)
    .values({
      slug: seed.slug,
      name: seed.name,
      description: seed.description,
      status: seed.status,
      startsOn: seed.startsOn,
      endsOn: seed.endsOn,
      targetSupportedCount: seed.targetSupportedCount,
      acceptedLegalForms: [...seed.acceptedLegalForms],
      esusAccepted: seed.esusAccepted,
      minimumAgeYears: seed.minimumAgeYears,
      departements: [...seed.departements],
      committeeCadence: seed.committeeCadence,
      reviewCriteria: seed.reviewCriteria.map((criterion) => ({ ...criterion })),
      portfolioTargets: seed.portfolioTargets,
    })
    .returning({ id: programs.id });
  if (!programme) throw new Error(`programme ${seed.slug} not inserted`);
  const programId = programme.id;
  if (seed.levels.length > 0) {
    await executor
      .insert(programSupportLevels)
      .values(seed.levels.map((level, position) => ({ ...level, programId, position })));
  }
  if (seed.axes.length > 0) {
    await executor
      .insert(programAxes)
      .values(seed.axes.map((axis, position) => ({ ...axis, programId, position })));
  }
  if (seed.antennas.length > 0) {
    await executor.insert(antennas).values(
      seed.antennas.map((antenna) => ({
        ...antenna,
        departements: [...antenna.departements],
        programId,
      })),
    );
  }
  for (const envelope of seed.envelopes) {
    await executor
      .insert(funders)
      .values({ name: envelope.funderName, description: envelope.funderDescription })
      .onConflictDoNothing({ target: funders.name });
    await executor.insert(fundingEnvelopes).values({
      programId,
      funderId: sql`(select id from funders where name = ${envelope.funderName})`,
      amountCents: envelope.amountCents,
    });
  }
  return programId;
}

/** The configuration a programme built from `seed` has once loaded (for pure tests: no database). */
export function programmeConfigFromSeed(overrides: Partial<ProgrammeSeed> = {}): ProgrammeConfig {
  const seed: ProgrammeSeed = { ...digitessProgramme, ...overrides };
  return {
    id: "00000000-0000-4000-8000-000000000001",
    slug: seed.slug,
    name: seed.name,
    description: seed.description,
    status: seed.status,
    startsOn: seed.startsOn,
    endsOn: seed.endsOn,
    targetSupportedCount: seed.targetSupportedCount,
    eligibility: {
      acceptedLegalForms: seed.acceptedLegalForms,
      esusAccepted: seed.esusAccepted,
      minimumAgeYears: seed.minimumAgeYears,
      departements: seed.departements,
    },
    levels: seed.levels.map((level, position) => ({
      ...level,
      id: `level-${level.kind}`,
      position,
    })),
    axes: seed.axes.map((axis, position) => ({ ...axis, id: `axis-${axis.code}`, position })),
    antennas: seed.antennas.map((antenna, index) => ({ ...antenna, id: `antenna-${index}` })),
    envelopes: seed.envelopes.map((envelope, index) => ({
      id: `envelope-${index}`,
      funderId: `funder-${index}`,
      funderName: envelope.funderName,
      amountCents: envelope.amountCents,
    })),
    committeeCadence: seed.committeeCadence,
    portfolioTargets: seed.portfolioTargets,
    reviewCriteria: seed.reviewCriteria,
    // The column's default (db/schema/programs.ts): the seed does not set it.
    rediagnosticMonths: 6,
  };
}
