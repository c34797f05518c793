/**
 * The list of common passwords shipped with the project (`common-passwords.txt`, its sources in
 * its header and in ADR 0011), read once on first use. Server only: the browser never loads it.
 */
import { readFileSync } from "node:fs";

let entries: ReadonlySet<string> | null = null;

function load(): ReadonlySet<string> {
  if (entries) return entries;
  const text = readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8");
  entries = new Set(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return entries;
}

/** True when `candidate` (folded, see `commonCandidates`) is on the list. */
export function isCommonPassword(candidate: string): boolean {
  return load().has(candidate);
}

/** How many entries the list holds (for its test). */
export function commonPasswordCount(): number {
  return load().size;
}
