/** How a list of départements is written for visitors. */
import { departements, getDepartement } from "~/platform/geo";

/** True when the codes cover every département of France (mainland, Corsica and overseas). */
export function coversAllFrance(codes: readonly string[]): boolean {
  const set = new Set(codes);
  return departements.filter((d) => d.kind === "departement").every((d) => set.has(d.code));
}

/** "Bouches-du-Rhône (13)" for a code; the code alone when it is unknown. */
export function departementLabel(code: string): string {
  const departement = getDepartement(code);
  return departement ? `${departement.name} (${code})` : code;
}
