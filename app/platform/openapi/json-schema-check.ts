/**
 * A small JSON Schema (draft 2020-12) validator for the keywords our generated schemas use, so
 * tests can check real answers against the published OpenAPI document without a new dependency.
 * Supported: $ref (local "#/..."), type, enum, const, properties, required, additionalProperties,
 * items, minItems, maxItems, minimum, maximum, minLength, maxLength, pattern, anyOf, oneOf, allOf.
 * Any other keyword throws, so the checker never silently accepts what it cannot check
 * (annotations such as description, format and examples are ignored).
 */
import type { JsonObject } from "./types";

const annotations = new Set([
  "description",
  "title",
  "format",
  "examples",
  "example",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
]);
const handled = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "anyOf",
  "oneOf",
  "allOf",
]);

/** Resolves a local JSON pointer ("#/components/schemas/X") in a document; undefined if absent. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref
    .slice(1)
    .split("/")
    .filter((part) => part !== "")
    .map((part) => decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~"));
  let node: unknown = root;
  for (const part of parts) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Returns the errors of `value` against `schema` ("$.criteria[0].met: expected ..."); [] when valid. */
export function checkJsonSchema(value: unknown, schema: unknown, root: unknown = schema): string[] {
  const errors: string[] = [];
  check(value, schema, root, "$", errors);
  return errors;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

function check(value: unknown, schema: unknown, root: unknown, path: string, errors: string[]) {
  if (schema === true) return;
  if (schema === false) {
    errors.push(`${path}: no value is allowed here`);
    return;
  }
  if (typeof schema !== "object" || schema === null) throw new Error(`${path}: not a schema`);
  const s = schema as JsonObject;
  for (const keyword of Object.keys(s)) {
    if (!handled.has(keyword) && !annotations.has(keyword)) {
      throw new Error(`${path}: unsupported JSON Schema keyword "${keyword}"`);
    }
  }
  if (typeof s.$ref === "string") {
    const target = resolvePointer(root, s.$ref);
    if (target === undefined) errors.push(`${path}: unresolved $ref ${s.$ref}`);
    else check(value, target, root, path, errors);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((type) => matchesType(value, type))) {
      errors.push(`${path}: expected ${types.join(" or ")}, got ${typeOf(value)}`);
      return;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((option) => option === value)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  }
  if ("const" in s && s.const !== value)
    errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (typeof value === "number") checkNumber(value, s, path, errors);
  if (typeof value === "string") checkString(value, s, path, errors);
  if (Array.isArray(value)) checkArray(value, s, root, path, errors);
  else if (typeof value === "object" && value !== null) {
    checkObject(value as Record<string, unknown>, s, root, path, errors);
  }
  checkCombinators(value, s, root, path, errors);
}

function checkNumber(value: number, s: JsonObject, path: string, errors: string[]) {
  if (typeof s.minimum === "number" && value < s.minimum)
    errors.push(`${path}: below ${s.minimum}`);
  if (typeof s.maximum === "number" && value > s.maximum)
    errors.push(`${path}: above ${s.maximum}`);
}

function checkString(value: string, s: JsonObject, path: string, errors: string[]) {
  if (typeof s.minLength === "number" && value.length < s.minLength) {
    errors.push(`${path}: shorter than ${s.minLength}`);
  }
  if (typeof s.maxLength === "number" && value.length > s.maxLength) {
    errors.push(`${path}: longer than ${s.maxLength}`);
  }
  if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) {
    errors.push(`${path}: does not match ${s.pattern}`);
  }
}

function checkArray(
  value: unknown[],
  s: JsonObject,
  root: unknown,
  path: string,
  errors: string[],
) {
  if (typeof s.minItems === "number" && value.length < s.minItems) {
    errors.push(`${path}: fewer than ${s.minItems} items`);
  }
  if (typeof s.maxItems === "number" && value.length > s.maxItems) {
    errors.push(`${path}: more than ${s.maxItems} items`);
  }
  if (s.items !== undefined) {
    value.forEach((item, index) => {
      check(item, s.items, root, `${path}[${index}]`, errors);
    });
  }
}

function checkObject(
  value: Record<string, unknown>,
  s: JsonObject,
  root: unknown,
  path: string,
  errors: string[],
) {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  for (const name of (s.required ?? []) as string[]) {
    if (!Object.hasOwn(value, name)) errors.push(`${path}: missing required property "${name}"`);
  }
  for (const [name, item] of Object.entries(value)) {
    if (Object.hasOwn(properties, name))
      check(item, properties[name], root, `${path}.${name}`, errors);
    else if (s.additionalProperties === false)
      errors.push(`${path}: unexpected property "${name}"`);
    else if (typeof s.additionalProperties === "object") {
      check(item, s.additionalProperties, root, `${path}.${name}`, errors);
    }
  }
}

function checkCombinators(
  value: unknown,
  s: JsonObject,
  root: unknown,
  path: string,
  errors: string[],
) {
  const passes = (sub: unknown) => checkJsonSchema(value, sub, root).length === 0;
  if (Array.isArray(s.allOf)) for (const sub of s.allOf) check(value, sub, root, path, errors);
  if (Array.isArray(s.anyOf) && !s.anyOf.some(passes)) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (Array.isArray(s.oneOf) && s.oneOf.filter(passes).length !== 1) {
    errors.push(`${path}: must match exactly one of oneOf`);
  }
}
