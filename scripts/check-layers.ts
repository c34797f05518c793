/**
 * Fails when the imports of app/ break the layer rules of docs/architecture.md: an import cycle,
 * platform or ui importing a feature or a composition file, or a feature reaching into another
 * feature's files instead of its index.ts / index.server.ts. Run by `npm run check:layers`.
 */

import { allowedImports } from "./layers/allowed";
import { readImportGraph } from "./layers/imports";
import { checkLayerRules } from "./layers/rules";

const root = process.cwd();
const { files, edges } = readImportGraph(root);
const violations = checkLayerRules(edges, allowedImports);
for (const allow of allowedImports) {
  if (!edges.some((edge) => edge.from === allow.from && edge.to === allow.to)) {
    console.warn(
      `Allowed import no longer exists, delete it from scripts/layers/allowed.ts: ${allow.from} -> ${allow.to}`,
    );
  }
}
if (violations.length > 0) {
  console.error(`Layer check failed: ${violations.length} violation(s).`);
  for (const violation of violations) console.error(`  [${violation.rule}] ${violation.message}`);
  console.error("See docs/architecture.md, Rules.");
  process.exitCode = 1;
} else {
  console.log(`Layers OK: ${files.length} files, ${edges.length} imports, no cycle, no breach.`);
}
