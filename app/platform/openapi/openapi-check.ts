/**
 * Structural checks of an OpenAPI 3.1 document (no dependency): version "3.1.0", info, paths
 * starting with "/", every operation with a unique operationId and at least one response, every
 * response with a description, every path template parameter declared "in: path" and required,
 * and every "$ref" resolving inside the document.
 */
import { resolvePointer } from "./json-schema-check";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Returns the problems found in a document; [] when it is well formed. */
export function checkOpenApiDocument(document: unknown): string[] {
  const problems: string[] = [];
  if (typeof document !== "object" || document === null) return ["the document is not an object"];
  const doc = document as Record<string, unknown>;
  if (doc.openapi !== "3.1.0") problems.push(`openapi must be "3.1.0", got ${String(doc.openapi)}`);
  const info = doc.info as Record<string, unknown> | undefined;
  if (typeof info?.title !== "string" || typeof info?.version !== "string") {
    problems.push("info.title and info.version are required strings");
  }
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  if (Object.keys(paths).length === 0) problems.push("the document has no path");
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith("/")) problems.push(`path ${path} must start with "/"`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.includes(method)) {
        if (method !== "parameters" && method !== "summary" && method !== "description") {
          problems.push(`${path}: unknown key "${method}"`);
        }
        continue;
      }
      problems.push(...checkOperation(`${method.toUpperCase()} ${path}`, operation, templated));
      const id = (operation as Record<string, unknown>).operationId;
      if (typeof id === "string") {
        if (operationIds.has(id)) problems.push(`operationId ${id} is used twice`);
        operationIds.add(id);
      }
    }
  }
  for (const ref of collectRefs(doc)) {
    if (resolvePointer(doc, ref) === undefined) problems.push(`$ref ${ref} does not resolve`);
  }
  return problems;
}

function checkOperation(name: string, operation: unknown, templated: string[]): string[] {
  const problems: string[] = [];
  const op = operation as Record<string, unknown>;
  if (typeof op.operationId !== "string") problems.push(`${name}: operationId is missing`);
  const responses = (op.responses ?? {}) as Record<string, Record<string, unknown>>;
  if (Object.keys(responses).length === 0) problems.push(`${name}: no response is described`);
  for (const [status, response] of Object.entries(responses)) {
    if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status))
      problems.push(`${name}: bad status ${status}`);
    if (typeof response.$ref !== "string" && typeof response.description !== "string") {
      problems.push(`${name} ${status}: a response needs a description`);
    }
  }
  const parameters = (op.parameters ?? []) as Record<string, unknown>[];
  for (const parameter of templated) {
    const declared = parameters.find((p) => p.in === "path" && p.name === parameter);
    if (declared?.required !== true) {
      problems.push(`${name}: path parameter {${parameter}} must be declared, required, in: path`);
    }
  }
  return problems;
}

/** Every "$ref" string in a JSON value. */
export function collectRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectRefs);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "$ref" && typeof item === "string" ? [item] : collectRefs(item),
  );
}
