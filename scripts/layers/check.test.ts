import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { allowedImports } from "./allowed";
import { parseImports, readImportGraph } from "./imports";
import { checkLayerRules } from "./rules";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes a small app tree (path -> source) in a temp dir and returns its root. */
function writeTree(tree: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "layers-"));
  roots.push(root);
  for (const [file, source] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  }
  return root;
}

/** The violations of a small app tree. */
function check(tree: Record<string, string>) {
  return checkLayerRules(readImportGraph(writeTree(tree)).edges);
}

/** A clean tree: routes -> features (through their index) -> platform. */
const clean = {
  "app/platform/geo/index.ts": "export const codes = ['13'];\n",
  "app/ui/field.tsx": 'import { codes } from "~/platform/geo";\nexport const Field = codes;\n',
  "app/features/eligibility/rules.ts":
    'import { codes } from "~/platform/geo";\nexport const ok = codes;\n',
  "app/features/eligibility/index.ts": 'export { ok } from "./rules";\n',
  "app/features/eligibility/index.server.ts":
    'export const lookup = async () => import("./rules");\n',
  "app/features/organizations/schema.ts":
    'import { ok } from "~/features/eligibility";\nimport { lookup } from "../eligibility/index.server";\nexport const s = [ok, lookup];\n',
  "app/routes/page.tsx":
    'import { s } from "~/features/organizations/schema";\nimport styles from "./page.css?url";\nimport { z } from "zod";\nexport default [s, styles, z];\n',
  "app/i18n.ts": 'import { ok } from "~/features/eligibility";\nexport const catalogue = ok;\n',
};

describe("the layer check", () => {
  it("passes on a clean tree", () => {
    expect(check(clean)).toEqual([]);
  });

  it("fails on an import cycle, naming its files, through static, re-export and dynamic imports", () => {
    const violations = check({
      ...clean,
      "app/features/eligibility/rules.ts":
        'import { s } from "../organizations/schema";\nexport const ok = s;\n',
      "app/features/organizations/schema.ts":
        'export { ok } from "~/features/eligibility";\nexport const s = () => import("~/features/eligibility/index.server");\n',
    });
    expect(violations.filter((v) => v.rule === "cycle")).toHaveLength(1);
    const [cycle] = violations;
    expect(cycle?.message).toContain("app/features/eligibility/rules.ts");
    expect(cycle?.message).toContain("app/features/organizations/schema.ts");
    expect(cycle?.message).toMatch(/-> .* -> /);
  });

  it("ignores type-only imports for cycles, not for the layer rules", () => {
    const violations = check({
      ...clean,
      "app/features/eligibility/rules.ts":
        'import type { S } from "~/features/organizations/schema";\nexport const ok = 1;\nexport type T = S;\n',
      "app/platform/geo/index.ts":
        'export type { T } from "~/features/eligibility";\nexport const codes = [];\n',
    });
    expect(violations.map((v) => v.rule).sort()).toEqual(["feature", "layer"]);
  });

  it("counts `import { type A }` as a run-time import (kept as `import {}`)", () => {
    const violations = check({
      ...clean,
      "app/features/eligibility/rules.ts":
        'import { type S } from "~/features/organizations";\nexport const ok = 1;\n',
      "app/features/organizations/index.ts": 'export { s, type S } from "./schema";\n',
      "app/features/organizations/schema.ts":
        'import { ok } from "~/features/eligibility";\nexport type S = 1;\nexport const s = ok;\n',
    });
    expect(violations.map((v) => v.rule)).toEqual(["cycle"]);
  });

  it("fails when platform or ui imports a feature or a composition file", () => {
    const violations = check({
      ...clean,
      "app/platform/http/links.ts":
        'import { ok } from "../../features/eligibility";\nexport const codes = [ok];\n',
      "app/ui/field.tsx": 'import { catalogue } from "~/i18n";\nexport const Field = catalogue;\n',
    });
    expect(violations.map((v) => v.message)).toEqual([
      expect.stringMatching(
        /^app\/platform\/http\/links\.ts imports app\/features\/eligibility\/index\.ts/,
      ),
      expect.stringMatching(/^app\/ui\/field\.tsx imports app\/i18n\.ts/),
    ]);
  });

  it("skips an allowed import", () => {
    const tree = {
      ...clean,
      "app/ui/field.tsx": 'import { catalogue } from "~/i18n";\nexport const Field = catalogue;\n',
    };
    const { edges } = readImportGraph(writeTree(tree));
    expect(
      checkLayerRules(edges, [{ from: "app/ui/field.tsx", to: "app/i18n.ts", why: "test" }]),
    ).toEqual([]);
  });

  it("fails when a feature imports another feature's file other than its index", () => {
    const violations = check({
      ...clean,
      "app/features/organizations/schema.ts":
        'import { ok } from "~/features/eligibility/rules";\nexport const s = ok;\n',
    });
    expect(violations).toEqual([
      {
        rule: "feature",
        message: expect.stringContaining(
          "app/features/organizations/schema.ts imports app/features/eligibility/rules.ts",
        ),
      },
    ]);
  });

  it("reports no violation on the real tree", { timeout: 60_000 }, () => {
    expect(checkLayerRules(readImportGraph(process.cwd()).edges, allowedImports)).toEqual([]);
  });
});

describe("parseImports", () => {
  it("reads static, re-export, dynamic and type imports", () => {
    const source = [
      'import a from "./a";',
      'import type { B } from "./b";',
      'import { type C } from "./c";',
      'export * from "./d";',
      'export type { E } from "./e";',
      'const f = () => import("./f");',
      'type G = typeof import("./g");',
    ].join("\n");
    expect(parseImports("x.ts", source)).toEqual([
      { specifier: "./a", typeOnly: false },
      { specifier: "./b", typeOnly: true },
      { specifier: "./c", typeOnly: false },
      { specifier: "./d", typeOnly: false },
      { specifier: "./e", typeOnly: true },
      { specifier: "./f", typeOnly: false },
      { specifier: "./g", typeOnly: true },
    ]);
  });
});
