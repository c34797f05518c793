export { API_ROOT, apiErrorSchema, buildOpenApiDocument, toJsonSchema } from "./build-document";
export { apiLocale, jsonResponse } from "./http";
export { checkJsonSchema, resolvePointer } from "./json-schema-check";
export { apiContributions, openApiDocument } from "./openapi";
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
