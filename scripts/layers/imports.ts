/**
 * The import graph of the app: every `import`, `export … from` and dynamic `import()` of
 * `app/**\/*.{ts,tsx}`, resolved to a file ("~/" is `app/`, relative paths from the importer).
 * Imports that resolve outside the app (packages, `db/`, `tests/`, `.react-router` types, CSS)
 * are not edges. `import type` / `export type` are kept, marked type-only: they do not exist at
 * run time, so they cannot make a cycle, but they still count for the layer rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import of a file, resolved to another file of the app (paths relative to the root). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

const extensions = [".ts", ".tsx"];

/** Every .ts/.tsx file under `dir`, as paths relative to `root` with "/" separators. */
export function listSourceFiles(root: string, dir = "app"): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) files.push(child);
    }
  };
  if (existsSync(path.join(root, dir))) walk(dir);
  return files.sort();
}

/** The specifiers a source imports, each with whether it is erased at run time. */
export function parseImports(
  fileName: string,
  source: string,
): { specifier: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // `import { type A } from "x"` stays `import {} from "x"` under verbatimModuleSyntax:
      // only a clause-level `import type` is erased.
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.importClause?.isTypeOnly === true,
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The app file a specifier names, or null when it is not one (a package, a CSS file, …). */
export function resolveSpecifier(root: string, importer: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = `app/${specifier.slice(2)}`;
  else if (specifier.startsWith("./") || specifier.startsWith("../")) {
    base = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  } else return null;
  const candidates = [
    base,
    ...extensions.map((ext) => `${base}${ext}`),
    ...extensions.map((ext) => `${base}/index${ext}`),
  ];
  for (const candidate of candidates) {
    if (!extensions.some((ext) => candidate.endsWith(ext))) continue;
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** The edges of the import graph of `app/` under `root`, limited to files of `app/`. */
export function readImportGraph(root: string): { files: string[]; edges: ImportEdge[] } {
  const files = listSourceFiles(root);
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const source = readFileSync(path.join(root, from), "utf8");
    for (const { specifier, typeOnly } of parseImports(from, source)) {
      const to = resolveSpecifier(root, from, specifier);
      if (to && known.has(to)) edges.push({ from, to, typeOnly });
    }
  }
  return { files, edges };
}
