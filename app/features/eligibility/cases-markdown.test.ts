import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderCasesMarkdown } from "./cases-markdown";

/** Ignores table padding and dash counts, which the formatter (Biome) may change. */
const normalize = (markdown: string) =>
  markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, "$1---$2"))
            .join("|")
        : line,
    )
    .join("\n");

describe("cases.md", () => {
  it("is up to date with cases.ts (regenerate it as its header says)", () => {
    const onDisk = readFileSync(new URL("./cases.md", import.meta.url), "utf8");
    expect(normalize(onDisk)).toBe(normalize(renderCasesMarkdown()));
  });

  it("notices a changed verdict", () => {
    const onDisk = readFileSync(new URL("./cases.md", import.meta.url), "utf8");
    const tampered = onDisk.replace("**non éligible**", "**éligible**");
    expect(normalize(tampered)).not.toBe(normalize(renderCasesMarkdown()));
  });
});
