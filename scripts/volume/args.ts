/** Command-line arguments of the volume seed (and the benchmark's sizes), parsed without I/O. */
import type { VolumePlan } from "./generator";

export const DEFAULT_PLAN: VolumePlan = { organizations: 20_000, applications: 100_000, seed: 42 };

export type ParsedVolumeArgs =
  | { ok: true; plan: VolumePlan; batch: number; rest: string[] }
  | { ok: false; error: string };

const flags = ["organizations", "applications", "seed", "batch"] as const;

/** Reads `--organizations N --applications N --seed N --batch N` (also `--name=N`). */
export function parseVolumeArgs(argv: readonly string[]): ParsedVolumeArgs {
  const values: Record<string, number> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (!match || !name || !(flags as readonly string[]).includes(name)) {
      rest.push(arg);
      continue;
    }
    const raw = match[2] ?? argv[++i];
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < (name === "seed" ? 0 : 1)) {
      return { ok: false, error: `--${name} needs a whole number, got ${raw ?? "nothing"}` };
    }
    values[name] = value;
  }
  return {
    ok: true,
    plan: {
      organizations: values.organizations ?? DEFAULT_PLAN.organizations,
      applications: values.applications ?? DEFAULT_PLAN.applications,
      seed: values.seed ?? DEFAULT_PLAN.seed,
    },
    batch: values.batch ?? 1000,
    rest,
  };
}
