/**
 * A local stand-in for the State's company-search API (API Recherche d'entreprises), started by
 * tests on 127.0.0.1 so that nothing reaches the internet. It replays answers of the real shape
 * (fields and nesting as documented at recherche-entreprises.api.gouv.fr/docs) for fictitious
 * organisations, and the failure modes a query asks for:
 *   - a query containing "quota" -> 429, "panne" -> 500, "illisible" -> 200 with an HTML page,
 *   - "lenteur" -> the Belle de Mai answer after `slowDelayMs` (beyond the client's timeout),
 *   - a known SIRET or SIREN -> that organisation alone, a word of a known name -> the matches,
 *   - anything else -> an empty result.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Fixture = {
  siren: string;
  siret: string;
  name: string;
  legalForm: string;
  created: string;
  street: string;
  postcode: string;
  commune: string;
  communeCode: string;
  departement: string;
  region: string;
  ess: boolean;
  rna: string | null;
  closed?: boolean;
};

/**
 * Two years ago today (UTC; 28 February for a 29th): an association created then is always one
 * year short of the three years Digit'ESS asks, whatever the day the tests run.
 */
export function twoYearsAgo(now = new Date()): string {
  const day = now.toISOString().slice(5, 10);
  return `${now.getUTCFullYear() - 2}-${day === "02-29" ? "02-28" : day}`;
}

/** The fictitious organisations the replay server knows (SIRENs and SIRETs pass Luhn). */
export const registryFixtures = {
  belleDeMai: {
    siren: "812345676",
    siret: "81234567600017",
    name: "LES JARDINS DE LA BELLE DE MAI",
    legalForm: "9220",
    created: "2016-04-12",
    street: "12 RUE D'ORAN",
    postcode: "13003",
    commune: "MARSEILLE",
    communeCode: "13203",
    departement: "13",
    region: "93",
    ess: true,
    rna: "W133012345",
  },
  paysDAix: {
    siren: "823456785",
    siret: "82345678500018",
    name: "JARDINS PARTAGES DU PAYS D'AIX",
    legalForm: "9220",
    created: "2017-09-01",
    street: "5 AVENUE DES BELGES",
    postcode: "13100",
    commune: "AIX-EN-PROVENCE",
    communeCode: "13001",
    departement: "13",
    region: "93",
    ess: true,
    rna: "W131004567",
  },
  jardinsCreoles: {
    siren: "798765434",
    siret: "79876543400013",
    name: "LES JARDINS CREOLES",
    legalForm: "9220",
    created: "2013-11-20",
    street: "8 RUE DE PARIS",
    postcode: "97400",
    commune: "SAINT-DENIS",
    communeCode: "97411",
    departement: "974",
    region: "04",
    ess: true,
    rna: "W9R2004567",
  },
  jardinerie: {
    siren: "834567125",
    siret: "83456712500010",
    name: "JARDINERIE DU SUD",
    legalForm: "5499",
    created: "2018-02-05",
    street: "ZONE ARTISANALE LES PALUDS",
    postcode: "13400",
    commune: "AUBAGNE",
    communeCode: "13005",
    departement: "13",
    region: "93",
    ess: false,
    rna: null,
    closed: true,
  },
  /** Registered by the diagnostic journey only (each e2e spec registers its own SIREN). */
  atelierPlaine: {
    siren: "901234567",
    siret: "90123456700013",
    name: "ATELIER NUMERIQUE DE LA PLAINE",
    legalForm: "9220",
    created: "2019-03-18",
    street: "3 PLACE JEAN JAURES",
    postcode: "13005",
    commune: "MARSEILLE",
    communeCode: "13205",
    departement: "13",
    region: "93",
    ess: true,
    rna: "W133019876",
  },
  toitPartage: {
    siren: "888123452",
    siret: "88812345200011",
    name: "LE TOIT PARTAGE",
    legalForm: "9220",
    created: "2015-06-15",
    street: "24 RUE DES PETITES MARIES",
    postcode: "13001",
    commune: "MARSEILLE",
    communeCode: "13201",
    departement: "13",
    region: "93",
    ess: true,
    rna: "W133000123",
  },
  /** An association too young to apply (issue 11): created two years before the test runs. */
  jeunePousse: {
    siren: "923456784",
    siret: "92345678400019",
    name: "LA JEUNE POUSSE",
    legalForm: "9220",
    created: twoYearsAgo(),
    street: "7 RUE DU BON PASTEUR",
    postcode: "13002",
    commune: "MARSEILLE",
    communeCode: "13202",
    departement: "13",
    region: "93",
    ess: true,
    rna: "W133024680",
  },
} as const satisfies Record<string, Fixture>;

const fixtures: readonly Fixture[] = Object.values(registryFixtures);

/** One establishment as the API nests it (siege and matching_etablissements). */
function establishment(f: Fixture) {
  return {
    activite_principale: f.legalForm.startsWith("92") ? "88.99B" : "47.76Z",
    adresse: `${f.street} ${f.postcode} ${f.commune}`,
    code_postal: f.postcode,
    commune: f.communeCode,
    complement_adresse: null,
    date_creation: f.created,
    date_debut_activite: f.created,
    departement: f.departement,
    epci: "200054807",
    est_siege: true,
    etat_administratif: f.closed ? "F" : "A",
    geo_id: null,
    indice_repetition: null,
    latitude: "43.3",
    libelle_commune: f.commune,
    libelle_voie: f.street.replace(/^\d+\s+\S+\s+/, ""),
    liste_enseignes: null,
    liste_finess: null,
    liste_id_bio: null,
    liste_idcc: null,
    liste_id_organisme_formation: null,
    liste_rge: null,
    liste_uai: null,
    longitude: "5.4",
    nom_commercial: null,
    numero_voie: /^\d+/.exec(f.street)?.[0] ?? null,
    region: f.region,
    siret: f.siret,
    tranche_effectif_salarie: null,
    type_voie: null,
  };
}

/** One result of /search, with the fields and nesting of the real API. */
function result(f: Fixture) {
  return {
    siren: f.siren,
    nom_complet: f.name,
    nom_raison_sociale: f.name,
    sigle: null,
    nombre_etablissements: 1,
    nombre_etablissements_ouverts: f.closed ? 0 : 1,
    siege: establishment(f),
    activite_principale: establishment(f).activite_principale,
    categorie_entreprise: "PME",
    annee_categorie_entreprise: "2022",
    date_creation: f.created,
    date_fermeture: f.closed ? "2023-12-31" : null,
    date_mise_a_jour: "2026-01-10T08:12:00",
    date_mise_a_jour_insee: "2026-01-09T21:04:11",
    date_mise_a_jour_rne: null,
    dirigeants: [],
    etat_administratif: f.closed ? "C" : "A",
    nature_juridique: f.legalForm,
    section_activite_principale: f.legalForm.startsWith("92") ? "Q" : "G",
    tranche_effectif_salarie: "01",
    annee_tranche_effectif_salarie: "2023",
    statut_diffusion: "O",
    matching_etablissements: [establishment(f)],
    finances: null,
    complements: {
      collectivite_territoriale: null,
      convention_collective_renseignee: false,
      liste_idcc: null,
      egapro_renseignee: false,
      est_achats_responsables: false,
      est_alim_confiance: false,
      est_association: f.rna !== null,
      est_bio: false,
      est_entrepreneur_individuel: false,
      est_entrepreneur_spectacle: false,
      est_ess: f.ess,
      est_finess: false,
      est_organisme_formation: false,
      est_patrimoine_vivant: false,
      est_qualiopi: false,
      est_rge: false,
      est_service_public: false,
      est_l100_3: false,
      est_siae: false,
      est_societe_mission: false,
      est_uai: false,
      identifiant_association: f.rna,
      statut_entrepreneur_spectacle: null,
      type_siae: null,
    },
  };
}

/** The body /search answers for these organisations (what the real API sends, page 1). */
export function replayPage(found: readonly Fixture[]) {
  return {
    results: found.map(result),
    total_results: found.length,
    page: 1,
    per_page: 10,
    total_pages: found.length === 0 ? 0 : 1,
  };
}

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** The organisations a query matches: by SIRET, SIREN, RNA number, or every word of the name. */
export function matchFixtures(query: string): Fixture[] {
  const compact = query.replace(/[\s.]/g, "").toUpperCase();
  const exact = fixtures.filter(
    (f) => f.siret === compact || f.siren === compact || f.rna === compact,
  );
  if (exact.length > 0) return exact;
  const words = normalize(query)
    .split(/[^A-Z0-9]+/)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  return fixtures.filter((f) => {
    const haystack = normalize(`${f.name} ${f.commune}`);
    return words.every((word) => haystack.includes(word));
  });
}

export type RegistryReplay = {
  url: string;
  port: number;
  /** The `q` of every request received, in order. */
  queries: string[];
  close(): Promise<void>;
};

/** Starts the replay server on 127.0.0.1 (`port` 0 picks a free one). */
export async function startRegistryReplay(
  options: { port?: number; slowDelayMs?: number } = {},
): Promise<RegistryReplay> {
  const slowDelayMs = options.slowDelayMs ?? 3500;
  const queries: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== "/search") return json(404, { erreur: "Route inconnue" });
    const q = url.searchParams.get("q") ?? "";
    queries.push(q);
    if (q.trim().length < 3) {
      return json(400, {
        erreur: "Veuillez indiquer au moins un paramètre de recherche, q doit faire 3 caractères",
      });
    }
    const lower = q.toLowerCase();
    if (lower.includes("quota")) {
      return json(429, { erreur: "Vous avez effectué trop de requêtes, veuillez réessayer." });
    }
    if (lower.includes("panne")) return json(500, { erreur: "Internal Server Error" });
    if (lower.includes("illisible")) {
      response.writeHead(200, { "content-type": "text/html" });
      return response.end("<html><body>Maintenance en cours</body></html>");
    }
    if (lower.includes("lenteur")) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) json(200, replayPage([registryFixtures.belleDeMai]));
      }, slowDelayMs);
      timers.add(timer);
      return;
    }
    json(200, replayPage(matchFixtures(q)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    queries,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
