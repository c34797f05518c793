/**
 * Writes the public API's OpenAPI document to docs/openapi.json (npm run api:openapi). The unit
 * test app/openapi-drift.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { openApiDocument } from "../app/openapi";

writeFileSync(
  "docs/openapi.json",
  `${JSON.stringify(openApiDocument("http://localhost:3000"), null, 2)}\n`,
);
console.log("docs/openapi.json written.");
