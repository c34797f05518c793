/**
 * The feedback survey of closed supports (issue 15): the closing mailed each member of the
 * structure a link (feedback_requests), the reminders at 7 and 14 days went out while nobody had
 * answered (follow-up-timing.ts), and about 60 % of the structures answered once (one answer per
 * support, by one of its members): scores skewed positive, sometimes a few words in French.
 */

import { NPS_MAX, NPS_MIN, SCORE_MAX, SCORE_MIN } from "~/features/supports/feedback-summary";
import { REMINDER_DAYS, SURVEY_VALID_DAYS } from "~/features/supports/follow-up-timing";
import { feedbackAnswers, feedbackRequests } from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { type Rng, rowRng, stableUuid } from "../prng";
import { memberIds } from "./organizations";
import { volumeOutcomes } from "./outcomes";
import { supportId } from "./supports";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Members per structure at most (organizations.ts: an owner and sometimes a second member). */
const MEMBER_SLOTS = 2;

const changes = [
  "Nous suivons désormais les adhésions dans un tableur partagé, sans double saisie.",
  "Les rendez-vous se prennent en ligne : la permanence téléphonique a diminué de moitié.",
  "Notre site présente enfin nos actions ; de nouveaux bénévoles nous ont contactés.",
  "L'équipe a été formée aux outils collaboratifs et range ses documents au même endroit.",
  "Le cahier des charges nous a permis de comparer trois devis sereinement.",
] as const;

const comments = [
  "Consultante très à l'écoute, merci pour votre patience avec les bénévoles.",
  "Un accompagnement clair et concret, nous le recommandons.",
  "Le démarrage a un peu tardé, mais le résultat est là.",
  "Il faudrait une séance de plus pour former les nouveaux arrivants.",
  "Très utile pour une petite structure comme la nôtre.",
] as const;

/** A score from SCORE_MIN to SCORE_MAX, skewed towards the top. */
function score(rng: Rng): number {
  const value = rng.weighted([
    [5, 50],
    [4, 33],
    [3, 11],
    [2, 4],
    [1, 2],
  ] as const);
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, value));
}

/** A recommendation from NPS_MIN to NPS_MAX, mostly promoters. */
function recommendation(rng: Rng): number {
  const value = rng.weighted([
    [10, 30],
    [9, 27],
    [8, 20],
    [7, 10],
    [6, 5],
    [5, 3],
    [4, 2],
    [3, 1],
    [2, 1],
    [0, 1],
  ] as const);
  return Math.min(NPS_MAX, Math.max(NPS_MIN, value));
}

function buildFeedback(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const outcomes = volumeOutcomes(context);
  const support = outcomes.supports[outcomes.surveyed[index] ?? -1];
  if (!support?.closedAt) throw new Error(`volume feedback ${index} has no closed support`);
  const rng = rowRng(seed, "feedback", support.key);
  const id = supportId(seed, support.key);
  const members = memberIds(seed, support.passage.organizationIndex);
  const sentAt = support.closedAt;
  const now = context.now.getTime();
  // Most answers come within days of the mail, none after the link expires.
  const answerDays = Math.floor(rng.next() ** 2 * (SURVEY_VALID_DAYS - 10));
  const answeredAt = new Date(sentAt.getTime() + answerDays * DAY + rng.int(1, 10) * HOUR);
  const answered = rng.chance(0.6) && answeredAt.getTime() <= now;
  const reminders = REMINDER_DAYS.filter(
    (days) => sentAt.getTime() + days * DAY <= now && (!answered || days <= answerDays),
  );
  const lastReminder = reminders.at(-1);
  const requests = members.map((userId, k) => ({
    id: stableUuid(seed, "feedback-requests", support.key * MEMBER_SLOTS + k),
    supportId: id,
    userId,
    sentAt,
    remindersSent: reminders.length,
    lastReminderAt:
      lastReminder === undefined ? null : new Date(sentAt.getTime() + lastReminder * DAY),
  }));
  const [first, ...others] = requests;
  if (!first) throw new Error(`volume feedback ${index}: the structure has no member`);
  const answers = answered
    ? [
        {
          id: stableUuid(seed, "feedback-answers", support.key),
          supportId: id,
          userId: rng.pick(members),
          satisfaction: score(rng),
          consultantQuality: score(rng),
          fit: score(rng),
          changes: rng.chance(0.55) ? rng.pick(changes) : null,
          recommend: recommendation(rng),
          comment: rng.chance(0.35) ? rng.pick(comments) : null,
          answeredAt,
        },
      ]
    : [];
  return {
    row: first,
    dependents: [
      { table: feedbackRequests, rows: others },
      { table: feedbackAnswers, rows: answers },
    ],
  };
}

export const feedbackGenerator: VolumeGenerator = {
  name: "feedback",
  table: feedbackRequests,
  key: feedbackRequests.id,
  count: (context) => volumeOutcomes(context).surveyed.length,
  build: buildFeedback,
};
