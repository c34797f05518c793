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

/** Where one text object is drawn: its page (from 1), start and baseline in points, font size. */
export interface PdfTextBox {
  readonly page: number;
  readonly text: string;
  /** Left edge of the first glyph, from the page's left side. */
  readonly x: number;
  /** The baseline, from the page's bottom (greater is higher on the page). */
  readonly baseline: number;
  /** The font size as drawn. */
  readonly size: number;
}

type Matrix = readonly [number, number, number, number, number, number];

/** `m` applied first, then `n` (PDF's row-vector convention: m × n). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const identity: Matrix = [1, 0, 0, 1, 0, 0];
const sixNumbers = String.raw`(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)`;

/**
 * The position of each text object of a PDF, for layout tests (two lines drawn over each other,
 * text off the page). It follows the graphics state (`q`, `Q`, `cm`) and the text matrix (`Tm`)
 * as @react-pdf/renderer writes them: one operator per line.
 */
export function pdfTextBoxes(pdf: Buffer): PdfTextBox[] {
  const boxes: PdfTextBox[] = [];
  const cm = new RegExp(`^${sixNumbers}\\s+cm$`);
  const tm = new RegExp(`${sixNumbers}\\s+Tm`);
  contentStreams(pdf).forEach((stream, index) => {
    const stack: Matrix[] = [];
    let ctm = identity;
    let block: string[] | null = null;
    for (const raw of stream.split(/\r?\n/)) {
      const line = raw.trim();
      if (block) {
        if (line !== "ET") {
          block.push(line);
          continue;
        }
        const body = block.join("\n");
        block = null;
        const text = textOfObject(body).trim();
        const position = tm.exec(body)?.slice(1).map(Number) as Matrix | undefined;
        const size = Number(/\/\S+\s+([\d.]+)\s+Tf/.exec(body)?.[1] ?? 0);
        if (text === "") continue;
        const drawn = multiply(position ?? identity, ctm);
        boxes.push({
          page: index + 1,
          text,
          x: drawn[4],
          baseline: drawn[5],
          size: size * Math.abs(drawn[3]),
        });
        continue;
      }
      if (line === "BT") block = [];
      else if (line === "q") stack.push(ctm);
      else if (line === "Q") ctm = stack.pop() ?? identity;
      else {
        const match = cm.exec(line);
        if (match) ctm = multiply(match.slice(1).map(Number) as unknown as Matrix, ctm);
      }
    }
  });
  return boxes;
}
