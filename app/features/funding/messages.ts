import type { Messages } from "~/platform/i18n/types";

/** French messages of the funding simulator (the source catalogue). */
export const fr = {
  "funding.level.diagnostic": "Diagnostic numérique",
  "funding.level.scoping": "Cadrage",
  "funding.level.production": "Production",
  "funding.simulator.programmeShare": "Part payée par le programme",
  "funding.simulator.remaining": "Reste à charge pour votre structure",
  "funding.simulator.notice":
    "Simulation indicative : le taux est fixé par le comité de sélection dans cette fourchette.",

  "funding.error.body": "La demande doit être un objet JSON.",
  "funding.error.required": "Ce champ est obligatoire.",
  "funding.error.unknownField": "Ce champ n'est pas attendu.",
  "funding.error.programme":
    "Indiquez l'identifiant du programme (lettres minuscules, chiffres, tirets).",
  "funding.error.level": "Choisissez un échelon : diagnostic, scoping ou production.",
  "funding.error.totalCostCents":
    "Indiquez le coût total en centimes d'euro : un nombre entier positif ou nul.",
  "funding.error.totalCostTooLarge": "Le coût total ne peut pas dépasser 1 milliard d'euros.",
  "funding.error.ratePercent": "Indiquez le taux en pourcentage entier, de 0 à 100.",
  "funding.error.rateOutOfBounds":
    "Pour cet échelon, le taux doit être compris entre {min}\u00a0% et {max}\u00a0%.",
  "funding.error.levelNotOffered": "Ce programme ne propose pas cet échelon.",
  "funding.error.unknownProgramme": "Ce programme n'existe pas.",
  "funding.form.error.level": "Choisissez un échelon.",
  "funding.form.error.totalCostRequired": "Indiquez le coût total du projet.",
  "funding.form.error.totalCost":
    "Indiquez le coût total en euros, avec au plus deux chiffres après la virgule, par exemple 10 000 ou 2 500,50.",
  "funding.form.error.rate": "Indiquez le taux en pourcentage entier, de 0 à 100, par exemple 60.",
} as const;

/** English messages of the funding simulator. */
export const en: Messages<typeof fr> = {
  "funding.level.diagnostic": "Digital diagnostic",
  "funding.level.scoping": "Scoping",
  "funding.level.production": "Production",
  "funding.simulator.programmeShare": "Paid by the programme",
  "funding.simulator.remaining": "Remaining cost for your organisation",
  "funding.simulator.notice":
    "Indicative simulation: the selection committee sets the rate within this range.",

  "funding.error.body": "The request must be a JSON object.",
  "funding.error.required": "This field is required.",
  "funding.error.unknownField": "This field is not expected.",
  "funding.error.programme": "Give the programme identifier (lowercase letters, digits, hyphens).",
  "funding.error.level": "Choose a level: diagnostic, scoping or production.",
  "funding.error.totalCostCents":
    "Give the total cost in euro cents: a whole number, zero or more.",
  "funding.error.totalCostTooLarge": "The total cost cannot exceed one billion euros.",
  "funding.error.ratePercent": "Give the rate as a whole percentage, from 0 to 100.",
  "funding.error.rateOutOfBounds": "For this level, the rate must be between {min}% and {max}%.",
  "funding.error.levelNotOffered": "This programme does not offer this level.",
  "funding.error.unknownProgramme": "This programme does not exist.",
  "funding.form.error.level": "Choose a level.",
  "funding.form.error.totalCostRequired": "Give the total cost of the project.",
  "funding.form.error.totalCost":
    "Give the total cost in euros, with at most two decimals, for example 10000 or 2500.50.",
  "funding.form.error.rate": "Give the rate as a whole percentage, from 0 to 100, for example 60.",
};

/** A key of the funding catalogue. */
export type FundingMessageKey = keyof typeof fr;
