/**
 * The route manifest read as data: every leaf route of app/routes.ts (the feature lists it
 * spreads included) with its full path pattern and the chain of modules React Router runs for it
 * (parent layouts first), and the matcher that tells which leaf a URL reaches.
 */
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { matchRoutes, type RouteObject } from "react-router";
import manifest from "~/routes";

export type LeafRoute = {
  /** The full path pattern, "/" for the home page ("/espace/candidatures/:id"). */
  readonly pattern: string;
  /** The module files, from the outermost layout to the leaf (relative to app/). */
  readonly files: readonly string[];
};

function join(parent: string, path: string | undefined): string {
  if (!path) return parent;
  return parent === "/" ? `/${path}` : `${parent}/${path}`;
}

/** Every route without children, with its full pattern and module chain. */
export function leafRoutes(entries: readonly RouteConfigEntry[] = manifest): LeafRoute[] {
  const leaves: LeafRoute[] = [];
  const walk = (list: readonly RouteConfigEntry[], parent: string, files: readonly string[]) => {
    for (const entry of list) {
      const pattern = join(parent, entry.path);
      const chain = [...files, entry.file];
      if (entry.children && entry.children.length > 0) walk(entry.children, pattern, chain);
      else leaves.push({ pattern, files: chain });
    }
  };
  walk(entries, "/", []);
  return leaves;
}

function routeObjects(entries: readonly RouteConfigEntry[]): RouteObject[] {
  return entries.map((entry) =>
    entry.index
      ? { id: entry.id ?? entry.file, index: true, caseSensitive: entry.caseSensitive }
      : {
          id: entry.id ?? entry.file,
          path: entry.path,
          caseSensitive: entry.caseSensitive,
          children: entry.children ? routeObjects(entry.children) : undefined,
        },
  );
}

const objects = routeObjects(manifest);

/** The module files of the routes React Router matches for `pathname`, and their params. */
export function match(pathname: string): { files: string[]; params: Record<string, string> } {
  const matches = matchRoutes(objects, pathname) ?? [];
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(matches.at(-1)?.params ?? {})) {
    if (value !== undefined) params[name] = value;
  }
  return { files: matches.map((m) => m.route.id ?? ""), params };
}
