/**
 * The public face of a programme: what the site and the JSON API show anyone (levels and rates,
 * axes, who may apply, territory, antennas, funders' names). Budget envelopes and review
 * criteria stay internal.
 */
import { z } from "zod";
import { supportLevelIds } from "~/features/funding";
import { committeeCadences, type ProgrammeConfig, programmeStatuses } from "./types";

const nullableDate = z.string().meta({ format: "date" }).nullable();

/** One programme's public configuration (GET /api/v1/programmes/{slug}). */
export const publicProgrammeSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  status: z
    .enum(programmeStatuses)
    .meta({ description: "open : candidatures ouvertes ; closed : fermé." }),
  startsOn: nullableDate,
  endsOn: nullableDate,
  targetSupportedCount: z.int().min(0).nullable().meta({
    description: "Objectif : nombre de structures accompagnées sur la durée du programme.",
  }),
  levels: z.array(
    z.strictObject({
      kind: z.enum(supportLevelIds),
      label: z.string(),
      description: z.string(),
      minRatePercent: z.int().min(0).max(100),
      maxRatePercent: z.int().min(0).max(100),
      costCeilingCents: z.int().min(0).nullable().meta({
        description:
          "Plafond de coût en centimes : au-delà, la part du programme est calculée sur le plafond.",
      }),
    }),
  ),
  axes: z.array(z.strictObject({ code: z.string(), label: z.string() })),
  eligibility: z.strictObject({
    acceptedLegalForms: z.array(z.string().regex(/^\d{4}$/)).meta({
      description: "Catégories juridiques INSEE acceptées comme faisant partie de l'ESS.",
    }),
    esusAccepted: z.boolean().meta({
      description: "Les autres entreprises sont éligibles avec l'agrément ESUS.",
    }),
    minimumAgeYears: z.int().min(0),
  }),
  territories: z.array(z.string()).meta({ description: "Codes des départements couverts." }),
  antennas: z.array(
    z.strictObject({
      name: z.string(),
      city: z.string(),
      departements: z.array(z.string()),
      contactEmail: z.string().nullable(),
      contactPhone: z.string().nullable(),
    }),
  ),
  funders: z.array(z.string()),
  committeeCadence: z.enum(committeeCadences),
});

/** GET /api/v1/programmes: every programme's public configuration. */
export const publicProgrammeListSchema = z.strictObject({
  programmes: z.array(publicProgrammeSchema),
});

/** A programme's public configuration. */
export type PublicProgramme = z.output<typeof publicProgrammeSchema>;

/** Maps a stored programme to its public configuration. */
export function toPublicProgramme(config: ProgrammeConfig): PublicProgramme {
  return {
    slug: config.slug,
    name: config.name,
    description: config.description,
    status: config.status,
    startsOn: config.startsOn,
    endsOn: config.endsOn,
    targetSupportedCount: config.targetSupportedCount,
    levels: config.levels.map((level) => ({
      kind: level.kind,
      label: level.label,
      description: level.description,
      minRatePercent: level.minRatePercent,
      maxRatePercent: level.maxRatePercent,
      costCeilingCents: level.costCeilingCents,
    })),
    axes: config.axes.map(({ code, label }) => ({ code, label })),
    eligibility: {
      acceptedLegalForms: [...config.eligibility.acceptedLegalForms],
      esusAccepted: config.eligibility.esusAccepted,
      minimumAgeYears: config.eligibility.minimumAgeYears,
    },
    territories: [...config.eligibility.departements],
    antennas: config.antennas.map((antenna) => ({
      name: antenna.name,
      city: antenna.city,
      departements: [...antenna.departements],
      contactEmail: antenna.contactEmail,
      contactPhone: antenna.contactPhone,
    })),
    funders: config.envelopes.map((envelope) => envelope.funderName),
    committeeCadence: config.committeeCadence,
  };
}
