/**
 * The public pages' loaders and actions on a real database: the home page shows the default
 * programme, the eligibility check and the simulator answer a posted form (as a browser without
 * JavaScript would send it) from the programme's stored rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digitessProgramme } from "~/features/programs/digitess";
import type { Services } from "~/services.server";
import { buildProgramme } from "../../../tests/factories/programs";
import {
  createRouteClient,
  type RouteClient,
  type RouteFunction,
  type RouteOutcome,
} from "../../../tests/support/route-client";
import { createTestServices } from "../../../tests/support/test-services";
import * as homeRoute from "../home";
import * as eligibilityRoute from "./eligibility";
import * as programmeRoute from "./programme";
import * as simulatorRoute from "./simulator";

let services: Services & { dataDir: string };

let client: RouteClient;
const call = (
  handler: RouteFunction,
  path: string,
  form?: [string, string][],
  params: Record<string, string> = {},
) => client.call(handler, { path, form, params });

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  await buildProgramme(services.db);
  await buildProgramme(services.db, {
    slug: "ile-de-france",
    name: "Numérique IDF",
    status: "closed",
    departements: ["75", "92"],
    antennas: [],
    envelopes: [],
    levels: digitessProgramme.levels.filter((level) => level.kind === "diagnostic"),
  });
});
afterAll(async () => {
  await services.close();
});

describe("home and programme pages", () => {
  it("shows the default (open) programme on the home page, with short links", async () => {
    const data = (await call(homeRoute.loader, "/")).data as {
      programme: { slug: string; levels: unknown[] };
      links: { eligibility: string; apply: string };
    };
    expect(data.programme.slug).toBe("digitess");
    expect(data.programme.levels).toHaveLength(3);
    expect(data.links).toMatchObject({
      eligibility: "/eligibilite",
      apply: "/espace/candidatures/nouvelle",
    });
  });

  it("shows another programme by its slug, with its own links; 404 otherwise", async () => {
    const data = (
      await call(programmeRoute.loader, "/programmes/ile-de-france", undefined, {
        slug: "ile-de-france",
      })
    ).data as { programme: { name: string }; links: { eligibility: string } };
    expect(data.programme.name).toBe("Numérique IDF");
    expect(data.links.eligibility).toBe("/eligibilite?programme=ile-de-france");
    const missing = await call(programmeRoute.loader, "/programmes/x", undefined, { slug: "x" });
    expect(missing.status).toBe(404);
  });
});

describe("the eligibility check", () => {
  const answers: [string, string][] = [
    ["legalForm", "association"],
    ["esus", "no"],
    ["creationDate", "14/05/2019"],
    ["axes", "housing"],
    ["departement", "13001"],
  ];

  it("answers every criterion in French, the next step and the antenna", async () => {
    const result = (await call(eligibilityRoute.action, "/eligibilite", answers)).data as {
      outcome: {
        eligible: boolean;
        criteria: { id: string; met: boolean; message: string }[];
        antenna: { city: string };
      };
    };
    expect(result.outcome.eligible).toBe(true);
    expect(result.outcome.criteria.map((c) => [c.id, c.met])).toEqual([
      ["ess", true],
      ["age", true],
      ["axes", true],
      ["territory", true],
    ]);
    expect(result.outcome.criteria[3]?.message).toBe(
      "Le programme couvre votre département : Bouches-du-Rhône (13).",
    );
    expect(result.outcome.antenna.city).toBe("Marseille");
  });

  it("checks against the requested programme's rules", async () => {
    const result = (
      await call(eligibilityRoute.action, "/eligibilite?programme=ile-de-france", answers)
    ).data as {
      outcome: { eligible: boolean; criteria: { id: string; met: boolean }[]; antenna: null };
    };
    expect(result.outcome.eligible).toBe(false);
    expect(result.outcome.criteria[3]).toMatchObject({ id: "territory", met: false });
    expect(result.outcome.antenna).toBeNull();
  });

  it("answers 400 with the fields to correct, keeping the answers", async () => {
    const reply = (await call(eligibilityRoute.action, "/eligibilite", [
      ["creationDate", "hier"],
      ["departement", "Marseille"],
    ])) as RouteOutcome & {
      data: { result: { error: Record<string, string[]>; initialValue: object } };
    };
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.data.result.error)).toEqual([
      "legalForm",
      "creationDate",
      "departement",
    ]);
    expect(reply.data.result.initialValue).toMatchObject({ departement: "Marseille" });
  });

  it("answers 404 for an unknown programme", async () => {
    const missing = await call(eligibilityRoute.loader, "/eligibilite?programme=nope");
    expect(missing.status).toBe(404);
  });
});

describe("the funding simulator", () => {
  it("shows the range and the chosen rate, in cents", async () => {
    const result = (
      await call(simulatorRoute.action, "/simulateur", [
        ["level", "scoping"],
        ["totalCost", "10 000"],
        ["ratePercent", "60"],
      ])
    ).data as {
      outcome: { rows: { kind: string; programmeShareCents: number; remainingCents: number }[] };
    };
    expect(result.outcome.rows).toEqual([
      { kind: "min", ratePercent: 55, programmeShareCents: 550_000, remainingCents: 450_000 },
      { kind: "max", ratePercent: 75, programmeShareCents: 750_000, remainingCents: 250_000 },
      { kind: "chosen", ratePercent: 60, programmeShareCents: 600_000, remainingCents: 400_000 },
    ]);
  });

  it("answers 422 with the bounds for a rate out of range", async () => {
    const reply = (await call(simulatorRoute.action, "/simulateur", [
      ["level", "production"],
      ["totalCost", "10 000"],
      ["ratePercent", "60"],
    ])) as RouteOutcome & { data: { result: { error: Record<string, string[]> } } };
    expect(reply.status).toBe(422);
    expect(reply.data.result.error.ratePercent).toEqual([
      "Pour cet échelon, le taux doit être compris entre 25\u00a0% et 50\u00a0%.",
    ]);
  });

  it("answers 422 for a level the programme does not offer", async () => {
    const reply = (await call(simulatorRoute.action, "/simulateur?programme=ile-de-france", [
      ["level", "production"],
      ["totalCost", "100"],
    ])) as RouteOutcome & { data: { result: { error: Record<string, string[]> } } };
    expect(reply.status).toBe(422);
    expect(reply.data.result.error.level).toEqual(["Ce programme ne propose pas cet échelon."]);
  });
});
