/** XML 1.0 text: escaping, and the characters XML 1.0 forbids removed. */

// Allowed: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and the astral planes (valid pairs only).
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold (NUL, other C0 controls, lone surrogates). */
export function xmlLegal(text: string): string {
  return text.replace(ILLEGAL, "");
}

// Any character that xmlEscape may change (surrogates too, even in valid pairs): text without
// one, the common case, is returned as it is without the two replacements.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters removed above
const MAY_CHANGE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Text for an element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return xmlLegal(text).replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}
