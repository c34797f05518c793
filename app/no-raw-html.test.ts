/**
 * Issue 12, "Web": every text users write reaches a page through React, which escapes it. The one
 * way around that escaping is to hand the browser raw HTML; no module of the app does. This test
 * reads every source file of app/ and server/ and fails on any raw-HTML sink, so a stored script
 * cannot start running because one page chose to render markup (tests/e2e/stored-script.spec.ts
 * shows the same in Chromium for the fields it writes).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/** Ways to put a string into the page as markup or code. */
const rawHtmlSinks = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write\(/,
  /\beval\(/,
  /new Function\(/,
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The sinks a source text holds, by line ("12: dangerouslySetInnerHTML"). */
function sinksIn(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      rawHtmlSinks.filter((sink) => sink.test(line)).map((sink) => `${index + 1}: ${sink.source}`),
    );
}

describe("raw HTML", () => {
  it("finds each sink in a source text (the check can fail)", () => {
    expect(sinksIn("<div dangerouslySetInnerHTML={{ __html: body }} />\nok();")).toEqual([
      "1: dangerouslySetInnerHTML",
    ]);
    expect(sinksIn("a\nnode.innerHTML = text;\nel.insertAdjacentHTML('beforeend', x)")).toEqual([
      "2: \\.(inner|outer)HTML\\s*=",
      "3: insertAdjacentHTML",
    ]);
    expect(sinksIn("const html = escapeHtml(text);")).toEqual([]);
  });

  it("is never given to the browser by the app or the server", () => {
    const found = ["app", "server"].flatMap((folder) =>
      sourceFiles(path.join(root, folder)).flatMap((file) =>
        sinksIn(readFileSync(file, "utf8")).map((hit) => `${path.relative(root, file)}:${hit}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
