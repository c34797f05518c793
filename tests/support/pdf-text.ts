/**
 * Reads what a PDF made by @react-pdf/renderer says, for tests: each text object of each page
 * content stream (Flate-compressed or not) becomes one line, its strings decoded with the
 * standard fonts' WinAnsiEncoding. It knows just enough of PDF for our own documents (standard
 * fonts, hex or literal strings in Tj/TJ); it is an independent reader, not the app's code.
 */
import { inflateSync } from "node:zlib";

/** The characters of WinAnsiEncoding (Windows-1252) from 0x80 to 0x9F; others are Latin-1. */
const winAnsiHigh: Record<number, string> = {
  128: "€",
  130: "‚",
  131: "ƒ",
  132: "„",
  133: "…",
  134: "†",
  135: "‡",
  136: "ˆ",
  137: "‰",
  138: "Š",
  139: "‹",
  140: "Œ",
  142: "Ž",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  152: "˜",
  153: "™",
  154: "š",
  155: "›",
  156: "œ",
  158: "ž",
  159: "Ÿ",
};

function decodeWinAnsi(bytes: readonly number[]): string {
  return bytes.map((byte) => winAnsiHigh[byte] ?? String.fromCharCode(byte)).join("");
}

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, "");
  const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
  const bytes: number[] = [];
  for (let index = 0; index < padded.length; index += 2) {
    bytes.push(Number.parseInt(padded.slice(index, index + 2), 16));
  }
  return bytes;
}

const literalEscapes: Record<string, number> = {
  n: 10,
  r: 13,
  t: 9,
  b: 8,
  f: 12,
  "(": 40,
  ")": 41,
  "\\": 92,
};

function literalBytes(body: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] as string;
    if (char !== "\\") {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = body[index + 1] ?? "";
    const octal = /^[0-7]{1,3}/.exec(body.slice(index + 1))?.[0];
    if (octal) {
      bytes.push(Number.parseInt(octal, 8));
      index += octal.length;
    } else {
      if (next in literalEscapes) bytes.push(literalEscapes[next] as number);
      index += 1;
    }
  }
  return bytes;
}

/** The strings shown by one text object (BT … ET), in order. */
function textOfObject(object: string): string {
  const strings = /<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g;
  let text = "";
  for (const match of object.matchAll(strings)) {
    text += decodeWinAnsi(
      match[1] !== undefined ? hexBytes(match[1]) : literalBytes(match[2] ?? ""),
    );
  }
  return text;
}

/** The decoded content streams of a PDF (fonts and images left out). */
function contentStreams(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const streams: string[] = [];
  const pattern = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g;
  for (const match of source.matchAll(pattern)) {
    const dictionary = match[1] ?? "";
    if (/\/Subtype\s*\/Image|\/Length1|\/Type\s*\/XObject/.test(dictionary)) continue;
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf("endstream", start);
    const raw = pdf.subarray(start, end);
    const data = /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
    streams.push(data.toString("latin1"));
  }
  return streams;
}

/** The lines of text of a PDF, one per text object, in the order they are drawn. */
export function pdfLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const stream of contentStreams(pdf)) {
    for (const match of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      const line = textOfObject(match[1] ?? "").trim();
      if (line !== "") lines.push(line);
    }
  }
  return lines;
}

/**
 * The whole text of a PDF on one line, white space collapsed, so a test can look for a sentence
 * even when the layout wrapped it over two lines (react-pdf may also hyphenate a long word).
 */
export function pdfText(pdf: Buffer): string {
  return pdfLines(pdf).join(" ").replace(/\s+/g, " ");
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
}
