/**
 * French départements (Code officiel géographique), with their French name and région.
 *
 * The list holds the 101 départements (96 in metropolitan France, counting Corsica's 2A and 2B,
 * and the 5 overseas ones: 971-974, 976) plus Saint-Pierre-et-Miquelon (975). Saint-Pierre-et-
 * Miquelon is an overseas collectivity, not a département, but it keeps the code 975 and the
 * programmes' forms and API accept the range 971-976: it is kept here with `kind: "collectivity"`
 * and no région, so a programme may still leave it out of its territory.
 * Names are proper nouns: they are the same in every locale.
 */

const ARA = "Auvergne-Rhône-Alpes";
const BFC = "Bourgogne-Franche-Comté";
const BRE = "Bretagne";
const CVL = "Centre-Val de Loire";
const COR = "Corse";
const GES = "Grand Est";
const HDF = "Hauts-de-France";
const IDF = "Île-de-France";
const NOR = "Normandie";
const NAQ = "Nouvelle-Aquitaine";
const OCC = "Occitanie";
const PDL = "Pays de la Loire";
const PAC = "Provence-Alpes-Côte d'Azur";

/** Every département (and Saint-Pierre-et-Miquelon) as [code, name, région or null]. */
const rows = [
  ["01", "Ain", ARA],
  ["02", "Aisne", HDF],
  ["03", "Allier", ARA],
  ["04", "Alpes-de-Haute-Provence", PAC],
  ["05", "Hautes-Alpes", PAC],
  ["06", "Alpes-Maritimes", PAC],
  ["07", "Ardèche", ARA],
  ["08", "Ardennes", GES],
  ["09", "Ariège", OCC],
  ["10", "Aube", GES],
  ["11", "Aude", OCC],
  ["12", "Aveyron", OCC],
  ["13", "Bouches-du-Rhône", PAC],
  ["14", "Calvados", NOR],
  ["15", "Cantal", ARA],
  ["16", "Charente", NAQ],
  ["17", "Charente-Maritime", NAQ],
  ["18", "Cher", CVL],
  ["19", "Corrèze", NAQ],
  ["2A", "Corse-du-Sud", COR],
  ["2B", "Haute-Corse", COR],
  ["21", "Côte-d'Or", BFC],
  ["22", "Côtes-d'Armor", BRE],
  ["23", "Creuse", NAQ],
  ["24", "Dordogne", NAQ],
  ["25", "Doubs", BFC],
  ["26", "Drôme", ARA],
  ["27", "Eure", NOR],
  ["28", "Eure-et-Loir", CVL],
  ["29", "Finistère", BRE],
  ["30", "Gard", OCC],
  ["31", "Haute-Garonne", OCC],
  ["32", "Gers", OCC],
  ["33", "Gironde", NAQ],
  ["34", "Hérault", OCC],
  ["35", "Ille-et-Vilaine", BRE],
  ["36", "Indre", CVL],
  ["37", "Indre-et-Loire", CVL],
  ["38", "Isère", ARA],
  ["39", "Jura", BFC],
  ["40", "Landes", NAQ],
  ["41", "Loir-et-Cher", CVL],
  ["42", "Loire", ARA],
  ["43", "Haute-Loire", ARA],
  ["44", "Loire-Atlantique", PDL],
  ["45", "Loiret", CVL],
  ["46", "Lot", OCC],
  ["47", "Lot-et-Garonne", NAQ],
  ["48", "Lozère", OCC],
  ["49", "Maine-et-Loire", PDL],
  ["50", "Manche", NOR],
  ["51", "Marne", GES],
  ["52", "Haute-Marne", GES],
  ["53", "Mayenne", PDL],
  ["54", "Meurthe-et-Moselle", GES],
  ["55", "Meuse", GES],
  ["56", "Morbihan", BRE],
  ["57", "Moselle", GES],
  ["58", "Nièvre", BFC],
  ["59", "Nord", HDF],
  ["60", "Oise", HDF],
  ["61", "Orne", NOR],
  ["62", "Pas-de-Calais", HDF],
  ["63", "Puy-de-Dôme", ARA],
  ["64", "Pyrénées-Atlantiques", NAQ],
  ["65", "Hautes-Pyrénées", OCC],
  ["66", "Pyrénées-Orientales", OCC],
  ["67", "Bas-Rhin", GES],
  ["68", "Haut-Rhin", GES],
  ["69", "Rhône", ARA],
  ["70", "Haute-Saône", BFC],
  ["71", "Saône-et-Loire", BFC],
  ["72", "Sarthe", PDL],
  ["73", "Savoie", ARA],
  ["74", "Haute-Savoie", ARA],
  ["75", "Paris", IDF],
  ["76", "Seine-Maritime", NOR],
  ["77", "Seine-et-Marne", IDF],
  ["78", "Yvelines", IDF],
  ["79", "Deux-Sèvres", NAQ],
  ["80", "Somme", HDF],
  ["81", "Tarn", OCC],
  ["82", "Tarn-et-Garonne", OCC],
  ["83", "Var", PAC],
  ["84", "Vaucluse", PAC],
  ["85", "Vendée", PDL],
  ["86", "Vienne", NAQ],
  ["87", "Haute-Vienne", NAQ],
  ["88", "Vosges", GES],
  ["89", "Yonne", BFC],
  ["90", "Territoire de Belfort", BFC],
  ["91", "Essonne", IDF],
  ["92", "Hauts-de-Seine", IDF],
  ["93", "Seine-Saint-Denis", IDF],
  ["94", "Val-de-Marne", IDF],
  ["95", "Val-d'Oise", IDF],
  ["971", "Guadeloupe", "Guadeloupe"],
  ["972", "Martinique", "Martinique"],
  ["973", "Guyane", "Guyane"],
  ["974", "La Réunion", "La Réunion"],
  ["975", "Saint-Pierre-et-Miquelon", null],
  ["976", "Mayotte", "Mayotte"],
] as const;

/** A département code: "01"-"95" (with "2A" and "2B" instead of "20"), "971"-"976". */
export type DepartementCode = (typeof rows)[number][0];

/** One département: code, French name, région (null for Saint-Pierre-et-Miquelon). */
export interface Departement {
  readonly code: DepartementCode;
  readonly name: string;
  readonly region: string | null;
  /** "collectivity" only for Saint-Pierre-et-Miquelon (975). */
  readonly kind: "departement" | "collectivity";
  readonly overseas: boolean;
}

/** All départements in official order, then Saint-Pierre-et-Miquelon in its place (975). */
export const departements: readonly Departement[] = rows.map(([code, name, region]) => ({
  code,
  name,
  region,
  kind: code === "975" ? "collectivity" : "departement",
  overseas: code.length === 3,
}));

/** Every accepted code, in official order (102 codes: 101 départements and 975). */
export const departementCodes: readonly DepartementCode[] = departements.map((d) => d.code);

const byCode: ReadonlyMap<string, Departement> = new Map(departements.map((d) => [d.code, d]));

/** Tells whether a value is an accepted département code (exact spelling: "2A", "01", "974"). */
export function isDepartementCode(value: unknown): value is DepartementCode {
  return typeof value === "string" && byCode.has(value);
}

/** Returns the département with this code, or undefined for an unknown code. */
export function getDepartement(code: string): Departement | undefined {
  return byCode.get(code);
}

/** Tells whether a code is overseas (971 to 976); false for unknown codes. */
export function isOverseas(code: string): boolean {
  return byCode.get(code)?.overseas ?? false;
}
