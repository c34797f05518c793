/**
 * The public API's OpenAPI 3.1 document (served at /api/v1/openapi.json): the contributions of
 * every feature that exposes endpoints. A new feature adds its `openApiPaths` to this list.
 */
import { diagnosticOpenApi } from "../diagnostic";
import { eligibilityOpenApi } from "../eligibility";
import { fundingOpenApi } from "../funding";
import { programsOpenApi } from "../programs";
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
