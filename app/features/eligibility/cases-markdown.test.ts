import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderCasesMarkdown } from "./cases-markdown";

describe("cases.md", () => {
  it("is up to date with cases.ts (regenerate it as its header says)", () => {
    const onDisk = readFileSync(new URL("./cases.md", import.meta.url), "utf8");
    expect(onDisk).toBe(renderCasesMarkdown());
  });
});
