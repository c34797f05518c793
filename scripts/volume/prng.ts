/**
 * Deterministic randomness for the volume seed: every row draws from its own generator, seeded
 * by (seed, table, index), so a row is the same whatever the batch size or the run, and ids are
 * stable (re-running inserts nothing new).
 */
import { createHash } from "node:crypto";

/** A 32-bit hash of the parts (FNV-1a), the seed of one row's generator. */
export function hashParts(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32) with the draws the generators need. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** One value by weight ([value, weight] pairs, weights > 0). */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [value, weight] of choices) {
      draw -= weight;
      if (draw < 0) return value;
    }
    const last = choices.at(-1);
    if (!last) throw new Error("weighted pick from an empty list");
    return last[0];
  }

  /** A subset of the items, each kept with probability p (at least `min` of them). */
  subset<T>(items: readonly T[], p: number, min = 0): T[] {
    const kept = items.filter(() => this.chance(p));
    for (const item of items) {
      if (kept.length >= min) break;
      if (!kept.includes(item)) kept.push(item);
    }
    return kept;
  }
}

/** The generator of row `index` of `table` for a run seeded with `seed`. */
export function rowRng(seed: number, table: string, index: number): Rng {
  return new Rng(hashParts(seed, table, index));
}

/** A stable UUID (version 4 layout) for row `index` of `table` under `seed`. */
export function stableUuid(seed: number, table: string, index: number): string {
  const hex = createHash("sha256").update(`volume:${seed}:${table}:${index}`).digest("hex");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
