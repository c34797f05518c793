/**
 * Every page gets the messages it renders: for each route of app/routes.ts, the catalogue keys
 * that its module and the modules it imports can render (string literals, and `prefix.${…}`
 * templates) must belong to the parts that its loader, its parent routes' loaders or the root
 * loader send with `pickMessages` (docs/decisions/0006-messages-per-page.md). A key a loader does
 * not send would show as the raw key. E-mail templates (`emails/`) are left out: the server
 * writes them from the whole catalogue.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { describe, expect, it } from "vitest";
import { type CataloguePart, catalogueParts } from "./i18n.server";
import routes from "./routes";

const appDir = path.resolve(__dirname);

const partOfKey = new Map<string, CataloguePart>();
for (const [part, messages] of Object.entries(catalogueParts)) {
  for (const key of Object.keys(messages.fr)) partOfKey.set(key, part as CataloguePart);
}

function resolveModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = path.join(appDir, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

type Names = "*" | Set<string>;

/** `{ a, b as c, type D }` → the imported (source) names, types left out. */
function specifierNames(list: string): Set<string> {
  const names = new Set<string>();
  for (const raw of list.split(",")) {
    const item = raw.trim();
    if (!item || item.startsWith("type ")) continue;
    names.add(item.split(/\s+as\s+/)[0]?.trim() ?? item);
  }
  return names;
}

type ParsedModule = {
  text: string;
  imports: { specifier: string; names: Names }[];
  reExports: { specifier: string; names: Names; alias: Map<string, string> }[];
};

const parsed = new Map<string, ParsedModule>();
function parse(file: string): ParsedModule {
  const cached = parsed.get(file);
  if (cached) return cached;
  const text = readFileSync(file, "utf8");
  const imports: ParsedModule["imports"] = [];
  const reExports: ParsedModule["reExports"] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["']/gm)) {
    if (m[1]) continue;
    const clause = m[2] ?? "";
    const braces = /\{([\s\S]*)\}/.exec(clause);
    const names: Names =
      braces && !/^\s*\w+\s*,/.test(clause) && !clause.includes("*")
        ? specifierNames(braces[1] ?? "")
        : "*";
    imports.push({ specifier: m[3] ?? "", names });
  }
  for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
    imports.push({ specifier: m[1] ?? "", names: "*" });
  }
  for (const m of text.matchAll(/^export\s+(type\s+)?\{([\s\S]*?)\}\s*from\s+["']([^"']+)["']/gm)) {
    if (m[1]) continue;
    const alias = new Map<string, string>();
    for (const raw of (m[2] ?? "").split(",")) {
      const item = raw.trim();
      if (!item || item.startsWith("type ")) continue;
      const [source, exported] = item.split(/\s+as\s+/).map((s) => s.trim());
      if (source) alias.set(exported ?? source, source);
    }
    reExports.push({ specifier: m[3] ?? "", names: new Set(alias.values()), alias });
  }
  for (const m of text.matchAll(/^export\s+\*\s+(?:as\s+\w+\s+)?from\s+["']([^"']+)["']/gm)) {
    reExports.push({ specifier: m[1] ?? "", names: "*", alias: new Map() });
  }
  const module = { text, imports, reExports };
  parsed.set(file, module);
  return module;
}

/** Keys the module text can render: exact literals, and template literals with a key prefix. */
function keysIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(/(["'`])([a-z][\w-]*(?:\.[\w-]+)+)\1/g)) {
    if (m[2] && partOfKey.has(m[2])) keys.add(m[2]);
  }
  for (const m of text.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{[^}`]*\}([\w.-]*)`/g)) {
    const [prefix, suffix] = [m[1] ?? "", m[2] ?? ""];
    for (const key of partOfKey.keys()) {
      if (
        key.startsWith(prefix) &&
        key.endsWith(suffix) &&
        key.length > prefix.length + suffix.length
      )
        keys.add(key);
    }
  }
  return keys;
}

/** The names a module declares and exports itself (`export const x`, `export { y }`, …). */
function declaredNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(
    /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|enum)\s+(\w+)/gm,
  )) {
    if (m[1]) names.add(m[1]);
  }
  for (const m of text.matchAll(/^export\s+\{([^}]*)\}\s*;?\s*$/gm)) {
    for (const raw of (m[1] ?? "").split(",")) {
      const exported = raw
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (exported && !exported.startsWith("type ")) names.add(exported);
    }
  }
  return names;
}

/** The keys a module can render with everything it imports (only the names used of a barrel). */
function renderedKeys(entry: string): Set<string> {
  const keys = new Set<string>();
  const seen = new Map<string, Names>();
  const visit = (file: string, names: Names, viaStar = false) => {
    const before = seen.get(file);
    if (before === "*") return;
    if (before && names !== "*" && [...names].every((n) => before.has(n))) return;
    seen.set(file, names === "*" || !before ? names : new Set([...before, ...names]));
    if (file.endsWith("messages.ts") || /messages-[\w-]+\.ts$/.test(file)) return;
    // E-mail templates are written on the server from the whole catalogue (defineEmail), never
    // with the page's messages.
    if (file.includes(`${path.sep}emails${path.sep}`)) return;
    const module = parse(file);
    let bodyUsed = names === "*";
    const wanted = names === "*" ? null : new Set(names);
    for (const reExport of module.reExports) {
      const target = resolveModule(file, reExport.specifier);
      if (!target) continue;
      if (wanted === null) visit(target, reExport.names);
      else if (reExport.names === "*") visit(target, wanted, true);
      else {
        const picked = new Set<string>();
        for (const [exported, source] of reExport.alias) {
          if (wanted.has(exported)) {
            picked.add(source);
            wanted.delete(exported);
          }
        }
        if (picked.size > 0) visit(target, picked);
      }
    }
    // Names still wanted are the module's own when it was imported by name. Reached through a
    // barrel's `export *`, or itself re-exporting with `export *`, it may not hold them: then its
    // body counts only if it declares one of them.
    if (wanted && wanted.size > 0) {
      const starred = viaStar || module.reExports.some((reExport) => reExport.names === "*");
      const declared = declaredNames(module.text);
      bodyUsed = !starred || [...wanted].some((name) => declared.has(name));
    }
    if (!bodyUsed) return;
    for (const key of keysIn(module.text)) keys.add(key);
    for (const { specifier, names: imported } of module.imports) {
      const target = resolveModule(file, specifier);
      if (target) visit(target, imported);
    }
  };
  visit(entry, "*");
  return keys;
}

/** The parts a route module's loader sends: the literal list given to `pickMessages`. */
function sentParts(file: string): CataloguePart[] {
  const match = /pickMessages\(\s*[\w.]+\s*,\s*\[([^\]]*)\]/.exec(readFileSync(file, "utf8"));
  return [...(match?.[1] ?? "").matchAll(/["']([\w.]+)["']/g)].map((m) => m[1] as CataloguePart);
}

type Checked = { file: string; inherited: CataloguePart[] };
function flatten(entries: RouteConfigEntry[], inherited: CataloguePart[]): Checked[] {
  return entries.flatMap((entry) => {
    const file = path.join(appDir, entry.file);
    const own = [...inherited, ...sentParts(file)];
    return [{ file, inherited }, ...flatten(entry.children ?? [], own)];
  });
}

const rootFile = path.join(appDir, "root.tsx");
// Resource routes (no default export) render no page.
const checked = [{ file: rootFile, inherited: [] }, ...flatten(routes, sentParts(rootFile))].filter(
  (c) => /^export default /m.test(readFileSync(c.file, "utf8")),
);

describe("messages sent to each page", () => {
  it.each(checked.map((c) => [path.relative(appDir, c.file), c] as const))(
    "%s renders only keys its loaders send",
    (_name, { file, inherited }) => {
      const sent = new Set([...inherited, ...sentParts(file)]);
      const missing: Record<string, string[]> = {};
      for (const key of renderedKeys(file)) {
        const part = partOfKey.get(key) as CataloguePart;
        if (sent.has(part)) continue;
        missing[part] = [...(missing[part] ?? []), key];
      }
      expect(Object.keys(missing).sort(), JSON.stringify(missing).slice(0, 400)).toEqual([]);
    },
  );
});
