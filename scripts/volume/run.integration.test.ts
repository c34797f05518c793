/**
 * The volume seed on a real database (small plan): the review columns and tables are filled, the
 * routing agrees with the programme's antennas, committees, supports, feedback and re-diagnostics
 * keep the rules the application keeps, and a second run inserts nothing.
 */
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/platform/db/types";
import {
  applicationNotes,
  applicationScores,
  applications,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeSessions,
  correctionRequests,
  diagnostics,
  feedbackAnswers,
  feedbackRequests,
  informationRequests,
  rediagnosticInvitations,
  staffScopes,
  supportFundingParts,
  supportMilestones,
  supportPayments,
  supports,
  user,
} from "../../db/schema";
import { createTestDatabase } from "../../tests/support/test-database";
import { seedVolume, VOLUME_NOW } from "./run";

const plan = { organizations: 120, applications: 400, seed: 7 };
let handle: DatabaseHandle;
let first: Awaited<ReturnType<typeof seedVolume>>;

const tables: Record<string, PgTable> = {
  user,
  staffScopes,
  applications,
  informationRequests,
  correctionRequests,
  applicationScores,
  applicationNotes,
  committeeSessions,
  committeeMembers,
  committeeItems,
  committeeDecisions,
  committeeDecisionLevels,
  supports,
  supportMilestones,
  supportFundingParts,
  supportPayments,
  feedbackRequests,
  feedbackAnswers,
  rediagnosticInvitations,
  diagnostics,
};

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await handle.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

async function one(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await handle.db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]?.n ?? 0);
}

beforeAll(async () => {
  handle = await createTestDatabase();
  first = await seedVolume(handle.db, plan);
}, 300_000);
afterAll(async () => {
  await handle?.close();
});

describe("volume seed after the review", () => {
  it("fills the committees, supports, feedback and re-diagnostics", async () => {
    const c = await counts();
    for (const name of [
      "committeeSessions",
      "committeeMembers",
      "committeeItems",
      "committeeDecisions",
      "committeeDecisionLevels",
      "supports",
      "supportMilestones",
      "supportFundingParts",
      "supportPayments",
      "feedbackRequests",
      "feedbackAnswers",
      "rediagnosticInvitations",
    ]) {
      expect(c[name], name).toBeGreaterThan(0);
    }
  });

  it("decides as each application's state says, in the last session closed before its move", async () => {
    // The decision of an application's last item is its state, final at the session's closing.
    expect(
      await one(sql`select count(*) as n from applications a
        where a.status in ('accepted', 'refused', 'postponed') and not exists (
          select 1 from committee_items i
          join committee_decisions d on d.item_id = i.id and d.revision = 0
          join committee_sessions s on s.id = i.session_id and s.status = 'closed'
          where i.application_id = a.id and d.outcome = a.status and d.final_at = s.closed_at
            and d.decided_at between s.starts_at and s.closed_at)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications a where a.status = 'scheduled'
        and not exists (select 1 from committee_items i
          join committee_sessions s on s.id = i.session_id and s.status = 'planned'
          where i.application_id = a.id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from committee_items i
        join applications a on a.id = i.application_id
        where a.status not in ('accepted', 'refused', 'postponed', 'scheduled')`),
    ).toBe(0);
    // Closing moved the application: never before its decision was final.
    expect(
      await one(sql`select count(*) as n from committee_decisions d
        join committee_items i on i.id = d.item_id
        where not exists (select 1 from application_events e
          where e.application_id = i.application_id and e.occurred_at >= d.final_at
            and e.action = case d.outcome when 'accepted' then 'accept'
              when 'refused' then 'refuse' else 'postpone' end)`),
    ).toBe(0);
  });

  it("grants within the level's bounds, cost × rate half up, and one support per granted level", async () => {
    expect(
      await one(sql`select count(*) as n from committee_decision_levels l
        join committee_decisions d on d.id = l.decision_id
        join committee_items i on i.id = d.item_id
        join applications a on a.id = i.application_id
        join program_support_levels p on p.program_id = a.program_id and p.kind = l.kind
        where l.granted and (l.rate_percent not between p.min_rate_percent and p.max_rate_percent
          or l.granted_cents <> (l.cost_cents * l.rate_percent + 50) / 100
          or not exists (select 1 from funding_envelopes e
            where e.program_id = a.program_id and e.funder_id = l.funder_id))`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from committee_decision_levels l
        full join supports s on s.decision_id = l.decision_id and s.level_kind = l.kind
        where (l.granted is not true and s.id is not null)
          or (l.granted and (s.id is null or s.share_cents <> l.granted_cents
            or s.cost_cents <> l.cost_cents or s.rate_percent <> l.rate_percent))`),
    ).toBe(0);
  });

  it("delivers each support at its application's antenna, its dates in order", async () => {
    expect(
      await one(sql`select count(*) as n from supports s
        join applications a on a.id = s.application_id
        where s.antenna_id is distinct from a.antenna_id
          or s.organization_id <> a.organization_id`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from supports where
        started_at < decided_at or delivered_at < started_at or closed_at < delivered_at
        or abandoned_at < greatest(decided_at, started_at, delivered_at)
        or greatest(started_at, delivered_at, closed_at, abandoned_at) > ${VOLUME_NOW}
        or (status = 'planned') <> (started_at is null and abandoned_at is null)
        or (status = 'closed') <> (closed_at is not null)
        or (status = 'abandoned') <> (abandoned_at is not null and abandon_reason is not null)
        or (status = 'delivered' and delivered_at is null)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from supports s
        where (s.status in ('delivered', 'closed') and not exists (select 1 from support_milestones m
            where m.support_id = s.id and m.kind = 'deliverable' and m.storage_key is not null))
          or (s.status = 'closed' and not exists (select 1 from support_milestones m
            where m.support_id = s.id and m.kind = 'closing'))`),
    ).toBe(0);
  });

  it("splits each share to the cent, paid ≤ invoiced ≤ committed, as the payments add up", async () => {
    expect(
      await one(sql`select count(*) as n from supports s
        where s.share_cents <> (select coalesce(sum(p.committed_cents), 0)
          from support_funding_parts p where p.support_id = s.id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from support_funding_parts p
        where p.paid_cents > p.invoiced_cents or p.invoiced_cents > p.committed_cents
          or p.invoiced_cents <> (select coalesce(sum(x.cents), 0) from support_payments x
            where x.part_id = p.id and x.kind = 'invoiced')
          or p.paid_cents <> (select coalesce(sum(x.cents), 0) from support_payments x
            where x.part_id = p.id and x.kind = 'paid')`),
    ).toBe(0);
  });

  it("surveys closed supports only, with one answer per support from one of its members", async () => {
    expect(
      await one(sql`select count(*) as n from feedback_requests r
        join supports s on s.id = r.support_id
        where s.status <> 'closed' or r.sent_at <> s.closed_at or not exists (
          select 1 from organization_members m
          where m.organization_id = s.organization_id and m.user_id = r.user_id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from feedback_answers a
        where a.answered_at > ${VOLUME_NOW} or not exists (select 1 from feedback_requests r
          where r.support_id = a.support_id and r.user_id = a.user_id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) - count(distinct support_id) as n from feedback_answers`),
    ).toBe(0);
  });

  it("retakes diagnostics after the last closing, so that maturity can be compared", async () => {
    expect(
      await one(sql`select count(*) as n from rediagnostic_invitations i
        where i.last_closed_at <> (select max(s.closed_at) from supports s
          where s.organization_id = i.organization_id and s.status = 'closed')
          or exists (select 1 from supports s where s.organization_id = i.organization_id
            and s.status in ('planned', 'in_progress', 'delivered'))`),
    ).toBe(0);
    // Organisations with a completed diagnostic before their first closed support started and
    // another after the last one closed: the steering dashboard's pairs.
    expect(
      await one(sql`with bounds as (
          select organization_id, min(coalesce(started_at, created_at)) as first_start,
            max(closed_at) as last_closed
          from supports where status = 'closed' group by organization_id)
        select count(*) as n from bounds b
        where exists (select 1 from diagnostics d where d.organization_id = b.organization_id
            and d.status = 'completed' and d.completed_at < b.first_start)
          and exists (select 1 from diagnostics d where d.organization_id = b.organization_id
            and d.status = 'completed' and d.completed_at > b.last_closed)`),
    ).toBeGreaterThan(0);
  });
});

describe("volume seed of the review", () => {
  it("routes every submitted application to the antenna covering its organisation", async () => {
    expect(
      await one(sql`select count(*) as n from applications a
        join organizations o on o.id = a.organization_id
        where a.submitted_at is not null
          and (a.antenna_id is null) <> not exists (
            select 1 from antennas x where x.program_id = a.program_id
              and o.departement = any(x.departements))`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications a
        join organizations o on o.id = a.organization_id
        join antennas n on n.id = a.antenna_id
        where not (o.departement = any(n.departements))`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications
        where submitted_at is null and antenna_id is not null`),
    ).toBe(0);
  });

  it("fills the review tables and dates each state at its last event", async () => {
    const c = await counts();
    expect(c.applicationScores).toBeGreaterThan(0);
    expect(c.informationRequests).toBeGreaterThan(0);
    expect(c.applicationNotes).toBeGreaterThan(0);
    expect(c.staffScopes).toBeGreaterThanOrEqual(9);
    expect(
      await one(sql`select count(*) as n from applications where assigned_to is not null`),
    ).toBeGreaterThan(0);
    expect(
      await one(sql`select count(*) as n from applications a
        where a.status_changed_at <> (select max(occurred_at) from application_events e
          where e.application_id = a.id)`),
    ).toBe(0);
    expect(
      await one(sql`select count(*) as n from applications a where a.status = 'information_requested'
        and not exists (select 1 from information_requests r
          where r.application_id = a.id and r.answered_at is null)`),
    ).toBe(0);
  });

  it("inserts nothing when it runs again", async () => {
    expect(first.find((r) => r.table === "applications")?.inserted).toBe(plan.applications);
    const before = await counts();
    const again = await seedVolume(handle.db, plan);
    expect(again.every((r) => r.inserted === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });
});
