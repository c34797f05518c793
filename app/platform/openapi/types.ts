/**
 * What a feature contributes to the public API's OpenAPI 3.1 document: its tags, the Zod schemas
 * it names (turned into JSON Schema by the builder, so the document and the routes share one
 * definition) and its paths. Operations refer to schemas as "#/components/schemas/<Name>" and to
 * the shared error responses as "#/components/responses/<BadRequest|NotFound|...>".
 */
import type { z } from "zod";

/** A JSON value of the document (operations, parameters, JSON Schemas). */
export type JsonObject = { readonly [key: string]: unknown };

/** A Zod schema exposed in components.schemas, read as a request ("input") or a response. */
export interface NamedSchema {
  readonly schema: z.ZodType;
  readonly io: "input" | "output";
}

/** One OpenAPI operation (kept loose: the builder and its checker validate the result). */
export type OpenApiOperation = JsonObject & {
  readonly operationId: string;
  readonly summary: string;
  readonly responses: Readonly<Record<string, JsonObject>>;
};

/** The operations of one path, by HTTP method. */
export type OpenApiPathItem = Partial<
  Record<"get" | "post" | "put" | "patch" | "delete", OpenApiOperation>
>;

/** One feature's part of the API description. */
export interface OpenApiContribution {
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly schemas: Readonly<Record<string, NamedSchema>>;
  /** Paths relative to the API root "/api/v1", e.g. "/eligibility". */
  readonly paths: Readonly<Record<string, OpenApiPathItem>>;
}

/** The error body of every 4xx answer: a message, and the invalid fields when there are some. */
export interface ApiErrorBody {
  readonly message: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}

/** What an API handler answers; the route turns it into a JSON response. */
export type ApiAnswer =
  | { readonly status: 200; readonly body: unknown }
  | { readonly status: 400 | 404 | 405 | 422; readonly body: ApiErrorBody };
