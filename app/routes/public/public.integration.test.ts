/**
 * The public pages' loaders and actions on a real database: the home page shows the default
 * programme, the eligibility check and the simulator answer a posted form (as a browser without
 * JavaScript would send it) from the programme's stored rules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digitessProgramme } from "~/features/programs/digitess";
import type { Services } from "~/services.server";
import { buildProgramme } from "../../../tests/factories/programs";
import { createTestServices } from "../../../tests/support/test-services";
import * as homeRoute from "../home";
import * as eligibilityRoute from "./eligibility";
import * as programmeRoute from "./programme";
import * as simulatorRoute from "./simulator";

let services: Services & { dataDir: string };
const base = "http://localhost:3999";

type Handler = (args: never) => Promise<unknown>;
const call = (handler: Handler, path: string, form?: [string, string][], params = {}) => {
  const body = form ? new URLSearchParams(form) : undefined;
  return handler({
    request: new Request(`${base}${path}`, { method: form ? "POST" : "GET", body }),
    params,
    context: { services, requestId: "t", cspNonce: "" },
  } as never);
};
const thrown = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeAll(async () => {
  services = await createTestServices();
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
    const data = (await call(homeRoute.loader as Handler, "/")) as {
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
    const data = (await call(
      programmeRoute.loader as Handler,
      "/programmes/ile-de-france",
      undefined,
      {
        slug: "ile-de-france",
      },
    )) as { programme: { name: string }; links: { eligibility: string } };
    expect(data.programme.name).toBe("Numérique IDF");
    expect(data.links.eligibility).toBe("/eligibilite?programme=ile-de-france");
    const missing = await thrown(
      call(programmeRoute.loader as Handler, "/programmes/x", undefined, { slug: "x" }),
    );
    expect((missing as { init: { status: number } }).init.status).toBe(404);
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
    const result = (await call(eligibilityRoute.action as Handler, "/eligibilite", answers)) as {
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
    const result = (await call(
      eligibilityRoute.action as Handler,
      "/eligibilite?programme=ile-de-france",
      answers,
    )) as {
      outcome: { eligible: boolean; criteria: { id: string; met: boolean }[]; antenna: null };
    };
    expect(result.outcome.eligible).toBe(false);
    expect(result.outcome.criteria[3]).toMatchObject({ id: "territory", met: false });
    expect(result.outcome.antenna).toBeNull();
  });

  it("answers 400 with the fields to correct, keeping the answers", async () => {
    const reply = (await call(eligibilityRoute.action as Handler, "/eligibilite", [
      ["creationDate", "hier"],
      ["departement", "Marseille"],
    ])) as {
      data: { result: { error: Record<string, string[]>; initialValue: object } };
      init: { status: number };
    };
    expect(reply.init.status).toBe(400);
    expect(Object.keys(reply.data.result.error)).toEqual([
      "legalForm",
      "creationDate",
      "departement",
    ]);
    expect(reply.data.result.initialValue).toMatchObject({ departement: "Marseille" });
  });

  it("answers 404 for an unknown programme", async () => {
    const missing = await thrown(
      call(eligibilityRoute.loader as Handler, "/eligibilite?programme=nope"),
    );
    expect((missing as { init: { status: number } }).init.status).toBe(404);
  });
});

describe("the funding simulator", () => {
  it("shows the range and the chosen rate, in cents", async () => {
    const result = (await call(simulatorRoute.action as Handler, "/simulateur", [
      ["level", "scoping"],
      ["totalCost", "10 000"],
      ["ratePercent", "60"],
    ])) as {
      outcome: { rows: { kind: string; programmeShareCents: number; remainingCents: number }[] };
    };
    expect(result.outcome.rows).toEqual([
      { kind: "min", ratePercent: 55, programmeShareCents: 550_000, remainingCents: 450_000 },
      { kind: "max", ratePercent: 75, programmeShareCents: 750_000, remainingCents: 250_000 },
      { kind: "chosen", ratePercent: 60, programmeShareCents: 600_000, remainingCents: 400_000 },
    ]);
  });

  it("answers 422 with the bounds for a rate out of range", async () => {
    const reply = (await call(simulatorRoute.action as Handler, "/simulateur", [
      ["level", "production"],
      ["totalCost", "10 000"],
      ["ratePercent", "60"],
    ])) as { data: { result: { error: Record<string, string[]> } }; init: { status: number } };
    expect(reply.init.status).toBe(422);
    expect(reply.data.result.error.ratePercent).toEqual([
      "Pour cet échelon, le taux doit être compris entre 25 % et 50 %.",
    ]);
  });

  it("answers 422 for a level the programme does not offer", async () => {
    const reply = (await call(
      simulatorRoute.action as Handler,
      "/simulateur?programme=ile-de-france",
      [
        ["level", "production"],
        ["totalCost", "100"],
      ],
    )) as { data: { result: { error: Record<string, string[]> } }; init: { status: number } };
    expect(reply.init.status).toBe(422);
    expect(reply.data.result.error.level).toEqual(["Ce programme ne propose pas cet échelon."]);
  });
});
