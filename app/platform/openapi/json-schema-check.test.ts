import { describe, expect, it } from "vitest";
import { checkJsonSchema, resolvePointer } from "./json-schema-check";

const root = {
  components: {
    schemas: {
      Criterion: {
        type: "object",
        properties: {
          id: { type: "string", enum: ["ess", "age"] },
          met: { type: ["boolean", "null"] },
          score: { type: "integer", minimum: 0, maximum: 10 },
          code: { type: "string", pattern: "^\\d{4}$" },
          tags: { type: "array", items: { type: "string" }, maxItems: 2 },
          either: { anyOf: [{ type: "string" }, { type: "null" }] },
        },
        required: ["id", "met"],
        additionalProperties: false,
      },
    },
  },
};
const ref = { $ref: "#/components/schemas/Criterion" };

describe("checkJsonSchema", () => {
  it("accepts a valid value", () => {
    expect(
      checkJsonSchema(
        { id: "ess", met: null, score: 3, code: "9220", tags: ["a"], either: null },
        ref,
        root,
      ),
    ).toEqual([]);
  });

  it("reports each problem with its path", () => {
    expect(
      checkJsonSchema(
        { id: "x", met: "yes", score: 11.5, code: "92", tags: ["a", "b", 3], extra: 1, either: 2 },
        ref,
        root,
      ),
    ).toEqual([
      '$.id: "x" is not one of ["ess","age"]',
      "$.met: expected boolean or null, got string",
      "$.score: expected integer, got number",
      "$.code: does not match ^\\d{4}$",
      "$.tags: more than 2 items",
      "$.tags[2]: expected string, got integer",
      '$: unexpected property "extra"',
      "$.either: matches none of anyOf",
    ]);
  });

  it("reports missing required properties and unresolved references", () => {
    expect(checkJsonSchema({ id: "ess" }, ref, root)).toEqual([
      '$: missing required property "met"',
    ]);
    expect(checkJsonSchema({}, { $ref: "#/components/schemas/Nope" }, root)).toEqual([
      "$: unresolved $ref #/components/schemas/Nope",
    ]);
  });

  it("refuses to check keywords it does not know, rather than accept silently", () => {
    expect(() => checkJsonSchema("a", { if: { type: "string" } })).toThrow(/unsupported/);
  });
});

describe("resolvePointer", () => {
  it("follows JSON pointers, with escapes", () => {
    const doc = { paths: { "/api/v1/x": { get: 1 } } };
    expect(resolvePointer(doc, "#/paths/~1api~1v1~1x/get")).toBe(1);
    expect(resolvePointer(doc, "#/paths/missing")).toBeUndefined();
    expect(resolvePointer(doc, "other.json#/a")).toBeUndefined();
  });
});
