/**
 * The JavaScript a page makes the browser download: the files its server HTML references
 * (modulepreload links and the module scripts' imports), gzipped as the server sends them.
 * Used by scripts/bench.ts; see docs/decisions/0006-messages-per-page.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The distinct /assets/*.js URLs an HTML page references. */
export function referencedScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) {
    if (match[1]) urls.add(match[1]);
  }
  for (const script of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    // `import * as route0 from "…"` and `import("…")`, not the manifest's lists of chunks.
    const imports = /\bimport(?:\s[^;"']*?from\s*|\s*\(\s*)["'](\/[^"']+\.js)["']/g;
    for (const match of (script[1] ?? "").matchAll(imports)) {
      if (match[1]) urls.add(match[1]);
    }
  }
  return [...urls].sort();
}

/** Total gzipped bytes of the scripts an HTML page references, read from the built client. */
export function pageJsGzipBytes(html: string, clientDir = "build/client"): number {
  return referencedScripts(html).reduce(
    (total, url) => total + gzipSync(readFileSync(path.join(clientDir, url))).length,
    0,
  );
}
