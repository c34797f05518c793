import { z } from "zod";
import type { JsonObject, OpenApiContribution } from "./types";

/** The prefix of every path of the public API. */
export const API_ROOT = "/api/v1";

/** The error body shared by every 4xx answer (see ApiErrorBody). */
export const apiErrorSchema = z.strictObject({
  message: z.string().meta({ description: "Ce qui ne va pas, en une phrase en français." }),
  errors: z
    .array(
      z.strictObject({
        field: z
          .string()
          .meta({ description: "Le champ en cause (« body » pour la demande entière)." }),
        message: z.string(),
      }),
    )
    .optional(),
});

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } },
});

/** Answers every feature may refer to as "#/components/responses/<name>". */
const sharedResponses = {
  BadRequest: errorResponse(
    "Demande invalide : corps qui n'est pas du JSON, champ manquant, de mauvais type ou inconnu. Les champs en cause sont nommés.",
  ),
  NotFound: errorResponse("Ressource introuvable."),
  MethodNotAllowed: errorResponse("Méthode HTTP non prise en charge à cette adresse."),
  UnprocessableEntity: errorResponse(
    "Demande bien formée mais impossible à satisfaire (par exemple un taux hors des bornes de l'échelon).",
  ),
} as const;

/** Turns a Zod schema into a JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io });
  return rest;
}

/** The document's "info" object: what the API is, its version and licence. */
export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly license: { readonly name: string; readonly identifier: string };
}

/**
 * Merges the features' contributions into one OpenAPI 3.1 document. Two features declaring the
 * same schema name or the same operation is a programming error: it throws.
 */
export function buildOpenApiDocument(
  contributions: readonly OpenApiContribution[],
  options: { readonly serverUrl: string; readonly info: OpenApiInfo },
): JsonObject {
  const schemas: Record<string, JsonObject> = {
    ApiError: toJsonSchema(apiErrorSchema, "output"),
  };
  const paths: Record<string, Record<string, unknown>> = {};
  const tags: { name: string; description: string }[] = [];
  for (const contribution of contributions) {
    tags.push(...contribution.tags);
    for (const [name, { schema, io }] of Object.entries(contribution.schemas)) {
      if (name in schemas) throw new Error(`OpenAPI schema declared twice: ${name}`);
      schemas[name] = toJsonSchema(schema, io);
    }
    for (const [path, item] of Object.entries(contribution.paths)) {
      const fullPath = `${API_ROOT}${path}`;
      const existing = paths[fullPath] ?? {};
      for (const method of Object.keys(item)) {
        if (method in existing)
          throw new Error(`OpenAPI operation declared twice: ${method} ${fullPath}`);
      }
      paths[fullPath] = { ...existing, ...item };
    }
  }
  return {
    openapi: "3.1.0",
    info: options.info,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: options.serverUrl }],
    tags,
    paths,
    components: { schemas, responses: sharedResponses },
  };
}
