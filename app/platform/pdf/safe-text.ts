// Text the standard PDF fonts can draw. Every PDF of the platform (receipt, diagnostic result,
// committee minutes and letters) is set in Helvetica, whose WinAnsiEncoding lacks the narrow
// no-break spaces that French numbers use: without this, "2 800 €" prints with a stray glyph.

/** Characters of WinAnsiEncoding from 0x80 to 0x9F (the rest is Latin-1). */
const winAnsiExtra = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Replacements for characters French text uses that the standard fonts lack. */
const replacements: Record<string, string> = {
  // French thousands and the space before "€" or "%" are narrow no-break spaces, which the
  // fonts lack (the renderer would print "/"): a no-break space (0xA0) keeps "2 800,00 €" whole.
  "\u202f": "\u00a0",
  "\u2007": "\u00a0",
  "\u2009": " ",
  "\u2011": "-",
  "\u2212": "-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2192": "->",
};

/**
 * Text the standard PDF fonts (WinAnsiEncoding) can draw: narrow no-break spaces become no-break
 * spaces, a few symbols their ASCII spelling, and any other character outside the encoding a "?" (the
 * renderer would otherwise draw an unrelated letter).
 */
export function pdfSafe(text: string): string {
  let safe = "";
  for (const char of text) {
    const replacement = replacements[char];
    if (replacement !== undefined) {
      safe += replacement;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    const drawable =
      char === "\n" ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      winAnsiExtra.has(char);
    safe += drawable ? char : "?";
  }
  return safe;
}
