import { describe, expect, it } from "vitest";
import { eligibilityExamples } from "~/features/eligibility";
import { fundingExamples } from "~/features/funding";
import { toPublicProgramme } from "~/features/programs";
import {
  buildOpenApiDocument,
  checkJsonSchema,
  checkOpenApiDocument,
  collectRefs,
} from "~/platform/openapi";
import { programmeConfigFromSeed } from "../tests/factories/programs";
import { apiContributions, apiInfo, openApiDocument } from "./openapi";

const document = openApiDocument("https://digitess.example");
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const check = (value: unknown, name: string) => checkJsonSchema(value, schema(name), document);

describe("the OpenAPI document", () => {
  it("is a well-formed OpenAPI 3.1.0 document whose every $ref resolves", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(checkOpenApiDocument(document)).toEqual([]);
    expect(collectRefs(document).length).toBeGreaterThan(5);
  });

  it("describes the issue's endpoints, each operation with its responses", () => {
    const paths = document.paths as Record<string, Record<string, { responses: object }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/eligibility",
        "/api/v1/funding/simulate",
        "/api/v1/programmes",
        "/api/v1/programmes/{slug}",
      ]),
    );
    expect(Object.keys(paths["/api/v1/eligibility"]?.post?.responses ?? {})).toEqual([
      "200",
      "400",
    ]);
    expect(Object.keys(paths["/api/v1/funding/simulate"]?.post?.responses ?? {})).toEqual([
      "200",
      "400",
      "422",
    ]);
    expect(Object.keys(paths["/api/v1/programmes/{slug}"]?.get?.responses ?? {})).toEqual([
      "200",
      "404",
    ]);
  });

  it("validates the issue's example requests and answers against its schemas", () => {
    expect(check(eligibilityExamples.request, "EligibilityRequest")).toEqual([]);
    expect(check(eligibilityExamples.response, "EligibilityResponse")).toEqual([]);
    expect(check(fundingExamples.request, "FundingSimulationRequest")).toEqual([]);
    expect(check(fundingExamples.response, "FundingSimulationResponse")).toEqual([]);
    expect(check(fundingExamples.rateOutOfBounds, "ApiError")).toEqual([]);
    expect(
      check({ ...eligibilityExamples.request, legalForm: null }, "EligibilityRequest"),
    ).toEqual([]);
    expect(check({ eligible: null, criteria: [] }, "EligibilityResponse")).toEqual([]);
  });

  it("validates a programme's public configuration", () => {
    const programme = toPublicProgramme(programmeConfigFromSeed());
    expect(check(programme, "Programme")).toEqual([]);
    expect(check({ programmes: [programme] }, "ProgrammeList")).toEqual([]);
  });

  it("rejects answers that break the contract", () => {
    expect(
      check({ ...fundingExamples.response, atMinRate: {} }, "FundingSimulationResponse"),
    ).toEqual(['$: unexpected property "atMinRate"']);
    expect(
      check({ ...fundingExamples.response, programmeShareCents: 1.5 }, "FundingSimulationResponse"),
    ).toHaveLength(1);
    expect(check({ eligible: "yes", criteria: [] }, "EligibilityResponse")).toHaveLength(1);
    expect(
      check({ ...eligibilityExamples.request, departement: "20" }, "EligibilityRequest"),
    ).toHaveLength(1);
    expect(
      check({ ...eligibilityExamples.request, legalForm: "92" }, "EligibilityRequest"),
    ).toHaveLength(1);
  });

  it("checks every example written in the document against its own schema", () => {
    const operations = Object.values(
      document.paths as Record<string, Record<string, unknown>>,
    ).flatMap((item) => Object.values(item) as Record<string, unknown>[]);
    let examples = 0;
    for (const operation of operations) {
      const bodies = [
        (operation.requestBody as { content?: object } | undefined)?.content,
        ...Object.values((operation.responses ?? {}) as Record<string, { content?: object }>).map(
          (r) => r.content,
        ),
      ];
      for (const content of bodies) {
        const json = (
          content as Record<string, { schema: unknown; example?: unknown }> | undefined
        )?.["application/json"];
        if (json?.example === undefined) continue;
        examples += 1;
        expect(checkJsonSchema(json.example, json.schema, document)).toEqual([]);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(5);
  });
});

describe("buildOpenApiDocument", () => {
  it("refuses two features declaring the same operation or schema", () => {
    const [first] = apiContributions;
    if (!first) throw new Error("no contribution");
    expect(() =>
      buildOpenApiDocument([first, first], { serverUrl: "http://x", info: apiInfo }),
    ).toThrow(/twice/);
  });

  it("finds broken documents", () => {
    expect(
      checkOpenApiDocument({
        openapi: "3.0.0",
        info: { title: "x", version: "1" },
        paths: {
          "/a/{id}": { get: { responses: {} } },
          b: {
            post: {
              operationId: "b",
              responses: { "200": { $ref: "#/components/responses/Nope" } },
            },
          },
        },
      }),
    ).toEqual([
      'openapi must be "3.1.0", got 3.0.0',
      "GET /a/{id}: operationId is missing",
      "GET /a/{id}: no response is described",
      "GET /a/{id}: path parameter {id} must be declared, required, in: path",
      'path b must start with "/"',
      "$ref #/components/responses/Nope does not resolve",
    ]);
  });
});
