// The OpenAPI toolbox of the public API: types of a feature's contribution, the document builder,
// JSON responses and the checkers used by tests. No feature here: app/openapi.ts assembles them.
export {
  API_ROOT,
  apiErrorSchema,
  buildOpenApiDocument,
  type OpenApiInfo,
  toJsonSchema,
} from "./build-document";
export { apiLocale, jsonResponse } from "./http";
export { checkJsonSchema, resolvePointer } from "./json-schema-check";
export { checkOpenApiDocument, collectRefs } from "./openapi-check";
export type {
  ApiAnswer,
  ApiErrorBody,
  JsonObject,
  NamedSchema,
  OpenApiContribution,
  OpenApiOperation,
  OpenApiPathItem,
} from "./types";
