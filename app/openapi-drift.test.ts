import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

// CI fails on drift (examples.md #16): the committed document must be the one the code serves.
describe("docs/openapi.json", () => {
  it("is the document the API serves (run npm run api:openapi after changing the API)", () => {
    const committed = JSON.parse(readFileSync("docs/openapi.json", "utf8"));
    expect(committed).toEqual(openApiDocument("http://localhost:3000"));
  });
});
