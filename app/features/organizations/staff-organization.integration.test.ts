/**
 * The staff page of one organisation (/instruction/structures/:organizationId): who may open it
 * (each persona) and what it shows, through its loader on a real database.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/features/auth";
import * as route from "~/routes/review/organization";
import type { Services } from "~/services.server";
import { applications, organizationMembers } from "../../../db/schema";
import { buildDraft, digitessProgramId } from "../../../tests/factories/applications";
import { buildDiagnostic } from "../../../tests/factories/diagnostics";
import {
  addMember,
  buildAntennaScope,
  buildOrganization,
} from "../../../tests/factories/organizations";
import { buildUser } from "../../../tests/factories/users";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import type { StaffOrganizationPageData } from "./ui/staff-organization-page";

let services: Services & { dataDir: string };
beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services?.close();
});

let serial = 0;
/** A signed-in user with `role`; returns their id and session cookie. */
async function persona(role: Role) {
  serial += 1;
  const email = `fiche${serial}-${Date.now()}@exemple.fr`;
  const id = await buildUser(services.db, { email, name: `Personne ${serial}`, role });
  return { id, cookie: await signIn(services, email) };
}

const open = (organizationId: string, cookie?: string) =>
  createRouteClient(services).call(route.loader, {
    path: `/instruction/structures/${organizationId}`,
    params: { organizationId },
    cookie,
  });

describe("who may open an organisation's staff page", () => {
  it("lets staff within their reach in and answers 404 to everyone else", async () => {
    const owner = await persona("applicant");
    const { organizationId } = await buildOrganization(services.db, {
      ownerId: owner.id,
      name: "Le Toit Partagé",
      departement: "13",
    });
    const manager = await persona("antenna_manager");
    await buildAntennaScope(services.db, { userId: manager.id, departements: ["13", "84"] });
    const otherManager = await persona("antenna_manager");
    await buildAntennaScope(services.db, { userId: otherManager.id, departements: ["69"] });

    const anonymous = await open(organizationId);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe(
      `/connexion?redirectTo=${encodeURIComponent(`/instruction/structures/${organizationId}`)}`,
    );
    for (const role of ["instructor", "admin"] as const) {
      expect((await open(organizationId, (await persona(role)).cookie)).status).toBe(200);
    }
    expect((await open(organizationId, manager.cookie)).status).toBe(200);
    expect((await open(organizationId, otherManager.cookie)).status).toBe(404);
    // Its own member is an applicant: the staff page is not theirs either.
    expect((await open(organizationId, owner.cookie)).status).toBe(404);
    for (const role of ["applicant", "committee_member", "funder"] as const) {
      expect((await open(organizationId, (await persona(role)).cookie)).status).toBe(404);
    }
    const instructor = await persona("instructor");
    expect((await open("pas-un-identifiant", instructor.cookie)).status).toBe(404);
    expect((await open(crypto.randomUUID(), instructor.cookie)).status).toBe(404);
  });
});

describe("what the staff page shows", () => {
  it("shows the identity, members, diagnostics and applications", async () => {
    const owner = await persona("applicant");
    const { organizationId } = await buildOrganization(services.db, {
      ownerId: owner.id,
      name: "Les Jardins de la Belle de Mai",
      siren: "732829320",
      siret: "73282932000074",
      rna: "W133000001",
    });
    const member = await persona("applicant");
    await addMember(services.db, { organizationId, userId: member.id });
    const older = new Date("2025-03-01T10:00:00Z");
    await buildDiagnostic(services.db, { organizationId, completedAt: older });
    const newer = await buildDiagnostic(services.db, { organizationId });
    await buildDiagnostic(services.db, { organizationId, completed: false });
    const programId = await digitessProgramId(services.db);
    const draft = await buildDraft(services.db, { organizationId, programId, createdBy: owner.id });
    const submittedAt = new Date("2026-02-03T09:00:00Z");
    const sent = await buildDraft(services.db, { organizationId, programId, createdBy: owner.id });
    await services.db
      .update(applications)
      .set({ status: "submitted", number: "DIG-2026-00042", submittedAt })
      .where(eq(applications.id, sent));

    const instructor = await persona("instructor");
    const answer = await open(organizationId, instructor.cookie);
    expect(answer.status).toBe(200);
    const page = answer.data as StaffOrganizationPageData;
    expect(page.organization).toMatchObject({
      id: organizationId,
      name: "Les Jardins de la Belle de Mai",
      siren: "732829320",
      siret: "73282932000074",
      rna: "W133000001",
      legalFormCode: "9220",
      departement: "13",
      employees: 2,
      actionAxes: ["housing"],
    });
    expect(page.organization).not.toHaveProperty("createdBy");
    expect(page.members.map(({ role }) => role)).toEqual(["owner", "member"]);
    expect(page.members[0]).toEqual({
      name: expect.any(String),
      email: expect.stringContaining("@exemple.fr"),
      role: "owner",
    });
    expect(page.diagnostics).toHaveLength(2);
    expect(page.diagnostics[0]?.id).toBe(newer.id);
    expect(page.diagnostics[1]?.completedAt).toBe(older.toISOString());
    for (const diagnostic of page.diagnostics) {
      expect(diagnostic.globalScore).toBeGreaterThanOrEqual(0);
      expect(["diagnostic", "scoping", "production"]).toContain(diagnostic.recommendedLevel);
    }
    expect(page.applications).toEqual([
      {
        id: sent,
        number: "DIG-2026-00042",
        programName: expect.any(String),
        state: "submitted",
        submittedAt: submittedAt.toISOString(),
      },
      {
        id: draft,
        number: null,
        programName: expect.any(String),
        state: "draft",
        submittedAt: null,
      },
    ]);
  });

  it("returns empty lists for an organisation with nothing yet", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db, { name: "Vide" });
    await services.db.delete(organizationMembers).where(eq(organizationMembers.userId, ownerId));
    const admin = await persona("admin");
    const page = (await open(organizationId, admin.cookie)).data as StaffOrganizationPageData;
    expect(page.members).toEqual([]);
    expect(page.diagnostics).toEqual([]);
    expect(page.applications).toEqual([]);
  });
});
