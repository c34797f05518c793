import type { Messages } from "../../platform/i18n/types";

/** French messages of the funding simulator (the source catalogue). */
export const fr = {
  "level.diagnostic": "Diagnostic numérique",
  "level.scoping": "Cadrage",
  "level.production": "Production",
  "simulator.totalCost": "Coût total du projet",
  "simulator.rateRange": "Le programme prend en charge de {min} % à {max} % du coût.",
  "simulator.fixedRate": "Le programme prend en charge {rate} % du coût.",
  "simulator.programmeShare": "Part payée par le programme",
  "simulator.remaining": "Reste à charge pour votre structure",
  "simulator.atMinRate": "Au taux le plus bas ({rate} %)",
  "simulator.atMaxRate": "Au taux le plus haut ({rate} %)",
  "simulator.atRate": "Au taux de {rate} %",
  "simulator.notice":
    "Simulation indicative : le taux est fixé par le comité de sélection dans cette fourchette.",

  "error.body": "La demande doit être un objet JSON.",
  "error.required": "Ce champ est obligatoire.",
  "error.unknownField": "Ce champ n'est pas attendu.",
  "error.programme": "Indiquez l'identifiant du programme (lettres minuscules, chiffres, tirets).",
  "error.level": "Choisissez un échelon : diagnostic, scoping ou production.",
  "error.totalCostCents":
    "Indiquez le coût total en centimes d'euro : un nombre entier positif ou nul.",
  "error.totalCostTooLarge": "Le coût total ne peut pas dépasser 1 milliard d'euros.",
  "error.ratePercent": "Indiquez le taux en pourcentage entier, de 0 à 100.",
  "error.rateOutOfBounds": "Pour cet échelon, le taux doit être compris entre {min} % et {max} %.",
  "error.levelNotOffered": "Ce programme ne propose pas cet échelon.",
} as const;

/** English messages of the funding simulator. */
export const en: Messages<typeof fr> = {
  "level.diagnostic": "Digital diagnostic",
  "level.scoping": "Scoping",
  "level.production": "Production",
  "simulator.totalCost": "Total cost of the project",
  "simulator.rateRange": "The programme pays {min}% to {max}% of the cost.",
  "simulator.fixedRate": "The programme pays {rate}% of the cost.",
  "simulator.programmeShare": "Paid by the programme",
  "simulator.remaining": "Remaining cost for your organisation",
  "simulator.atMinRate": "At the lowest rate ({rate}%)",
  "simulator.atMaxRate": "At the highest rate ({rate}%)",
  "simulator.atRate": "At {rate}%",
  "simulator.notice":
    "Indicative simulation: the selection committee sets the rate within this range.",

  "error.body": "The request must be a JSON object.",
  "error.required": "This field is required.",
  "error.unknownField": "This field is not expected.",
  "error.programme": "Give the programme identifier (lowercase letters, digits, hyphens).",
  "error.level": "Choose a level: diagnostic, scoping or production.",
  "error.totalCostCents": "Give the total cost in euro cents: a whole number, zero or more.",
  "error.totalCostTooLarge": "The total cost cannot exceed one billion euros.",
  "error.ratePercent": "Give the rate as a whole percentage, from 0 to 100.",
  "error.rateOutOfBounds": "For this level, the rate must be between {min}% and {max}%.",
  "error.levelNotOffered": "This programme does not offer this level.",
};

/** A key of the funding catalogue. */
export type FundingMessageKey = keyof typeof fr;
