/**
 * The public API's OpenAPI 3.1 document (served at /api/v1/openapi.json): the contributions of
 * every feature that exposes endpoints, merged by the toolbox of app/platform/openapi. A new
 * feature adds its contribution to this list.
 */
import { diagnosticOpenApi } from "~/features/diagnostic";
import { eligibilityOpenApi } from "~/features/eligibility";
import { fundingOpenApi } from "~/features/funding";
import { programsOpenApi } from "~/features/programs";
import {
  buildOpenApiDocument,
  type JsonObject,
  type OpenApiContribution,
  type OpenApiInfo,
} from "~/platform/openapi";

/** Every feature's part of the API, in the order the document lists them. */
export const apiContributions: readonly OpenApiContribution[] = [
  programsOpenApi,
  eligibilityOpenApi,
  fundingOpenApi,
  diagnosticOpenApi,
];

/** What the document says of the API as a whole. */
export const apiInfo: OpenApiInfo = {
  title: "API publique Digit'ESS",
  version: "1.0.0",
  description:
    "Configuration publique des programmes, vérification d'éligibilité et simulation de financement. Aucun compte n'est nécessaire. Les montants sont en centimes d'euro (entiers), les taux en pourcentage entier ; les messages sont en français.",
  license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
};

/** The document, with the server's public URL (APP_URL). */
export function openApiDocument(serverUrl: string): JsonObject {
  return buildOpenApiDocument(apiContributions, {
    serverUrl: serverUrl.replace(/\/$/, ""),
    info: apiInfo,
  });
}
