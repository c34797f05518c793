/**
 * The review inbox (/instruction) through its route: each filter and the search, counts per
 * status, the age warning, the scope of an antenna manager, 404 for everyone outside the review
 * staff, and malformed query strings answered 200 with the ignored filters named, never 500.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import type { Services } from "~/services.server";
import { applicationReadMarkers, applications, organizations } from "../../../db/schema";
import {
  buildAntennaManager,
  buildSubmittedApplication,
  digitessAntennaId,
  type SubmittedApplication,
} from "../../../tests/factories/review";
import { createRouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import * as route from "../../routes/areas/review";
import type { InboxPageData } from "./inbox-page.server";
import { renderInbox } from "./ui/inbox-render.testing";

let services: Services & { dataDir: string };
let client: ReturnType<typeof createRouteClient>;
let instructor: SignedInUser;
let toit: SubmittedApplication; // Marseille, submitted 20 days ago: overdue
let velo: SubmittedApplication; // Marseille, in review, assigned to the instructor, flagged
let jardins: SubmittedApplication; // Lyon, information requested 20 days ago, unread
let kaz: SubmittedApplication; // La Réunion, submitted, diagnostic only, employment axis
let orphan: SubmittedApplication; // Paris, no antenna (taken out of every queue)

const DAY = 24 * 60 * 60 * 1000;

async function inbox(query = "", cookie = instructor.cookie) {
  const outcome = await client.call(route.loader, { path: `/instruction${query}`, cookie });
  const data = outcome.data as { page: InboxPageData; messages: Record<string, string> } | null;
  return { status: outcome.status, outcome, page: data?.page as InboxPageData, data };
}

async function numbers(query: string, cookie = instructor.cookie) {
  const { status, page } = await inbox(query, cookie);
  expect(status, query).toBe(200);
  expect(page.parsed.errors, query).toEqual([]);
  return page.rows.map((row) => row.number).sort();
}

const sorted = (...apps: SubmittedApplication[]) => apps.map((app) => app.number).sort();

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  toit = await buildSubmittedApplication(services, { organizationName: "Le Toit Partagé" });
  velo = await buildSubmittedApplication(services, {
    organizationName: "Atelier Vélo 100% Solidaire",
    status: "in_review",
  });
  jardins = await buildSubmittedApplication(services, {
    organizationName: "Les Jardins du Rhône",
    departement: "69",
    postcode: "69001",
    status: "information_requested",
  });
  kaz = await buildSubmittedApplication(services, {
    organizationName: "Ti Kaz Solidaire",
    departement: "974",
    postcode: "97400",
    steps: { "2": { axes: ["employment"] }, "3": { levels: ["diagnostic"] } },
  });
  orphan = await buildSubmittedApplication(services, {
    organizationName: "Maison des Aidants",
    departement: "75",
    postcode: "75011",
  });
  const { db } = services;
  const ago = (days: number) => new Date(Date.now() - days * DAY);
  await db
    .update(applications)
    .set({ statusChangedAt: ago(20), submittedAt: new Date("2026-10-05T10:00:00Z") })
    .where(eq(applications.id, toit.applicationId));
  await db
    .update(applications)
    .set({ assignedTo: instructor.id, flaggedForReview: true })
    .where(eq(applications.id, velo.applicationId));
  await db
    .update(applications)
    .set({ statusChangedAt: ago(20), lastApplicantActivityAt: ago(1) })
    .where(eq(applications.id, jardins.applicationId));
  // Read after the applicant's last word: not unread.
  await db
    .update(applications)
    .set({ lastApplicantActivityAt: ago(2), submittedAt: new Date("2026-11-30T23:30:00Z") })
    .where(eq(applications.id, kaz.applicationId));
  await db
    .insert(applicationReadMarkers)
    .values({ applicationId: kaz.applicationId, userId: instructor.id, readAt: ago(1) });
  await db
    .update(applications)
    .set({ antennaId: null })
    .where(eq(applications.id, orphan.applicationId));
  await db
    .update(organizations)
    .set({ siren: "812345678", siret: "81234567800012" })
    .where(eq(organizations.id, velo.organizationId));
}, 120_000);

afterAll(async () => {
  await services?.close();
});

describe("the inbox of an instructor", () => {
  it("lists every submitted application with what each row shows", async () => {
    const { status, page, data } = await inbox();
    expect(status).toBe(200);
    expect(page.scopeEmpty).toBe(false);
    expect(page.rows.map((row) => row.number).sort()).toEqual(
      sorted(toit, velo, jardins, kaz, orphan),
    );
    const byNumber = new Map(page.rows.map((row) => [row.number, row]));
    expect(byNumber.get(velo.number)).toMatchObject({
      organizationName: "Atelier Vélo 100% Solidaire",
      departement: "13",
      antennaName: "Antenne Provence-Alpes-Côte d'Azur et Corse",
      levels: ["diagnostic", "scoping"],
      state: "in_review",
      assigneeName: "Karim Benali",
      flagged: true,
      unread: false,
    });
    expect(byNumber.get(kaz.number)).toMatchObject({
      antennaName: "Antenne La Réunion et Mayotte",
      levels: ["diagnostic"],
      assigneeName: null,
      unread: false,
    });
    expect(byNumber.get(orphan.number)?.antennaName).toBeNull();
    expect(byNumber.get(jardins.number)?.unread).toBe(true);
    expect(data?.messages["review.inbox.export"]).toBe("Exporter cette liste");
    expect(page.links.export).toBe("/instruction/exports/nouvelle");
    expect(page.links.next).toBeNull();
  });

  it("gives the age in state, warning only where staff are late", async () => {
    const { page } = await inbox();
    const byNumber = new Map(page.rows.map((row) => [row.number, row]));
    expect(byNumber.get(toit.number)?.age).toEqual({ days: 20, waitingOn: "staff", overdue: true });
    expect(byNumber.get(toit.number)?.alertDays).toBe(15);
    expect(byNumber.get(jardins.number)?.age).toEqual({
      days: 20,
      waitingOn: "applicant",
      overdue: false,
    });
    expect(byNumber.get(velo.number)?.age).toEqual({ days: 0, waitingOn: "staff", overdue: false });
  });

  it("counts per status for the filters except the status", async () => {
    const all = await inbox();
    const count = (page: InboxPageData, state: string) =>
      page.counts.states.find((entry) => entry.state === state)?.count;
    expect(all.page.counts.total).toBe(5);
    expect(all.page.counts.matching).toBe(5);
    expect(count(all.page, "submitted")).toBe(3);
    expect(count(all.page, "in_review")).toBe(1);
    expect(count(all.page, "information_requested")).toBe(1);

    const chosen = await inbox("?statut=in_review&departement=13");
    expect(chosen.page.rows.map((row) => row.number)).toEqual([velo.number]);
    expect(chosen.page.counts.total).toBe(2);
    expect(chosen.page.counts.matching).toBe(1);
    expect(count(chosen.page, "submitted")).toBe(1);
    expect(count(chosen.page, "in_review")).toBe(1);
    expect(chosen.page.counts.links.byState.submitted).toBe(
      "/instruction?statut=submitted&departement=13",
    );
  });

  it("filters on each criterion", async () => {
    const antennaLyon = await digitessAntennaId(services.db, "Lyon");
    expect(await numbers("?statut=submitted")).toEqual(sorted(toit, kaz, orphan));
    expect(await numbers("?statut=submitted&statut=information_requested")).toEqual(
      sorted(toit, jardins, kaz, orphan),
    );
    expect(await numbers("?echelon=scoping")).toEqual(sorted(toit, velo, jardins, orphan));
    expect(await numbers("?echelon=production")).toEqual([]);
    expect(await numbers(`?antenne=${antennaLyon}`)).toEqual(sorted(jardins));
    expect(await numbers("?antenne=none")).toEqual(sorted(orphan));
    expect(await numbers("?departement=974")).toEqual(sorted(kaz));
    expect(await numbers("?region=Auvergne-Rh%C3%B4ne-Alpes")).toEqual(sorted(jardins));
    expect(await numbers("?region=Provence-Alpes-C%C3%B4te+d%27Azur")).toEqual(sorted(toit, velo));
    expect(await numbers("?axe=employment")).toEqual(sorted(kaz));
    expect(await numbers("?axe=housing")).toEqual(sorted(toit, velo, jardins, orphan));
    expect(await numbers("?depose_au=2026-10-05")).toEqual(sorted(toit));
    // 23:30 UTC on 30 November is 1 December in Paris.
    expect(await numbers("?depose_du=2026-12-01&depose_au=2026-12-01")).toEqual(sorted(kaz));
    expect(await numbers("?depose_du=2026-10-06&depose_au=2026-11-30")).toEqual([]);
    expect(await numbers("?moi=1")).toEqual(sorted(velo));
    expect(await numbers("?signalees=1")).toEqual(sorted(velo));
    expect(await numbers("?non_lues=1")).toEqual(sorted(jardins));
    expect(await numbers("?moi=1&departement=69")).toEqual([]);
  });

  it("searches by number, number suffix, SIREN, SIRET and name", async () => {
    expect(await numbers(`?q=${velo.number}`)).toEqual(sorted(velo));
    expect(await numbers(`?q=${velo.number.toLowerCase()}`)).toEqual(sorted(velo));
    const serial = String(Number(velo.number.split("-")[2]));
    expect(await numbers(`?q=${serial}`)).toEqual(sorted(velo));
    expect(await numbers("?q=812+345+678")).toEqual(sorted(velo));
    expect(await numbers("?q=81234567800012")).toEqual(sorted(velo));
    expect(await numbers("?q=jardins")).toEqual(sorted(jardins));
    expect(await numbers("?q=100%25")).toEqual(sorted(velo));
    expect(await numbers("?q=_")).toEqual([]);
    expect(await numbers("?q=solidaire&statut=submitted")).toEqual(sorted(kaz));
  });

  it("tells a filter that matches nothing from an empty scope", async () => {
    const none = await inbox("?q=personne");
    expect(none.page.rows).toEqual([]);
    expect(none.page.scopeEmpty).toBe(false);
    expect(none.page.filtered).toBe(true);
    expect(none.page.links.clear).toBe("/instruction");

    const reunionManager = await buildAntennaManager(services.db, "Fort-de-France");
    const cookie = await signIn(services, reunionManager.email);
    const empty = await inbox("", cookie);
    expect(empty.status).toBe(200);
    expect(empty.page.scopeEmpty).toBe(true);
    const emptyFiltered = await inbox("?statut=submitted&q=toit", cookie);
    expect(emptyFiltered.page.scopeEmpty).toBe(true);
  });

  it("links the export to the same filters", async () => {
    const { page } = await inbox("?statut=submitted&departement=13&tri=number");
    expect(page.links.export).toBe(
      "/instruction/exports/nouvelle?statut=submitted&departement=13&tri=number",
    );
  });
});

describe("scope and access", () => {
  it("shows an antenna manager of Lyon only Lyon's queue", async () => {
    const lyon = await buildAntennaManager(services.db, "Lyon");
    const cookie = await signIn(services, lyon.email);
    expect(await numbers("", cookie)).toEqual(sorted(jardins));
    expect(await numbers(`?q=${toit.number}`, cookie)).toEqual([]);
    const marseilleAntenna = await digitessAntennaId(services.db, "Marseille");
    expect(await numbers(`?antenne=${marseilleAntenna}`, cookie)).toEqual([]);
    expect(await numbers("?antenne=none", cookie)).toEqual([]);
    const { page } = await inbox("", cookie);
    expect(page.counts.total).toBe(1);
  });

  it("shows an antenna manager of Marseille none of Lyon's", async () => {
    const marseille = await buildAntennaManager(services.db, "Marseille");
    const cookie = await signIn(services, marseille.email);
    expect(await numbers("", cookie)).toEqual(sorted(toit, velo));
    expect(await numbers(`?q=${jardins.number}`, cookie)).toEqual([]);
    expect(await numbers("?departement=69", cookie)).toEqual([]);
  });

  it("answers 404 to a funder, an applicant and a committee member, and sends visitors to sign in", async () => {
    for (const role of ["funder", "applicant", "committee_member"] as const) {
      const other = await signInAs(services, { role });
      const outcome = await client.call(route.loader, {
        path: "/instruction",
        cookie: other.cookie,
      });
      expect(outcome.status, role).toBe(404);
      expect(outcome.data, role).toBeNull();
    }
    const anonymous = await client.call(route.loader, { path: "/instruction" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/connexion");
  });

  it("lets an administrator read every queue", async () => {
    const admin = await signInAs(services, { role: "admin" });
    expect(await numbers("", admin.cookie)).toEqual(sorted(toit, velo, jardins, kaz, orphan));
  });
});

describe("malformed query strings", () => {
  it.each([
    ["a bad uuid", "?antenne=not-a-uuid", ["antenna"]],
    ["a NUL character", "?antenne=%00", []],
    ["a NUL in the search", "?q=to%00it", []],
    ["a 10 000-character search", `?q=${"a".repeat(10_000)}`, ["query"]],
    ["a bad date", "?depose_du=2026-02-30&depose_au=demain", ["submittedFrom", "submittedTo"]],
    ["a bad cursor", "?apres=n%27importe+quoi", ["after"]],
    [
      "a cursor of another sort",
      `?tri=number&apres=2026-01-01T00%3A00%3A00Z~${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`,
      ["after"],
    ],
    [
      "a cursor with a broken instant",
      `?apres=2026-13-01T00%3A00%3A00Z~${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`,
      ["after"],
    ],
    [
      "a cursor with a NUL",
      `?tri=number&apres=DE%2500~${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`,
      ["after"],
    ],
    [
      "unknown values",
      "?statut=draft&echelon=tout&departement=99&region=Atlantide&axe=%C3%A9&tri=au+hasard",
      ["status", "level", "departement", "region", "axis", "sort"],
    ],
  ] as const)("answers %s with 200 and names the ignored filter", async (_name, query, ignored) => {
    const { status, page, data } = await inbox(query);
    expect(status).toBe(200);
    expect([...page.parsed.errors].sort()).toEqual([...ignored].sort());
    expect(data?.messages["review.inbox.ignored"]).toContain("Nous avons ignoré");
    // What the staff user reads: one French sentence per ignored filter, naming it.
    const html = renderInbox(page, { ...messagesFor("fr", ["ui"]), ...data?.messages });
    for (const name of ignored) {
      const label = data?.messages[`review.inbox.param.${name}`] ?? "";
      expect(label).toBeTruthy();
      expect(html).toContain(
        `Nous avons ignoré une valeur incorrecte du filtre « ${label.replace(/'/g, "&#x27;")} ».`,
      );
    }
    if (ignored.length === 0) expect(html).not.toContain("Nous avons ignoré");
    // An ignored value filters nothing: the instructor sees the whole list (or the search).
    expect(page.rows.length).toBeGreaterThan(0);
  });

  it("never writes the ignored values back into the links", async () => {
    const { page } = await inbox(`?antenne=not-a-uuid&q=${"a".repeat(10_000)}&statut=submitted`);
    expect(page.links.export).toBe("/instruction/exports/nouvelle?statut=submitted");
    expect(page.links.clear).toBe("/instruction");
  });

  it("keeps the database untouched", async () => {
    const [row] = await services.db
      .select({ count: sql<number>`count(*)::int` })
      .from(applications);
    expect(row?.count).toBe(5);
  });
});
