/**
 * Diagnostics: most saved to an organisation, some anonymous; about three in four completed and
 * scored with the real scoring of the question bank (a few answer profiles scored once), the
 * others in progress.
 */
import { getQuestionBank } from "~/features/diagnostic/question-bank";
import { hashResumeToken } from "~/features/diagnostic/resume-token.server";
import { scoreDiagnostic } from "~/features/diagnostic/scoring";
import { sizeBandOf } from "~/features/diagnostic/size-band";
import { diagnostics } from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { type Rng, rowRng, stableUuid } from "../prng";
import { employeesOf, memberIds, organizationId } from "./organizations";

/** The question bank's version every volume diagnostic answers. */
export const DIAGNOSTIC_VERSION = "2026-1";
const DAY = 86_400_000;

export type Profile = {
  answers: Record<string, number | string>;
  result: unknown;
  globalScore: number;
};

let profiles: Profile[] | undefined;

/** Answer profiles (one level per dimension), scored once for the whole run. */
export function scoredProfiles(): Profile[] {
  if (profiles) return profiles;
  const bank = getQuestionBank(DIAGNOSTIC_VERSION);
  const built: Profile[] = [];
  for (let p = 0; p < 40; p++) {
    const rng = rowRng(0, "diagnostic-profiles", p);
    const answers: Record<string, number | string> = {};
    for (const dimension of bank.dimensions) {
      const level = rng.int(0, 4);
      for (const question of dimension.questions) {
        answers[question.id] = Math.max(0, Math.min(4, level + rng.int(-1, 1)));
      }
    }
    answers.P1 = rng.int(0, 2);
    answers.P2 = rng.int(0, 2);
    const scored = scoreDiagnostic(bank, answers);
    if (!scored.ok) throw new Error(`volume diagnostic profile ${p}: ${JSON.stringify(scored)}`);
    built.push({ answers, result: scored.value, globalScore: scored.value.globalScore });
  }
  profiles = built;
  return built;
}

function partialAnswers(rng: Rng, profile: Profile): Record<string, number | string> {
  const entries = Object.entries(profile.answers);
  return Object.fromEntries(entries.slice(0, rng.int(1, entries.length - 1)));
}

function buildDiagnostic(context: VolumeContext, index: number) {
  const { seed, organizations } = context.plan;
  const rng = rowRng(seed, "diagnostics", index);
  const anonymous = rng.chance(0.12);
  const organizationIndex = anonymous ? null : rng.int(0, organizations - 1);
  const createdBy =
    organizationIndex === null ? null : (memberIds(seed, organizationIndex)[0] ?? null);
  const completed = rng.chance(0.75);
  const profile = rng.pick(scoredProfiles());
  const createdAt = new Date(context.now.getTime() - rng.int(1, 3 * 365) * DAY);
  const completedAt = completed ? new Date(createdAt.getTime() + rng.int(0, 3) * DAY) : null;
  const row = {
    id: stableUuid(seed, "diagnostics", index),
    resumeTokenHash: hashResumeToken(`volume-${seed}-${index}`),
    version: DIAGNOSTIC_VERSION,
    answers: completed ? profile.answers : partialAnswers(rng, profile),
    status: completed ? "completed" : "in_progress",
    organizationId: organizationIndex === null ? null : organizationId(seed, organizationIndex),
    createdBy,
    result: completed ? profile.result : null,
    globalScore: completed ? profile.globalScore : null,
    sizeBand:
      completed && organizationIndex !== null
        ? sizeBandOf(employeesOf(seed, organizationIndex))
        : null,
    completedAt,
    createdAt,
    updatedAt: completedAt ?? createdAt,
  };
  return { row, dependents: [] };
}

export const diagnosticsGenerator: VolumeGenerator = {
  name: "diagnostics",
  table: diagnostics,
  key: diagnostics.id,
  // About one diagnostic per organisation, a little less than the applications.
  count: ({ plan }) => Math.round(plan.organizations * 0.9),
  build: buildDiagnostic,
};
