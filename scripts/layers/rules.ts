/**
 * The layer rules of docs/architecture.md, checked over the import graph (pure):
 *   1. no import cycle among run-time imports;
 *   2. `app/platform/**` and `app/ui/**` import no feature and no app-root composition file;
 *   3. a feature imports another feature only through its `index.ts` or `index.server.ts`.
 * Rules 2 and 3 count type-only imports too: a type still ties one layer to another.
 */
import type { ImportEdge } from "./imports";

/** One broken rule, with the files that break it. */
export interface Violation {
  readonly rule: "cycle" | "layer" | "feature";
  readonly message: string;
}

/** An import that breaks a rule on purpose, for now, with the reason. */
export interface AllowedImport {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/** The composition files at the app's root and the routes: above every feature. */
const compositionFiles = [
  /^app\/i18n\.tsx?$/,
  /^app\/services\.server\.tsx?$/,
  /^app\/jobs\.server\.tsx?$/,
  /^app\/openapi[^/]*\.tsx?$/,
  /^app\/routes\.tsx?$/,
  /^app\/root\.tsx?$/,
  /^app\/routes\//,
];

/** The feature a file belongs to, or null. */
export function featureOf(file: string): string | null {
  return /^app\/features\/([^/]+)\//.exec(file)?.[1] ?? null;
}

function isLowLayer(file: string): boolean {
  return file.startsWith("app/platform/") || file.startsWith("app/ui/");
}

function isAboveLowLayer(file: string): boolean {
  return featureOf(file) !== null || compositionFiles.some((pattern) => pattern.test(file));
}

function isFeatureEntry(file: string, feature: string): boolean {
  return /^index(\.server)?\.tsx?$/.test(file.slice(`app/features/${feature}/`.length));
}

/** The cycles of the run-time graph: each strongly connected component, and one closed path in it. */
export function findCycles(
  edges: readonly ImportEdge[],
): { readonly files: string[]; readonly path: string[] }[] {
  const next = new Map<string, string[]>();
  for (const { from, to, typeOnly } of edges) {
    if (typeOnly) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  // Tarjan's strongly connected components, iterative so deep graphs do not overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort();
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; child: number }[] = [{ node: start, child: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; child: number };
      const children = next.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++] as string;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(child) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        for (;;) {
          const member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
          if (member === frame.node) break;
        }
        const selfLoop = (next.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.map((files) => ({ files, path: closedPath(files, next) }));
}

/** One cycle through the component's first file, by breadth-first search inside it. */
function closedPath(component: string[], next: Map<string, string[]>): string[] {
  const inside = new Set(component);
  const start = component[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const child of next.get(node) ?? []) {
      if (!inside.has(child)) continue;
      if (child === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at) as string) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(child)) {
        previous.set(child, node);
        queue.push(child);
      }
    }
  }
  return [start, start];
}

/** Every violation of the three rules; `allowed` imports are skipped for rules 2 and 3. */
export function checkLayerRules(
  edges: readonly ImportEdge[],
  allowed: readonly AllowedImport[] = [],
): Violation[] {
  const violations: Violation[] = [];
  for (const cycle of findCycles(edges)) {
    violations.push({
      rule: "cycle",
      message: `import cycle among ${cycle.files.length} file(s) (${cycle.files.join(", ")}), for example ${cycle.path.join(" -> ")}`,
    });
  }
  const isAllowed = (edge: ImportEdge) =>
    allowed.some((allow) => allow.from === edge.from && allow.to === edge.to);
  for (const edge of edges) {
    if (isAllowed(edge)) continue;
    if (isLowLayer(edge.from) && isAboveLowLayer(edge.to)) {
      violations.push({
        rule: "layer",
        message: `${edge.from} imports ${edge.to}: platform and ui never import features, routes or the app's composition files`,
      });
    }
    const from = featureOf(edge.from);
    const to = featureOf(edge.to);
    if (from && to && from !== to && !isFeatureEntry(edge.to, to)) {
      violations.push({
        rule: "feature",
        message: `${edge.from} imports ${edge.to}: another feature is reached only through app/features/${to}/index.ts or index.server.ts`,
      });
    }
  }
  return violations;
}
