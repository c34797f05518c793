/**
 * The Digit'ESS programme as domain.md describes it: the seed value of its configuration
 * (db/seed/programs.ts writes it once; administrators change it afterwards in the admin area).
 */
import { digitessAxes, digitessEligibilityRules } from "~/features/eligibility";
import type { SupportLevelId } from "~/features/funding";
import type { PortfolioTargets } from "./portfolio-targets";
import type { CommitteeCadence, ReviewCriterion } from "./types";

/** The seed shape of a programme: its configuration without database ids. */
export interface ProgrammeSeed {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly status: "open" | "closed";
  readonly startsOn: string;
  readonly endsOn: string;
  readonly targetSupportedCount: number;
  readonly acceptedLegalForms: readonly string[];
  readonly esusAccepted: boolean;
  readonly minimumAgeYears: number;
  readonly departements: readonly string[];
  readonly levels: readonly {
    readonly kind: SupportLevelId;
    readonly label: string;
    readonly description: string;
    readonly minRatePercent: number;
    readonly maxRatePercent: number;
    readonly costCeilingCents: number | null;
  }[];
  readonly axes: readonly { readonly code: string; readonly label: string }[];
  readonly antennas: readonly {
    readonly name: string;
    readonly city: string;
    readonly departements: readonly string[];
    readonly contactEmail: string;
    readonly contactPhone: string;
  }[];
  readonly envelopes: readonly {
    readonly funderName: string;
    readonly funderDescription: string;
    readonly amountCents: number;
  }[];
  readonly committeeCadence: CommitteeCadence;
  readonly reviewCriteria: readonly ReviewCriterion[];
  readonly portfolioTargets: PortfolioTargets;
}

/** Digit'ESS: three levels, four priority axes, all of France, nine antennas, two funders. */
export const digitessProgramme: ProgrammeSeed = {
  slug: "digitess",
  name: "Digit'ESS",
  description:
    "Digit'ESS accompagne les associations et les structures de l'économie sociale et solidaire dans leur transformation numérique : du diagnostic de maturité numérique jusqu'à la réalisation de votre site internet ou de votre outil. Le programme est financé par AG2R La Mondiale et mis en œuvre par Simplon.co, avec des antennes régionales partout en France, outre-mer compris.",
  status: "open",
  startsOn: "2025-01-01",
  endsOn: "2027-12-31",
  targetSupportedCount: 100,
  acceptedLegalForms: digitessEligibilityRules.acceptedLegalFormCodes,
  esusAccepted: digitessEligibilityRules.esusAcceptedForOtherCompanies,
  minimumAgeYears: digitessEligibilityRules.minimumAgeYears,
  departements: digitessEligibilityRules.departements,
  levels: [
    {
      kind: "diagnostic",
      label: "Diagnostic numérique",
      description:
        "Pour les structures qui n'ont pas encore de projet précis : un diagnostic complet de votre maturité numérique, réalisé avec vous, pour savoir par où commencer.",
      minRatePercent: 100,
      maxRatePercent: 100,
      costCeilingCents: null,
    },
    {
      kind: "scoping",
      label: "Cadrage",
      description:
        "Pour les structures qui ont des idées : préciser le besoin, écrire le cahier des charges, estimer le budget et choisir les bons outils.",
      minRatePercent: 55,
      maxRatePercent: 75,
      costCeilingCents: null,
    },
    {
      kind: "production",
      label: "Production",
      description:
        "Pour réaliser l'outil : site internet, logiciel, outil de gestion ou tout autre besoin numérique. Le programme paie une partie du coût total.",
      minRatePercent: 25,
      maxRatePercent: 50,
      costCeilingCents: null,
    },
  ],
  axes: digitessAxes,
  antennas: [
    {
      name: "Antenne Provence-Alpes-Côte d'Azur et Corse",
      city: "Marseille",
      departements: ["04", "05", "06", "13", "83", "84", "2A", "2B"],
      contactEmail: "marseille@digitess.example",
      contactPhone: "04 91 00 00 00",
    },
    {
      name: "Antenne Auvergne-Rhône-Alpes et Bourgogne-Franche-Comté",
      city: "Lyon",
      departements: [
        ...["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"],
        ...["21", "25", "39", "58", "70", "71", "89", "90"],
      ],
      contactEmail: "lyon@digitess.example",
      contactPhone: "04 72 00 00 00",
    },
    {
      name: "Antenne Hauts-de-France et Normandie",
      city: "Lille",
      departements: ["02", "59", "60", "62", "80", "14", "27", "50", "61", "76"],
      contactEmail: "lille@digitess.example",
      contactPhone: "03 20 00 00 00",
    },
    {
      name: "Antenne Grand Ouest",
      city: "Nantes",
      departements: [
        ...["44", "49", "53", "72", "85"],
        ...["22", "29", "35", "56"],
        ...["18", "28", "36", "37", "41", "45"],
      ],
      contactEmail: "nantes@digitess.example",
      contactPhone: "02 40 00 00 00",
    },
    {
      // The national team in Paris also follows Saint-Pierre-et-Miquelon (975) at a distance.
      name: "Antenne Île-de-France, Grand Est et équipe nationale",
      city: "Paris",
      departements: [
        ...["75", "77", "78", "91", "92", "93", "94", "95"],
        ...["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
        "975",
      ],
      contactEmail: "paris@digitess.example",
      contactPhone: "01 40 00 00 00",
    },
    {
      name: "Antenne Nouvelle-Aquitaine",
      city: "Bordeaux",
      departements: ["16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"],
      contactEmail: "bordeaux@digitess.example",
      contactPhone: "05 56 00 00 00",
    },
    {
      name: "Antenne Occitanie",
      city: "Toulouse",
      departements: ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"],
      contactEmail: "toulouse@digitess.example",
      contactPhone: "05 61 00 00 00",
    },
    {
      name: "Antenne La Réunion et Mayotte",
      city: "Saint-Denis (La Réunion)",
      departements: ["974", "976"],
      contactEmail: "reunion-mayotte@digitess.example",
      contactPhone: "02 62 00 00 00",
    },
    {
      name: "Antenne Antilles-Guyane",
      city: "Fort-de-France",
      departements: ["971", "972", "973"],
      contactEmail: "antilles-guyane@digitess.example",
      contactPhone: "05 96 00 00 00",
    },
  ],
  envelopes: [
    {
      funderName: "AG2R La Mondiale",
      funderDescription: "Groupe de protection sociale, financeur principal du programme.",
      amountCents: 120_000_000,
    },
    {
      funderName: "Fonds Solidarité Numérique",
      funderDescription: "Cofinanceur de démonstration : un fonds qui abonde le programme.",
      amountCents: 30_000_000,
    },
  ],
  committeeCadence: "monthly",
  // The four priority axes equally, and half of the support for the smallest structures (no
  // employee, or one or two), which the programme is first for.
  portfolioTargets: {
    basis: "count",
    thresholdPoints: 10,
    shares: {
      axis: { housing: 25, employment: 25, health_prevention: 25, caregivers: 25 },
      size: { none: 30, from_1_to_2: 20 },
    },
  },
  reviewCriteria: [
    {
      id: "priority_axes",
      label: "Lien avec les axes prioritaires",
      description: "Les actions de la structure concernent-elles les axes du programme ?",
      weight: 2,
    },
    {
      id: "digital_need",
      label: "Besoin numérique",
      description: "Le besoin est-il clair, et l'échelon demandé adapté à la maturité numérique ?",
      weight: 2,
    },
    {
      id: "expected_impact",
      label: "Impact attendu pour les bénéficiaires",
      description: "Mieux équipée, la structure passera-t-elle plus de temps avec ses publics ?",
      weight: 3,
    },
    {
      id: "capacity",
      label: "Capacité à mener le projet",
      description: "La structure a-t-elle le temps et les personnes pour suivre l'accompagnement ?",
      weight: 2,
    },
    {
      id: "budget",
      label: "Cohérence du budget",
      description: "Le coût et le reste à charge sont-ils réalistes pour la structure ?",
      weight: 1,
    },
  ],
};
