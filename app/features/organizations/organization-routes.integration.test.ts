/**
 * The applicant routes called the way React Router calls them (loader/action with a Request and
 * the load context), with real sessions, on a real database, and the company registry replaced
 * by the local replay server (REGISTRY_API_URL).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as invitationRoute from "~/routes/applicant/invitation";
import * as membersRoute from "~/routes/applicant/members";
import * as editRoute from "~/routes/applicant/organization-edit";
import * as newRoute from "~/routes/applicant/organization-new";
import * as removeRoute from "~/routes/applicant/remove-member";
import * as switchRoute from "~/routes/applicant/switch-organization";
import * as applicantHome from "~/routes/areas/applicant";
import type { Services } from "~/services.server";
import { organizations } from "../../../db/schema";
import {
  addMember,
  buildAntennaScope,
  buildOrganization,
} from "../../../tests/factories/organizations";
import {
  type RegistryReplay,
  registryFixtures,
  startRegistryReplay,
} from "../../../tests/support/registry-replay";
import {
  buildRequest,
  createRouteClient,
  type RouteClient,
} from "../../../tests/support/route-client";
import { signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { requireOrganizationForStaff } from "./guards.server";
import { inviteMember } from "./invite-member.server";

let services: Services & { dataDir: string };
let replay: RegistryReplay;
let client: RouteClient;
const base = "http://localhost:3999";

beforeAll(async () => {
  replay = await startRegistryReplay({ slowDelayMs: 3600 });
  services = await createTestServices({ REGISTRY_API_URL: replay.url });
  client = createRouteClient(services);
});
afterAll(async () => {
  await services?.close();
  await replay?.close();
});

/** A verified user signed in (an applicant unless another role is given). */
const signedIn = (role: "applicant" | "antenna_manager" | "instructor" = "applicant") =>
  signInAs(services, { role });

const withActive = (cookie: string, organizationId: string) =>
  `${cookie}; structure=${encodeURIComponent(btoa(JSON.stringify(organizationId)))}`;

const manualForm = {
  intent: "create",
  name: "Les Jardins de la Belle de Mai",
  siret: registryFixtures.belleDeMai.siret,
  rna: "",
  legalForm: "9220",
  creationDate: "2016-04-12",
  addressLine: "12 rue d'Oran",
  postcode: "13003",
  commune: "Marseille",
  departement: "",
  website: "",
  essMember: "on",
  employees: "2",
  volunteers: "14",
  annualBudgetBand: "from_10k_to_50k",
  actionAxes: ["housing"],
  otherActions: "",
};

describe("the applicant's space", () => {
  it("sends visitors to sign-in and staff to 404", async () => {
    const anonymous = await client.call(applicantHome.loader, { path: "/espace" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/connexion?redirectTo=%2Fespace");
    const staff = await signedIn("instructor");
    expect(
      (await client.call(applicantHome.loader, { path: "/espace", cookie: staff.cookie })).status,
    ).toBe(404);
  });

  it("registers from the registry, keeps what was typed on errors, then shows the profile", async () => {
    const nadia = await signedIn();
    const empty = await client.call(applicantHome.loader, {
      path: "/espace",
      cookie: nadia.cookie,
    });
    expect(empty.data).toMatchObject({ current: null, invitations: [], joinRequests: [] });

    // Search by SIRET, then choose: the form comes prefilled from the register.
    const search = await client.call(newRoute.loader, {
      path: `/espace/structure/nouvelle?recherche=${encodeURIComponent("812 345 676 00017")}`,
      cookie: nadia.cookie,
    });
    expect(search.data).toMatchObject({
      mode: "search",
      outcome: { status: "found", entries: [{ siren: "812345676", registered: null }] },
    });
    const chosen = await client.call(newRoute.loader, {
      path: "/espace/structure/nouvelle?recherche=81234567600017&choisir=812345676",
      cookie: nadia.cookie,
    });
    expect(chosen.data).toMatchObject({
      mode: "form",
      prefill: { name: "LES JARDINS DE LA BELLE DE MAI", postcode: "13003", essMember: "on" },
    });

    // A wrong postcode: 400, the field error, and every value typed sent back.
    const wrong = await client.call(newRoute.action, {
      path: "/espace/structure/nouvelle?manuel=1",
      cookie: nadia.cookie,
      form: { ...manualForm, postcode: "130" },
    });
    expect(wrong.status).toBe(400);
    const reply = (
      wrong.data as {
        result: { error: Record<string, string[]>; initialValue: Record<string, unknown> };
      }
    ).result;
    expect(reply.error).toEqual({ postcode: ["Le code postal doit comporter 5 chiffres."] });
    expect(reply.initialValue).toMatchObject({
      name: manualForm.name,
      postcode: "130",
      volunteers: "14",
    });

    const created = await client.call(newRoute.action, {
      path: "/espace/structure/nouvelle",
      cookie: nadia.cookie,
      form: manualForm,
    });
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/espace");
    expect(created.headers.get("set-cookie")).toContain(
      `notice=${Buffer.from(JSON.stringify({ key: "organizations.notice.created" })).toString("base64url")}`,
    );
    const setCookie = created.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^structure=.*HttpOnly/i);
    const home = await client.call(applicantHome.loader, { path: "/espace", cookie: nadia.cookie });
    expect(home.data).toMatchObject({
      current: {
        role: "owner",
        organization: {
          name: manualForm.name,
          departement: "13",
          region: "Provence-Alpes-Côte d'Azur",
        },
        diagnostics: 0,
        applications: 0,
      },
    });

    // The same SIREN found again is marked as registered; registering it again offers to join.
    const again = await client.call(newRoute.loader, {
      path: "/espace/structure/nouvelle?recherche=jardins",
      cookie: (await signedIn()).cookie,
    });
    const entries = (
      again.data as { outcome: { entries: { siren: string; registered: unknown }[] } }
    ).outcome.entries;
    expect(entries.find((entry) => entry.siren === "812345676")?.registered).toMatchObject({
      name: manualForm.name,
    });
    const paul = await signedIn();
    const duplicate = await client.call(newRoute.action, {
      path: "/espace/structure/nouvelle",
      cookie: paul.cookie,
      form: manualForm,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.data).toMatchObject({ duplicate: { name: manualForm.name } });
    const organizationId = (duplicate.data as { duplicate: { id: string } }).duplicate.id;
    const joined = await client.call(newRoute.action, {
      path: "/espace/structure/nouvelle",
      cookie: paul.cookie,
      form: { intent: "join", organizationId, message: "Trésorier" },
    });
    expect(joined.headers.get("location")).toBe("/espace");
    expect(joined.headers.get("set-cookie")).toContain(
      `notice=${Buffer.from(JSON.stringify({ key: "organizations.notice.joinRequested" })).toString("base64url")}`,
    );
    expect(
      (await client.call(applicantHome.loader, { path: "/espace", cookie: paul.cookie })).data,
    ).toMatchObject({
      current: null,
      joinRequests: [{ organizationName: manualForm.name }],
    });
  });

  it("falls back to manual entry when the register fails", async () => {
    const nadia = await signedIn();
    for (const [query, reason] of [
      ["quota", "rate_limited"],
      ["panne", "server_error"],
    ] as const) {
      const result = await client.call(newRoute.loader, {
        path: `/espace/structure/nouvelle?recherche=${query}`,
        cookie: nadia.cookie,
      });
      expect(result.data).toMatchObject({
        mode: "search",
        outcome: { status: "unavailable", reason },
      });
    }
    const short = await client.call(newRoute.loader, {
      path: "/espace/structure/nouvelle?recherche=ab",
      cookie: nadia.cookie,
    });
    expect(short.data).toMatchObject({
      queryError: "organizations.search.tooShort",
      outcome: null,
    });
    const lost = await client.call(newRoute.loader, {
      path: "/espace/structure/nouvelle?recherche=panne&choisir=812345676",
      cookie: nadia.cookie,
    });
    expect(lost.data).toMatchObject({ mode: "form", prefill: null, choiceLost: true });
    const manual = await client.call(newRoute.loader, {
      path: "/espace/structure/nouvelle?manuel=1",
      cookie: nadia.cookie,
    });
    expect(manual.data).toMatchObject({ mode: "form", prefill: null });
  });

  it("takes the legal form in plain words on manual entry and stores its INSEE code", async () => {
    const cases = [
      ["foundation", "9300", false, null],
      ["company_esus", "5710", true, "company_esus"],
      ["unknown", null, false, null],
    ] as const;
    for (const [legalForm, code, esus, choice] of cases) {
      const nadia = await signedIn();
      const rna = `W13${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
      const created = await client.call(newRoute.action, {
        path: "/espace/structure/nouvelle?manuel=1",
        cookie: nadia.cookie,
        form: { ...manualForm, siret: "", rna, legalForm },
      });
      expect(created.status, JSON.stringify(created.data)).toBe(302);
      const [row] = await services.db
        .select()
        .from(organizations)
        .where(eq(organizations.rna, rna));
      // The choice is kept beside its code: the profile reads "Entreprise commerciale avec
      // l'agrément ESUS", not "SAS" (the representative code 5710 given to the rules).
      expect(row).toMatchObject({
        legalFormCode: code,
        legalFormChoice: choice,
        esusApproved: esus,
      });
    }
  });

  it("refuses an INSEE-less answer with a French message naming the field, storing nothing", async () => {
    const nadia = await signedIn();
    const rna = "W139999991";
    const message = "Choisissez la forme juridique de votre structure dans la liste";
    for (const legalForm of ["", "société"]) {
      const refused = await client.call(newRoute.action, {
        path: "/espace/structure/nouvelle?manuel=1",
        cookie: nadia.cookie,
        form: { ...manualForm, siret: "", rna, legalForm },
      });
      expect(refused.status).toBe(400);
      const reply = refused.data as { result: { error: Record<string, string[]> } };
      expect(reply.result.error.legalForm?.[0]).toContain(message);
    }
    const conflict = await client.call(newRoute.action, {
      path: "/espace/structure/nouvelle?manuel=1",
      cookie: nadia.cookie,
      form: { ...manualForm, siret: "", rna, legalForm: "company_not_esus", esusApproved: "on" },
    });
    expect(conflict.status).toBe(400);
    const reply = conflict.data as { result: { error: Record<string, string[]> } };
    expect(reply.result.error.legalForm?.[0]).toMatch(
      /^Vous avez choisi « Entreprise commerciale sans/,
    );
    expect(
      await services.db.select().from(organizations).where(eq(organizations.rna, rna)),
    ).toEqual([]);
  });
});

describe("asking to join a registered organisation", () => {
  it("confirms on a page of its own, with a message, before anything is sent", async () => {
    const owner = await signedIn();
    const { organizationId } = await buildOrganization(services.db, {
      ownerId: owner.id,
      name: "Les Voisins Solidaires",
    });
    const visitor = await signedIn();
    const page = await client.call(newRoute.loader, {
      path: `/espace/structure/nouvelle?recherche=voisins&rejoindre=${organizationId}`,
      cookie: visitor.cookie,
    });
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      mode: "join",
      organization: { id: organizationId, name: "Les Voisins Solidaires" },
      query: "voisins",
    });
    for (const bad of ["not-a-uuid", "%00", "5b0d6a6e-0000-4000-8000-000000000003"]) {
      const refused = await client.call(newRoute.loader, {
        path: `/espace/structure/nouvelle?rejoindre=${bad}`,
        cookie: visitor.cookie,
      });
      expect({ bad, status: refused.status }).toEqual({ bad, status: 404 });
    }
  });
});

describe("another applicant", () => {
  it("gets 404 for an organisation that is not theirs, whatever the cookie says", async () => {
    const owner = await signedIn();
    const { organizationId } = await buildOrganization(services.db, {
      ownerId: owner.id,
      name: "Secrète",
    });
    const other = await signedIn();
    const { organizationId: otherOrganization } = await buildOrganization(services.db, {
      ownerId: other.id,
      name: "La mienne",
    });

    const switched = await client.call(switchRoute.action, {
      path: "/espace/changer-de-structure",
      cookie: other.cookie,
      form: { organizationId },
    });
    expect(switched.status).toBe(404);

    // A forged cookie naming someone else's organisation is ignored: they see their own.
    const forged = withActive(other.cookie, organizationId);
    const home = await client.call(applicantHome.loader, { path: "/espace", cookie: forged });
    expect(home.data).toMatchObject({ current: { organization: { name: "La mienne" } } });
    expect(JSON.stringify(home.data)).not.toContain("Secrète");
    const edit = await client.call(editRoute.loader, { path: "/espace/structure", cookie: forged });
    expect(edit.data).toMatchObject({ values: { name: "La mienne" } });
    const members = await client.call(membersRoute.loader, {
      path: "/espace/membres",
      cookie: forged,
    });
    expect(JSON.stringify(members.data)).not.toContain(owner.email);

    // A member of the other organisation named in a URL does not exist for them.
    const remove = await client.call(removeRoute.loader, {
      path: `/espace/membres/${owner.id}/retirer`,
      cookie: forged,
      params: { userId: owner.id },
    });
    expect(remove.status).toBe(404);
    const removeAction = await client.call(removeRoute.action, {
      path: `/espace/membres/${owner.id}/retirer`,
      cookie: forged,
      params: { userId: owner.id },
      form: {},
    });
    expect(removeAction.status).toBe(404);

    // Without any organisation, the organisation pages send them to /espace to register one.
    const newcomer = await signedIn();
    const redirected = await client.call(editRoute.loader, {
      path: "/espace/structure",
      cookie: withActive(newcomer.cookie, organizationId),
    });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("location")).toBe("/espace");
    const [unchanged] = await services.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    expect(unchanged?.name).toBe("Secrète");
    expect(otherOrganization).not.toBe(organizationId);
  });

  it("switches between their own organisations", async () => {
    const nadia = await signedIn();
    const first = await buildOrganization(services.db, { ownerId: nadia.id, name: "Première" });
    const second = await buildOrganization(services.db, { ownerId: nadia.id, name: "Seconde" });
    const page = await client.call(switchRoute.loader, {
      path: "/espace/changer-de-structure",
      cookie: nadia.cookie,
    });
    expect(page.data).toMatchObject({ activeId: first.organizationId });
    const switched = await client.call(switchRoute.action, {
      path: "/espace/changer-de-structure",
      cookie: nadia.cookie,
      form: { organizationId: second.organizationId },
    });
    expect(switched.headers.get("location")).toBe("/espace");
    expect(switched.headers.get("set-cookie")).toContain(
      `notice=${Buffer.from(JSON.stringify({ key: "organizations.notice.switched" })).toString("base64url")}`,
    );
    const cookie = `${nadia.cookie}; ${(switched.headers.get("set-cookie") ?? "").split(";")[0]}`;
    const home = await client.call(applicantHome.loader, { path: "/espace", cookie });
    expect(home.data).toMatchObject({ current: { organization: { name: "Seconde" } } });
    // The cookie written by hand in the other tests has the same format.
    const handmade = withActive(nadia.cookie, second.organizationId);
    expect(
      (await client.call(applicantHome.loader, { path: "/espace", cookie: handmade })).data,
    ).toMatchObject({
      current: { organization: { name: "Seconde" } },
    });
  });
});

describe("staff", () => {
  it("see an organisation of their antenna's départements, and 404 elsewhere", async () => {
    const inScope = await buildOrganization(services.db, { departement: "13" });
    const outOfScope = await buildOrganization(services.db, {
      departement: "974",
      postcode: "97400",
    });
    const sophie = await signedIn("antenna_manager");
    await buildAntennaScope(services.db, { userId: sophie.id, departements: ["13"] });
    const see = (organizationId: string, cookie: string) =>
      requireOrganizationForStaff(
        buildRequest(base, { path: "/x", cookie }),
        { services, requestId: "t", cspNonce: "" },
        organizationId,
      ).then(
        (result) => result.organization.id,
        (thrown: unknown) => (thrown as { init?: ResponseInit }).init?.status,
      );
    expect(await see(inScope.organizationId, sophie.cookie)).toBe(inScope.organizationId);
    expect(await see(outOfScope.organizationId, sophie.cookie)).toBe(404);
    expect(await see("not-a-uuid", sophie.cookie)).toBe(404);
    const applicant = await signedIn();
    expect(await see(inScope.organizationId, applicant.cookie)).toBe(404);
    const karim = await signedIn("instructor");
    expect(await see(outOfScope.organizationId, karim.cookie)).toBe(outOfScope.organizationId);
  });
});

describe("invitations through the routes", () => {
  it("shows the invitation to a visitor and lets the signed-in invitee join", async () => {
    const owner = await signedIn();
    const { organizationId } = await buildOrganization(services.db, {
      ownerId: owner.id,
      name: "Le Toit",
    });
    const guest = await signedIn();
    const { token } = await inviteMember({
      db: services.db,
      jobs: services.jobs,
      appUrl: base,
      actor: { id: owner.id, name: "Nadia" },
      organizationId,
      email: guest.email,
    });
    const anonymous = await client.call(invitationRoute.loader, {
      path: `/invitation/${token}`,
      params: { token },
    });
    expect(anonymous.data).toMatchObject({
      state: "pending",
      organizationName: "Le Toit",
      viewer: null,
      returnTo: `/invitation/${token}`,
    });
    const unknown = await client.call(invitationRoute.loader, {
      path: "/invitation/faux",
      params: { token: "faux" },
    });
    expect(unknown.data).toEqual({ state: "unknown", messages: expect.any(Object) });

    // The invitee also finds it in their space.
    expect(
      (await client.call(applicantHome.loader, { path: "/espace", cookie: guest.cookie })).data,
    ).toMatchObject({
      invitations: [{ organizationName: "Le Toit" }],
    });
    const accepted = await client.call(invitationRoute.action, {
      path: `/invitation/${token}`,
      ...guest,
      params: { token },
      form: {},
    });
    expect(accepted.headers.get("location")).toBe("/espace");
    expect(accepted.headers.get("set-cookie")).toContain(
      `notice=${Buffer.from(JSON.stringify({ key: "organizations.notice.joined" })).toString("base64url")}`,
    );
    const members = await client.call(membersRoute.loader, {
      path: "/espace/membres",
      cookie: owner.cookie,
    });
    expect((members.data as { members: { email: string }[] }).members.map((m) => m.email)).toEqual([
      owner.email,
      guest.email,
    ]);
    const used = await client.call(invitationRoute.loader, {
      path: `/invitation/${token}`,
      params: { token },
    });
    expect(used.data).toEqual({ state: "accepted", messages: expect.any(Object) });
  });

  it("invites from the members page; a member cannot", async () => {
    const owner = await signedIn();
    const { organizationId } = await buildOrganization(services.db, { ownerId: owner.id });
    const invalid = await client.call(membersRoute.action, {
      path: "/espace/membres",
      cookie: owner.cookie,
      form: { intent: "invite", email: "pas-une-adresse" },
    });
    expect(invalid.status).toBe(400);
    const invited = await client.call(membersRoute.action, {
      path: "/espace/membres",
      cookie: owner.cookie,
      form: { intent: "invite", email: "Nouvelle@Exemple.fr" },
    });
    expect(invited.headers.get("location")).toBe("/espace/membres");
    expect(invited.headers.get("set-cookie")).toContain(
      `notice=${Buffer.from(JSON.stringify({ key: "organizations.notice.invited" })).toString("base64url")}`,
    );
    const page = await client.call(membersRoute.loader, {
      path: "/espace/membres",
      cookie: owner.cookie,
    });
    expect(page.data).toMatchObject({
      invitations: [{ email: "nouvelle@exemple.fr" }],
    });
    const member = await signedIn();
    await addMember(services.db, { organizationId, userId: member.id });
    const refused = await client.call(membersRoute.action, {
      path: "/espace/membres",
      cookie: member.cookie,
      form: { intent: "invite", email: "autre@exemple.fr" },
    });
    expect(refused.status).toBe(409);
    expect(refused.data).toMatchObject({ refused: "not_owner" });
  });
});
