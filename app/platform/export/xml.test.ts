import { describe, expect, it } from "vitest";
import { xmlEscape, xmlLegal } from "./xml";

describe("XML text", () => {
  it("escapes markup characters", () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;");
  });

  it("removes NUL and the C0 controls XML 1.0 forbids, keeping tab, LF and CR", () => {
    expect(xmlLegal("a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg")).toBe("abcdefg");
    expect(xmlLegal("a\tb\nc\rd")).toBe("a\tb\nc\rd");
  });

  it("removes U+FFFE, U+FFFF and lone surrogates, keeping valid pairs", () => {
    expect(xmlLegal("a\uFFFEb\uFFFFc")).toBe("abc");
    expect(xmlLegal("a\uD800b")).toBe("ab");
    expect(xmlLegal("a\uDC00b")).toBe("ab");
    expect(xmlLegal("emoji 😀 ok")).toBe("emoji 😀 ok");
    expect(xmlLegal("éàç€")).toBe("éàç€");
  });

  it("escapes as the two replacements do, every UTF-16 code unit alone and beside others", () => {
    const reference = (text: string) =>
      xmlLegal(text).replace(/[&<>"]/g, (c) =>
        c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
      );
    const texts = ["", "Le Toit Partagé", "Tom & Jerry", "emoji 😀", "a\u0000b", "x\uD800"];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const char = String.fromCharCode(unit);
      texts.push(char, `a${char}b`, `${char}\uDC00`, `\uD83D${char}`);
    }
    expect(texts.filter((text) => xmlEscape(text) !== reference(text))).toEqual([]);
  });
});
