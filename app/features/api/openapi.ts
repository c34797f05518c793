/**
 * The public API's OpenAPI 3.1 document (served at /api/v1/openapi.json): the contributions of
 * every feature that exposes endpoints. A new feature adds its `openApiPaths` to this list.
 */
import { diagnosticOpenApi } from "~/features/diagnostic";
import { eligibilityOpenApi } from "~/features/eligibility";
import { fundingOpenApi } from "~/features/funding";
import { programsOpenApi } from "~/features/programs";
import { buildOpenApiDocument } from "./build-document";
import type { JsonObject, OpenApiContribution } from "./types";

/** Every feature's part of the API, in the order the document lists them. */
export const apiContributions: readonly OpenApiContribution[] = [
  programsOpenApi,
  eligibilityOpenApi,
  fundingOpenApi,
  diagnosticOpenApi,
];

/** The document, with the server's public URL (APP_URL). */
export function openApiDocument(serverUrl: string): JsonObject {
  return buildOpenApiDocument(apiContributions, { serverUrl: serverUrl.replace(/\/$/, "") });
}
