/** How organisation identifiers are printed; dates go through `~/platform/format/dates`. */

/** Groups the digits of a SIRET as printed on documents: 732 829 320 00074. */
export function formatSiret(siret: string): string {
  return siret.length === 14
    ? `${siret.slice(0, 3)}\u00a0${siret.slice(3, 6)}\u00a0${siret.slice(6, 9)}\u00a0${siret.slice(9)}`
    : siret;
}
