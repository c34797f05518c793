/** Reads programmes. Public configuration: no scope needed (anyone may read a programme). */
import { and, asc, desc, eq } from "drizzle-orm";
import { type SupportLevelId, supportLevelIds } from "~/features/funding";
import { deepFreeze, keptByVersion } from "~/platform/db/kept-by-version.server";
import type { Executor } from "~/platform/db/types";
import {
  antennas,
  auditEvents,
  funders,
  fundingEnvelopes,
  programAxes,
  programSupportLevels,
  programs,
  user,
} from "../../../db/schema";
import { toPortfolioTargets } from "./portfolio-targets";
import {
  pickDefaultProgramme,
  toCommitteeCadence,
  toProgrammeStatus,
  toReviewCriteria,
} from "./rules";
import type { ProgrammeConfig, ProgrammeSummary } from "./types";

/**
 * Programmes change a few times a year, by administrators, and every public page reads one: the
 * list and each configuration are kept per instance until a statement writes one of their tables
 * (the `programmes` data version, migration 0017, ADR 0025). What is kept is frozen: shared by
 * every request, never changed by one.
 */
const keptLists = keptByVersion<readonly ProgrammeSummary[]>("programmes", 1);
const keptConfigs = keptByVersion<ProgrammeConfig | null>("programmes", 64);

/** Every programme, oldest first. */
export function listProgrammes(db: Executor): Promise<readonly ProgrammeSummary[]> {
  return keptLists(db, "all", async () => {
    const rows = await db
      .select({
        id: programs.id,
        slug: programs.slug,
        name: programs.name,
        status: programs.status,
      })
      .from(programs)
      .orderBy(asc(programs.createdAt), asc(programs.slug));
    return deepFreeze(rows.map((row) => ({ ...row, status: toProgrammeStatus(row.status) })));
  });
}

/** The slug of the programme the site's home page shows, or null when there is none. */
export async function getDefaultProgrammeSlug(db: Executor): Promise<string | null> {
  return pickDefaultProgramme(await listProgrammes(db))?.slug ?? null;
}

/**
 * The programme a public page shows: the one named in the request, or the site's default one.
 * `isDefault` tells whether it is the default (its pages then have the short addresses).
 */
export async function resolvePublicProgramme(
  db: Executor,
  requestedSlug: string | null | undefined,
): Promise<{ config: ProgrammeConfig; isDefault: boolean } | null> {
  const defaultSlug = await getDefaultProgrammeSlug(db);
  const slug = requestedSlug || defaultSlug;
  if (!slug || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) return null;
  const config = await getProgrammeConfig(db, slug);
  return config ? { config, isDefault: slug === defaultSlug } : null;
}

/** A programme's whole configuration by slug, or null when no programme has this slug. */
export async function getProgrammeConfig(
  db: Executor,
  slug: string,
): Promise<ProgrammeConfig | null> {
  // A slug from a URL (/admin/programmes/:slug) may be anything, a NUL included, which
  // PostgreSQL refuses in a text parameter: only a slug's shape is looked up.
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) return null;
  return keptConfigs(db, slug, async () => deepFreeze(await readProgrammeConfig(db, slug)));
}

async function readProgrammeConfig(db: Executor, slug: string): Promise<ProgrammeConfig | null> {
  const [programme] = await db.select().from(programs).where(eq(programs.slug, slug)).limit(1);
  if (!programme) return null;
  const id = programme.id;
  const [levels, axes, antennaRows, envelopes] = await Promise.all([
    db
      .select()
      .from(programSupportLevels)
      .where(eq(programSupportLevels.programId, id))
      .orderBy(asc(programSupportLevels.position)),
    db
      .select()
      .from(programAxes)
      .where(eq(programAxes.programId, id))
      .orderBy(asc(programAxes.position), asc(programAxes.code)),
    db.select().from(antennas).where(eq(antennas.programId, id)).orderBy(asc(antennas.name)),
    db
      .select({
        id: fundingEnvelopes.id,
        funderId: funders.id,
        funderName: funders.name,
        amountCents: fundingEnvelopes.amountCents,
      })
      .from(fundingEnvelopes)
      .innerJoin(funders, eq(funders.id, fundingEnvelopes.funderId))
      .where(eq(fundingEnvelopes.programId, id))
      .orderBy(asc(funders.name)),
  ]);
  return {
    id,
    slug: programme.slug,
    name: programme.name,
    description: programme.description,
    status: toProgrammeStatus(programme.status),
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    targetSupportedCount: programme.targetSupportedCount,
    eligibility: {
      acceptedLegalForms: programme.acceptedLegalForms,
      esusAccepted: programme.esusAccepted,
      minimumAgeYears: programme.minimumAgeYears,
      departements: programme.departements,
    },
    levels: levels
      .filter((level) => (supportLevelIds as readonly string[]).includes(level.kind))
      .map((level) => ({
        id: level.id,
        kind: level.kind as SupportLevelId,
        label: level.label,
        description: level.description,
        minRatePercent: level.minRatePercent,
        maxRatePercent: level.maxRatePercent,
        costCeilingCents: level.costCeilingCents,
        position: level.position,
      })),
    axes: axes.map(({ id, code, label, position }) => ({ id, code, label, position })),
    antennas: antennaRows.map(({ id, name, city, departements, contactEmail, contactPhone }) => ({
      id,
      name,
      city,
      departements,
      contactEmail,
      contactPhone,
    })),
    envelopes,
    committeeCadence: toCommitteeCadence(programme.committeeCadence),
    reviewCriteria: toReviewCriteria(programme.reviewCriteria),
    portfolioTargets: toPortfolioTargets(programme.portfolioTargets),
    rediagnosticMonths: programme.rediagnosticMonths,
  };
}

/** Every funder's name, for the admin's "add an envelope" suggestions. */
export async function listFunderNames(db: Executor): Promise<string[]> {
  const rows = await db.select({ name: funders.name }).from(funders).orderBy(asc(funders.name));
  return rows.map((row) => row.name);
}

/** One change in a programme's history, newest first. */
export interface ProgrammeHistoryEntry {
  readonly occurredAt: string;
  readonly action: string;
  readonly actorName: string | null;
}

/** The latest changes made to a programme (from the audit trail), for its administrators. */
export async function listProgrammeHistory(
  db: Executor,
  programmeId: string,
  limit = 20,
): Promise<ProgrammeHistoryEntry[]> {
  const rows = await db
    .select({
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actorName: user.name,
    })
    .from(auditEvents)
    .leftJoin(user, eq(user.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "programme"), eq(auditEvents.entityId, programmeId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}

/** A programme's portfolio targets with its axes and levels in their order (committee balance). */
export async function portfolioTargetsOf(db: Executor, programId: string) {
  const [[programme], axes, levels] = await Promise.all([
    db
      .select({ targets: programs.portfolioTargets })
      .from(programs)
      .where(eq(programs.id, programId)),
    db
      .select({ code: programAxes.code, label: programAxes.label })
      .from(programAxes)
      .where(eq(programAxes.programId, programId))
      .orderBy(asc(programAxes.position)),
    db
      .select({ kind: programSupportLevels.kind, label: programSupportLevels.label })
      .from(programSupportLevels)
      .where(eq(programSupportLevels.programId, programId))
      .orderBy(asc(programSupportLevels.position)),
  ]);
  return { targets: toPortfolioTargets(programme?.targets), axes, levels };
}
