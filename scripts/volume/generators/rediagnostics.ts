/**
 * The maturity measured again (issue 15): each structure whose last support closed the
 * programme's months ago (six by default) with none open since was invited by the daily job
 * (rediagnostic_invitations, keyed by that closing), and about half of them took the diagnostic
 * again after it: a completed diagnostic scored by the question bank like the others
 * (diagnostics.ts), mostly better than the one before their first support, so the steering
 * dashboard's maturity gain has before and after pairs. Most of those who had no diagnostic
 * before their first support in the volume took one before applying (T0).
 */
import { hashResumeToken } from "~/features/diagnostic/resume-token.server";
import { sizeBandOf } from "~/features/diagnostic/size-band";
import { diagnostics, rediagnosticInvitations } from "../../../db/schema";
import { parisInstant } from "../dates";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { rowRng, stableUuid } from "../prng";
import {
  DIAGNOSTIC_VERSION,
  diagnosticsGenerator,
  type Profile,
  scoredProfiles,
} from "./diagnostics";
import { employeesOf, memberIds, organizationId } from "./organizations";
import { volumeOutcomes } from "./outcomes";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

type Completed = { completedAt: Date; globalScore: number };

const earlier = new WeakMap<VolumeContext, Map<string, Completed[]>>();

/** The completed diagnostics of the volume per organisation id (built once per run). */
function completedByOrganization(context: VolumeContext): Map<string, Completed[]> {
  const found = earlier.get(context);
  if (found) return found;
  const byOrganization = new Map<string, Completed[]>();
  for (let index = 0; index < diagnosticsGenerator.count(context); index++) {
    const { row } = diagnosticsGenerator.build(context, index);
    if (row.status !== "completed" || typeof row.organizationId !== "string") continue;
    const list = byOrganization.get(row.organizationId) ?? [];
    list.push({ completedAt: row.completedAt as Date, globalScore: Number(row.globalScore) });
    byOrganization.set(row.organizationId, list);
  }
  earlier.set(context, byOrganization);
  return byOrganization;
}

/** A completed diagnostic of organisation i, before its supports or after them. */
function diagnosticRow(
  context: VolumeContext,
  side: "before" | "after",
  organizationIndex: number,
  profile: Profile,
  completedAt: Date,
  minutes: number,
) {
  const { seed } = context.plan;
  return {
    id: stableUuid(seed, `follow-up-diagnostics-${side}`, organizationIndex),
    resumeTokenHash: hashResumeToken(`volume-${seed}-follow-up-${side}-${organizationIndex}`),
    version: DIAGNOSTIC_VERSION,
    answers: profile.answers,
    status: "completed",
    organizationId: organizationId(seed, organizationIndex),
    createdBy: memberIds(seed, organizationIndex)[0] ?? null,
    result: profile.result,
    globalScore: profile.globalScore,
    sizeBand: sizeBandOf(employeesOf(seed, organizationIndex)),
    completedAt,
    createdAt: new Date(completedAt.getTime() - minutes * MINUTE),
    updatedAt: completedAt,
  };
}

function buildRediagnostic(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const followUp = volumeOutcomes(context).followUps[index];
  if (!followUp) throw new Error(`volume re-diagnostic ${index} does not exist`);
  const { organizationIndex } = followUp;
  const rng = rowRng(seed, "follow-up-diagnostics", organizationIndex);
  const organization = organizationId(seed, organizationIndex);
  const now = context.now.getTime();
  // The daily job runs at 09:45, Paris time.
  const sentAt = new Date(Math.min(now, parisInstant(followUp.dueOn, "09:45").getTime()));
  const row = {
    id: stableUuid(seed, "rediagnostic-invitations", organizationIndex),
    organizationId: organization,
    lastClosedAt: followUp.lastClosedAt,
    sentAt,
  };
  const taken: Record<string, unknown>[] = [];
  if (rng.chance(0.5)) {
    // Within weeks of the invitation (before "now" for the recent ones).
    const drawn = sentAt.getTime() + rng.int(1, 40) * DAY + rng.int(1, 10) * HOUR;
    const room = Math.max(0, now - sentAt.getTime() - HOUR);
    const completedAt = new Date(
      drawn <= now ? drawn : sentAt.getTime() + Math.min(HOUR, room) + rng.next() * room,
    );
    const profiles = [...scoredProfiles()].sort((a, b) => a.globalScore - b.globalScore);
    const lower = profiles.slice(0, Math.ceil(profiles.length / 2));
    // The one before its first support (T0): the volume's own, or else, for most of them, the
    // one it took before applying.
    let before = (completedByOrganization(context).get(organization) ?? [])
      .filter((d) => d.completedAt < followUp.firstStartedAt)
      .sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0]?.globalScore;
    if (before === undefined && rng.chance(0.7)) {
      const profile = rng.pick(lower);
      const at = new Date(followUp.firstSubmittedAt.getTime() - rng.int(3, 60) * DAY);
      taken.push(diagnosticRow(context, "before", organizationIndex, profile, at, rng.int(8, 30)));
      before = profile.globalScore;
    }
    const floor = before ?? lower.at(-1)?.globalScore ?? 0;
    const better = profiles.filter((p) => p.globalScore > floor);
    const profile = better.length > 0 && rng.chance(0.8) ? rng.pick(better) : rng.pick(profiles);
    taken.push(
      diagnosticRow(context, "after", organizationIndex, profile, completedAt, rng.int(8, 30)),
    );
  }
  return { row, dependents: [{ table: diagnostics, rows: taken }] };
}

export const rediagnosticsGenerator: VolumeGenerator = {
  name: "re-diagnostics",
  table: rediagnosticInvitations,
  key: rediagnosticInvitations.id,
  count: (context) => volumeOutcomes(context).followUps.length,
  build: buildRediagnostic,
};
