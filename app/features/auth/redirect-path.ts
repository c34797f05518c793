/** Keeps only same-site paths (never `//host` or a full URL) so sign-in cannot redirect away. */
export function safeRedirectPath(value: unknown, fallback = "/apres-connexion"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//"))
    return fallback;
  if (value.includes("\\")) return fallback;
  return value;
}
