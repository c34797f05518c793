// Reading Conform's initial values (strings, or lists for checkboxes) in the step components.

/** A field's initial value as text. */
export function initialText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** A field's initial value as a list (checkboxes). */
export function initialList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}
