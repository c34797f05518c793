/**
 * The public JSON API, called through its route modules (loader/action) on a real database:
 * the answers, 400 naming the invalid fields, 404, 405, 422, and never a 500 whatever
 * the body. Every answer is checked against the published OpenAPI document's schemas.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "~/openapi";
import { checkJsonSchema, checkOpenApiDocument } from "~/platform/openapi";
import type { Services } from "~/services.server";
import { buildProgramme } from "../../../../tests/factories/programs";
import {
  type CallOptions,
  createRouteClient,
  type RouteClient,
  type RouteFunction,
  type RouteOutcome,
} from "../../../../tests/support/route-client";
import { createTestServices } from "../../../../tests/support/test-services";
import * as eligibilityRoute from "./eligibility";
import * as fundingRoute from "./funding-simulate";
import * as notFoundRoute from "./not-found";
import * as openApiRoute from "./openapi";
import * as programmeRoute from "./programme";
import * as programmesRoute from "./programmes";

let services: Services & { dataDir: string };
const base = "http://localhost:3999/api/v1";
const document = openApiDocument(base);

let client: RouteClient;
const call = (
  handler: RouteFunction,
  path: string,
  init: Pick<CallOptions, "method" | "body" | "headers"> = {},
  params: Record<string, string> = {},
) => client.call(handler, { path: `/api/v1${path}`, params, ...init });
const post = (
  handler: RouteFunction,
  path: string,
  body: string,
  headers: Record<string, string> = {},
) => call(handler, path, { body, headers: { "content-type": "application/json", ...headers } });
/** The status and the JSON body of an answer (the body is checked against the schemas). */
// biome-ignore lint/suspicious/noExplicitAny: the tests read the JSON they check
const json = (outcome: RouteOutcome): { status: number; body: any } => ({
  status: outcome.status,
  body: outcome.data,
});
const conforms = (body: unknown, schema: string) =>
  checkJsonSchema(body, { $ref: `#/components/schemas/${schema}` }, document);

const example = {
  programme: "digitess",
  legalForm: "9220",
  esus: false,
  creationDate: "2019-05-14",
  axes: ["housing"],
  departement: "13",
  onDate: "2026-11-22",
};

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  await buildProgramme(services.db);
});
afterAll(async () => {
  await services.close();
});

describe("GET /api/v1/programmes and /programmes/{slug}", () => {
  it("lists the programmes' public configuration", async () => {
    const { status, body } = await json(await call(programmesRoute.loader, "/programmes"));
    expect(status).toBe(200);
    expect(conforms(body, "ProgrammeList")).toEqual([]);
    expect(body.programmes.map((p: { slug: string }) => p.slug)).toEqual(["digitess"]);
  });

  it("gives one programme: levels, rates, axes, territories, antennas", async () => {
    const response = await call(
      programmeRoute.loader,
      "/programmes/digitess",
      {},
      {
        slug: "digitess",
      },
    );
    const { status, body } = await json(response);
    expect(status).toBe(200);
    expect(conforms(body, "Programme")).toEqual([]);
    expect(
      body.levels.map((l: { kind: string; minRatePercent: number; maxRatePercent: number }) => [
        l.kind,
        l.minRatePercent,
        l.maxRatePercent,
      ]),
    ).toEqual([
      ["diagnostic", 100, 100],
      ["scoping", 55, 75],
      ["production", 25, 50],
    ]);
    expect(body.axes.map((a: { code: string }) => a.code)).toEqual([
      "housing",
      "employment",
      "health_prevention",
      "caregivers",
    ]);
    expect(body.territories).toContain("976");
    expect(
      body.antennas.find((a: { departements: string[] }) => a.departements.includes("974")),
    ).toBeTruthy();
  });

  it.each(["nope", "NOPE", "a/b", "%00", "x".repeat(200)])(
    "answers 404 for the slug %j",
    async (slug) => {
      const { status, body } = await json(
        await call(programmeRoute.loader, `/programmes/x`, {}, { slug }),
      );
      expect(status).toBe(404);
      expect(conforms(body, "ApiError")).toEqual([]);
    },
  );

  it("refuses writes with 405 and the allowed method", async () => {
    const response = await post(programmesRoute.action, "/programmes", "{}");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});

describe("POST /api/v1/eligibility", () => {
  it("answers the issue's example", async () => {
    const { status, body } = await json(
      await post(eligibilityRoute.action, "/eligibility", JSON.stringify(example)),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      eligible: true,
      criteria: [
        {
          id: "ess",
          met: true,
          message: "Votre forme juridique fait partie de l'économie sociale et solidaire (ESS).",
        },
        { id: "age", met: true, message: "Votre structure existe depuis au moins 3 ans." },
        {
          id: "axes",
          met: true,
          message: "Vos actions entrent dans les axes prioritaires du programme : habitat.",
        },
        {
          id: "territory",
          met: true,
          message: "Le programme couvre votre département : Bouches-du-Rhône (13).",
        },
      ],
    });
    expect(conforms(body, "EligibilityResponse")).toEqual([]);
  });

  it("answers null when a criterion cannot be decided, false as soon as one fails", async () => {
    const unknown = await json(
      await post(
        eligibilityRoute.action,
        "/eligibility",
        JSON.stringify({ ...example, legalForm: null }),
      ),
    );
    expect(unknown.body.eligible).toBeNull();
    expect(unknown.body.criteria[0]).toMatchObject({ id: "ess", met: null });
    const young = await json(
      await post(
        eligibilityRoute.action,
        "/eligibility",
        JSON.stringify({ ...example, legalForm: null, creationDate: "2025-01-01" }),
      ),
    );
    expect(young.body.eligible).toBe(false);
    expect(young.body.criteria[1].message).toBe(
      "Votre structure doit exister depuis au moins 3 ans : ce sera le cas le 1er janvier 2028.",
    );
  });

  it("defaults onDate to today in Europe/Paris", async () => {
    const { onDate: _, ...withoutDate } = example;
    const { status } = await json(
      await post(eligibilityRoute.action, "/eligibility", JSON.stringify(withoutDate)),
    );
    expect(status).toBe(200);
  });

  it.each([
    ["not json", ["body"]],
    ["", ["body"]],
    ["[]", ["body"]],
    ["null", ["body"]],
    ["42", ["body"]],
    ['"texte"', ["body"]],
    [JSON.stringify({ ...example, legalForm: 9220 }), ["legalForm"]],
    [JSON.stringify({ ...example, legalForm: "92200" }), ["legalForm"]],
    [JSON.stringify({ ...example, esus: "false" }), ["esus"]],
    [JSON.stringify({ ...example, creationDate: "2023-02-29" }), ["creationDate"]],
    [JSON.stringify({ ...example, onDate: "2026-13-01" }), ["onDate"]],
    [JSON.stringify({ ...example, departement: "20" }), ["departement"]],
    [JSON.stringify({ ...example, departement: "977" }), ["departement"]],
    [JSON.stringify({ ...example, axes: "housing" }), ["axes"]],
    [JSON.stringify({ ...example, axes: ["culture"] }), ["axes"]],
    [JSON.stringify({ ...example, programme: "inconnu" }), ["programme"]],
    [JSON.stringify({ ...example, siret: "123" }), ["siret"]],
    [
      JSON.stringify({ programme: "digitess" }),
      ["legalForm", "esus", "creationDate", "axes", "departement"],
    ],
  ])("answers 400 naming the fields for %s", async (raw, fields) => {
    const { status, body } = await json(await post(eligibilityRoute.action, "/eligibility", raw));
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    expect(conforms(body, "ApiError")).toEqual([]);
  });

  it("never answers 500, whatever the body (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              programme: fc.oneof(fc.constant("digitess"), fc.string()),
              legalForm: fc.oneof(
                fc.constant("9220"),
                fc.constant(null),
                fc.string(),
                fc.integer(),
              ),
              esus: fc.oneof(fc.boolean(), fc.string()),
              creationDate: fc.oneof(fc.constant("2019-05-14"), fc.string()),
              axes: fc.oneof(fc.array(fc.constantFrom("housing", "other", "x")), fc.anything()),
              departement: fc.oneof(fc.constantFrom("13", "2A", "974", "20"), fc.string()),
            })
            .map((value) => JSON.stringify(value)),
        ),
        async (raw) => {
          const response = await post(eligibilityRoute.action, "/eligibility", raw);
          expect([200, 400]).toContain(response.status);
          const body = response.data;
          expect(
            conforms(body, response.status === 200 ? "EligibilityResponse" : "ApiError"),
          ).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("answers in English on request and refuses GET with 405", async () => {
    const english = await json(
      await post(eligibilityRoute.action, "/eligibility", JSON.stringify(example), {
        "accept-language": "en-GB,en;q=0.9",
      }),
    );
    expect(english.body.criteria[1].message).toBe(
      "Your organisation has existed for at least 3 years.",
    );
    const get = await call(eligibilityRoute.loader, "/eligibility");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});

describe("POST /api/v1/funding/simulate", () => {
  const request = {
    programme: "digitess",
    level: "scoping",
    totalCostCents: 1_000_000,
    ratePercent: 60,
  };

  it("answers the issue's example, exactly", async () => {
    const { status, body } = await json(
      await post(fundingRoute.action, "/funding/simulate", JSON.stringify(request)),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      level: "scoping",
      minRatePercent: 55,
      maxRatePercent: 75,
      ratePercent: 60,
      programmeShareCents: 600_000,
      remainingCents: 400_000,
    });
    expect(conforms(body, "FundingSimulationResponse")).toEqual([]);
  });

  it("applies the level's lowest rate when no rate is given", async () => {
    const { ratePercent: _, ...withoutRate } = request;
    const { body } = await json(
      await post(
        fundingRoute.action,
        "/funding/simulate",
        JSON.stringify({ ...withoutRate, level: "production", totalCostCents: 333 }),
      ),
    );
    expect(body).toEqual({
      level: "production",
      minRatePercent: 25,
      maxRatePercent: 50,
      ratePercent: 25,
      programmeShareCents: 83,
      remainingCents: 250,
    });
  });

  it.each([54, 76, 0, 100])("answers 422 with a message for a scoping rate of %i", async (rate) => {
    const { status, body } = await json(
      await post(
        fundingRoute.action,
        "/funding/simulate",
        JSON.stringify({ ...request, ratePercent: rate }),
      ),
    );
    expect(status).toBe(422);
    expect(body).toEqual({
      message: "Pour cet échelon, le taux doit être compris entre 55\u00a0% et 75\u00a0%.",
      errors: [
        {
          field: "ratePercent",
          message: "Pour cet échelon, le taux doit être compris entre 55\u00a0% et 75\u00a0%.",
        },
      ],
    });
  });

  it.each([
    ["{", ["body"]],
    [JSON.stringify({ ...request, level: "cadrage" }), ["level"]],
    [JSON.stringify({ ...request, totalCostCents: -1 }), ["totalCostCents"]],
    [JSON.stringify({ ...request, totalCostCents: 10.5 }), ["totalCostCents"]],
    [JSON.stringify({ ...request, totalCostCents: "1000000" }), ["totalCostCents"]],
    [JSON.stringify({ ...request, ratePercent: 101 }), ["ratePercent"]],
    [JSON.stringify({ ...request, programme: "inconnu" }), ["programme"]],
    [JSON.stringify({ level: "scoping" }), ["programme", "totalCostCents"]],
  ])("answers 400 naming the fields for %s", async (raw, fields) => {
    const { status, body } = await json(await post(fundingRoute.action, "/funding/simulate", raw));
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it("never answers 500, whatever the body (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              programme: fc.constant("digitess"),
              level: fc.oneof(fc.constantFrom("diagnostic", "scoping", "production"), fc.string()),
              totalCostCents: fc.oneof(fc.integer(), fc.double(), fc.string()),
              ratePercent: fc.oneof(fc.integer({ min: -10, max: 110 }), fc.anything()),
            })
            .map((value) => JSON.stringify(value)),
        ),
        async (raw) => {
          const response = await post(fundingRoute.action, "/funding/simulate", raw);
          expect([200, 400, 422]).toContain(response.status);
          const body = response.data;
          const schema = response.status === 200 ? "FundingSimulationResponse" : "ApiError";
          expect(conforms(body, schema)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the OpenAPI document and unknown addresses", () => {
  it("serves a valid OpenAPI 3.1 document", async () => {
    const response = await call(openApiRoute.loader, "/openapi.json");
    expect(response.status).toBe(200);
    const served = json(response).body;
    expect(served.openapi).toBe("3.1.0");
    expect(checkOpenApiDocument(served)).toEqual([]);
    expect(served.servers).toEqual([{ url: services.env.APP_URL }]);
  });

  it("answers a JSON 404 for any other /api/v1 address", async () => {
    const { status, body } = await json(await call(notFoundRoute.loader, "/nothing"));
    expect(status).toBe(404);
    expect(body).toEqual({ message: "Rien ne correspond à cette adresse." });
  });
});
