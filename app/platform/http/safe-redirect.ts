/**
 * Redirect targets taken from a URL or a form (`retour`, `redirectTo`) must stay on this site.
 * Browsers clean a URL before following it: they drop tabs and newlines anywhere, trim spaces
 * and control characters at both ends, and read "\" as "/" — so "/\t/evil.example" becomes
 * "//evil.example", another site. The same clean-up is applied here first, then only a path of
 * this site is kept, written with its non-ASCII characters percent-encoded (a header value
 * must be Latin-1).
 */

const FALLBACK = "/";

/** Trims what browsers trim at both ends of a URL: C0 control characters and spaces. */
function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
  return text.slice(start, end);
}

/** The same-site path `value` leads to, or `fallback` when it leads anywhere else. */
export function safeRedirectPath(value: unknown, fallback: string = FALLBACK): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  const cleaned = trimControls(value.replace(/[\t\n\r]/g, ""));
  const slashed = cleaned.replace(/\\/g, "/");
  if (!slashed.startsWith("/") || slashed.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(slashed, "http://digitess.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://digitess.invalid") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Only printable ASCII is left after URL encoding; anything else cannot be a header value.
  return /^[\u0021-\u007e]+$/.test(path) ? path : fallback;
}
