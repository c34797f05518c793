import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantedAmountCents } from "../../app/features/committees/amounts";
import type { Services } from "../../app/services.server";
import { createTestServices, jobsSettled } from "../../tests/support/test-services";
import {
  antennas,
  applications,
  auditEvents,
  committeeDecisionLevels,
  committeeDecisions,
  committeeItems,
  committeeMembers,
  committeeSessions,
  funders,
  organizations,
  staffScopes,
  supportFundingParts,
  supports,
  user,
} from "../schema";
import { seedDemo } from "../seed";
import { demoCommitteeMembers } from "./committees";
import { acceptedApplication, CLOSED_SESSION_DAYS_AGO, GRANTED_SCOPING_RATE } from "./supports";

let services: Services & { dataDir: string };

async function seed() {
  await seedDemo(services.db, {
    storage: services.storage,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
  });
}

/** The accepted demo application with its antenna's city. */
async function accepted() {
  const [row] = await services.db
    .select({
      id: applications.id,
      status: applications.status,
      antennaId: applications.antennaId,
      city: antennas.city,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .leftJoin(antennas, eq(antennas.id, applications.antennaId))
    .where(eq(organizations.name, acceptedApplication.organization));
  if (!row) throw new Error("no accepted demo application");
  return row;
}

const tables = {
  applications,
  committeeSessions,
  committeeMembers,
  committeeItems,
  committeeDecisions,
  committeeDecisionLevels,
  supports,
  supportFundingParts,
  auditEvents,
};

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await services.db.select({ n: count() }).from(table);
    out[name] = row?.n ?? 0;
  }
  return out;
}

beforeAll(async () => {
  services = await createTestServices();
  await seed();
}, 120_000);
afterAll(async () => {
  await services?.close();
});

describe("demo supports", () => {
  it("holds a session six weeks ago, closed, with the demo members present", async () => {
    const application = await accepted();
    expect(application.status).toBe("accepted");
    const [session] = await services.db
      .select({
        id: committeeSessions.id,
        status: committeeSessions.status,
        startsAt: committeeSessions.startsAt,
        closedAt: committeeSessions.closedAt,
      })
      .from(committeeSessions)
      .innerJoin(committeeItems, eq(committeeItems.sessionId, committeeSessions.id))
      .where(eq(committeeItems.applicationId, application.id));
    expect(session?.status).toBe("closed");
    expect(session?.closedAt).not.toBeNull();
    const daysAgo = (Date.now() - (session?.startsAt.getTime() ?? 0)) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(CLOSED_SESSION_DAYS_AGO - 1);
    expect(daysAgo).toBeLessThan(CLOSED_SESSION_DAYS_AGO + 1);
    expect(
      new Intl.DateTimeFormat("fr-FR", {
        timeZone: "Europe/Paris",
        hour: "2-digit",
        minute: "2-digit",
      }).format(session?.startsAt),
    ).toBe("14:00");
    const members = await services.db
      .select({ email: user.email, side: committeeMembers.side, present: committeeMembers.present })
      .from(committeeMembers)
      .innerJoin(user, eq(user.id, committeeMembers.userId))
      .where(eq(committeeMembers.sessionId, session?.id ?? ""))
      .orderBy(asc(user.email));
    expect(members).toEqual(
      [...demoCommitteeMembers]
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((member) => ({ ...member, present: true })),
    );
    // Nobody was invited to a meeting already held.
    const invitations = await services.db
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, session?.id ?? ""),
          eq(auditEvents.action, "committee_session.invitations_mailed"),
        ),
      );
    expect(invitations[0]?.n).toBe(0);
  });

  it("gives the application one planned scoping support at the Marseille antenna, its share split", async () => {
    const application = await accepted();
    expect(application.city).toBe("Marseille");
    const rows = await services.db
      .select()
      .from(supports)
      .where(eq(supports.applicationId, application.id));
    expect(rows).toHaveLength(1);
    const [support] = rows;
    if (!support) throw new Error("no support");
    expect(support).toMatchObject({
      status: "planned",
      levelKind: "scoping",
      antennaId: application.antennaId,
      ratePercent: GRANTED_SCOPING_RATE,
      // The cost the application requested (tests/factories: 12 000 €).
      costCents: 1_200_000,
    });
    // 70 % of the cost, half up, in cents.
    expect(support.shareCents).toBe(
      Math.floor((support.costCents * GRANTED_SCOPING_RATE + 50) / 100),
    );
    expect(support.shareCents).toBe(grantedAmountCents(support.costCents, GRANTED_SCOPING_RATE));
    const parts = await services.db
      .select({ cents: supportFundingParts.committedCents, funder: funders.name })
      .from(supportFundingParts)
      .innerJoin(funders, eq(funders.id, supportFundingParts.funderId))
      .where(eq(supportFundingParts.supportId, support.id));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((sum, part) => sum + part.cents, 0)).toBe(support.shareCents);
    expect(parts.map((part) => part.funder)).toContain("AG2R La Mondiale");
    // The diagnostic level was not granted.
    const levels = await services.db
      .select({ kind: committeeDecisionLevels.kind, granted: committeeDecisionLevels.granted })
      .from(committeeDecisionLevels)
      .innerJoin(committeeDecisions, eq(committeeDecisions.id, committeeDecisionLevels.decisionId))
      .where(eq(committeeDecisions.id, support.decisionId))
      .orderBy(asc(committeeDecisionLevels.kind));
    expect(levels).toEqual([
      { kind: "diagnostic", granted: false },
      { kind: "scoping", granted: true },
    ]);
  });

  it("is in Sophie Durand's antenna scope", async () => {
    const application = await accepted();
    const scopes = await services.db
      .select({ antennaId: staffScopes.antennaId })
      .from(staffScopes)
      .innerJoin(user, eq(user.id, staffScopes.userId))
      .where(
        and(eq(user.email, "sophie.durand@demo.digitess.fr"), eq(user.role, "antenna_manager")),
      );
    expect(scopes.map((scope) => scope.antennaId)).toContain(application.antennaId);
  });

  it("creates nothing more when run again", async () => {
    // The first run's jobs (the decision e-mails) write their own audit rows: wait for them.
    await jobsSettled(services);
    const before = await counts();
    await seed();
    expect(await counts()).toEqual(before);
    const application = await accepted();
    const [supportCount] = await services.db
      .select({ n: count() })
      .from(supports)
      .where(eq(supports.applicationId, application.id));
    expect(supportCount?.n).toBe(1);
  });
});
