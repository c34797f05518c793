/**
 * The programme admin pages, called through their route modules with a real session: only
 * administrators get in (404 for other staff, sign-in for visitors), invalid edits answer 400
 * with French field errors and keep what was typed, valid ones redirect and are audited.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProgrammeConfig } from "~/features/programs/index.server";
import type { Services } from "~/services.server";
import { auditEvents } from "../../../../db/schema";
import { buildProgramme } from "../../../../tests/factories/programs";
import { buildUser } from "../../../../tests/factories/users";
import {
  type CallOptions,
  createRouteClient,
  type RouteClient,
  type RouteFunction,
  type RouteOutcome,
} from "../../../../tests/support/route-client";
import { signIn } from "../../../../tests/support/sessions";
import { createTestServices } from "../../../../tests/support/test-services";
import * as antennasRoute from "./antennas";
import * as committeeRoute from "./committee";
import * as layoutRoute from "./layout";
import * as levelsRoute from "./levels";
import * as listRoute from "./list";

let services: Services & { dataDir: string };
let client: RouteClient;
let adminCookie = "";
let instructorCookie = "";
let programmeId = "";

/** Calls a route of the Digit'ESS admin pages, as the administrator unless a cookie is given. */
const call = (handler: RouteFunction, path: string, options: Partial<CallOptions> = {}) =>
  client.call(handler, { path, params: { slug: "digitess" }, cookie: adminCookie, ...options });

const levelForm = (changes: Record<string, string>) => ({
  intent: "level",
  formId: "level-scoping",
  kind: "scoping",
  label: "Cadrage",
  description: "Préciser le besoin.",
  minRatePercent: "55",
  maxRatePercent: "75",
  costCeiling: "",
  ...changes,
});

beforeAll(async () => {
  services = await createTestServices();
  programmeId = await buildProgramme(services.db);
  await buildUser(services.db, { email: "admin@exemple.fr", name: "Alex Admin", role: "admin" });
  await buildUser(services.db, { email: "karim@exemple.fr", name: "Karim", role: "instructor" });
  client = createRouteClient(services);
  adminCookie = await signIn(services, "admin@exemple.fr");
  instructorCookie = await signIn(services, "karim@exemple.fr");
});
afterAll(async () => {
  await services.close();
});

describe("guards", () => {
  it("sends visitors to sign-in and answers 404 to other staff", async () => {
    const visitor = await call(levelsRoute.loader, "/admin/programmes/digitess/echelons", {
      cookie: "",
    });
    expect(visitor.status).toBe(302);
    expect(visitor.location).toMatch(/^\/connexion\?redirectTo=/);
    const instructor = await call(levelsRoute.action, "/admin/programmes/digitess/echelons", {
      cookie: instructorCookie,
      form: levelForm({ minRatePercent: "0" }),
    });
    expect(instructor.status).toBe(404);
    expect((await getProgrammeConfig(services.db, "digitess"))?.levels[1]?.minRatePercent).toBe(55);
    expect(
      (await call(listRoute.loader, "/admin/programmes", { cookie: instructorCookie })).status,
    ).toBe(404);
  });

  it("answers 404 for an unknown programme", async () => {
    const response = await call(layoutRoute.loader, "/admin/programmes/inconnu", {
      params: { slug: "inconnu" },
    });
    expect(response.status).toBe(404);
  });
});

describe("editing a level's rates", () => {
  it("refuses a minimum above the maximum with a French error, keeping what was typed", async () => {
    const reply = (await call(levelsRoute.action, "/admin/programmes/digitess/echelons", {
      form: levelForm({ minRatePercent: "80", maxRatePercent: "60" }),
    })) as RouteOutcome & {
      data: { formId: string; result: { error: Record<string, string[]>; initialValue: object } };
    };
    expect(reply.status).toBe(400);
    expect(reply.data.formId).toBe("level-scoping");
    expect(reply.data.result.error).toEqual({
      maxRatePercent: ["Le taux maximum doit être supérieur ou égal au taux minimum."],
    });
    expect(reply.data.result.initialValue).toMatchObject({
      minRatePercent: "80",
      maxRatePercent: "60",
    });
  });

  it("saves valid rates, redirects back to the form and audits the change", async () => {
    const response = await call(levelsRoute.action, "/admin/programmes/digitess/echelons", {
      form: levelForm({ minRatePercent: "60", maxRatePercent: "70" }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      "/admin/programmes/digitess/echelons#level-scoping",
    );
    expect(response.headers.get("set-cookie")).toMatch(/^notice=/);
    const page = (await call(levelsRoute.loader, "/admin/programmes/digitess/echelons")).data as {
      config: { levels: { kind: string; minRatePercent: number; maxRatePercent: number }[] };
    };
    expect(page.config.levels.find((l) => l.kind === "scoping")).toMatchObject({
      minRatePercent: 60,
      maxRatePercent: 70,
    });
    const events = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, programmeId),
          eq(auditEvents.action, "programme.level_updated"),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]?.requestId).toBe("test");
  });
});

describe("portfolio targets", () => {
  const path = "/admin/programmes/digitess/comite";
  const targetsForm = (changes: Record<string, string>) => ({
    intent: "targets",
    formId: "targets",
    basis: "amount",
    thresholdPoints: "5",
    "shares.axis.housing": "40",
    "shares.axis.caregivers": "",
    "shares.region.La Réunion": "8",
    "shares.level.production": "30",
    "shares.size.none": "35",
    ...changes,
  });

  it("refuses a share out of 0–100 with a French error on that field, storing nothing", async () => {
    const before = (await getProgrammeConfig(services.db, "digitess"))?.portfolioTargets;
    const reply = (await call(committeeRoute.action, path, {
      form: targetsForm({ "shares.axis.housing": "140", thresholdPoints: "-1" }),
    })) as RouteOutcome & {
      data: { formId: string; result: { error: Record<string, string[]>; initialValue: object } };
    };
    expect(reply.status).toBe(400);
    expect(reply.data.formId).toBe("targets");
    expect(reply.data.result.error).toEqual({
      "shares.axis.housing": ["Indiquez une part entière de 0 à 100, ou laissez le champ vide."],
      thresholdPoints: ["Indiquez un écart entier de 0 à 100 points."],
    });
    expect(reply.data.result.initialValue).toMatchObject({
      shares: { axis: { housing: "140" } },
    });
    expect((await getProgrammeConfig(services.db, "digitess"))?.portfolioTargets).toEqual(before);
  });

  it("saves the targets of known values only, empty fields setting none, and audits", async () => {
    const response = await call(committeeRoute.action, path, {
      form: targetsForm({ "shares.axis.invented": "50", "shares.region.Atlantide": "10" }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${path}#targets`);
    expect((await getProgrammeConfig(services.db, "digitess"))?.portfolioTargets).toEqual({
      basis: "amount",
      thresholdPoints: 5,
      shares: {
        axis: { housing: 40 },
        region: { "La Réunion": 8 },
        level: { production: 30 },
        size: { none: 35 },
      },
    });
    const events = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, programmeId),
          eq(auditEvents.action, "programme.portfolio_targets_updated"),
        ),
      );
    expect(events).toHaveLength(1);
  });
});

describe("antennas", () => {
  it("refuses a département already in another antenna, in French, naming it", async () => {
    const reply = (await call(antennasRoute.action, "/admin/programmes/digitess/antennes", {
      form: {
        intent: "antenna",
        formId: "add-antenna",
        name: "Antenne Vaucluse",
        city: "Avignon",
        departements: "84",
      },
    })) as RouteOutcome & { data: { result: { error: Record<string, string[]> } } };
    expect(reply.status).toBe(409);
    expect(reply.data.result.error.departements).toEqual([
      "Le département 84 est déjà suivi par l'antenne « Antenne Provence-Alpes-Côte d'Azur et Corse » : un département ne peut avoir qu'une antenne.",
    ]);
  });

  it("answers 404 to a form with an unknown intent", async () => {
    const response = await call(antennasRoute.action, "/admin/programmes/digitess/antennes", {
      form: { intent: "dropTables" },
    });
    expect(response.status).toBe(404);
  });
});

describe("creating a programme", () => {
  it("creates it and opens its admin page; refuses a slug in use", async () => {
    const created = await call(listRoute.action, "/admin/programmes", {
      form: {
        intent: "create",
        formId: "create",
        name: "Numérique solidaire",
        slug: "numerique-solidaire",
      },
    });
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/admin/programmes/numerique-solidaire");
    expect(created.headers.get("set-cookie")).toMatch(/^notice=/);
    const taken = (await call(listRoute.action, "/admin/programmes", {
      form: { intent: "create", formId: "create", name: "Doublon", slug: "digitess" },
    })) as RouteOutcome & { data: { result: { error: Record<string, string[]> } } };
    expect(taken.data.result.error.slug).toEqual([
      "Un programme utilise déjà cette adresse : choisissez-en une autre.",
    ]);
  });
});
