import type { Messages } from "../../platform/i18n/types";

// Amounts use non-breaking spaces (\u00a0) so "10 000 €" never breaks across lines on a phone.
export const fr = {
  "organizations.siren.required": "Indiquez le numéro SIREN.",
  "organizations.siren.characters": "Le numéro SIREN ne contient que des chiffres.",
  "organizations.siren.length": "Le numéro SIREN doit comporter 9 chiffres.",
  "organizations.siren.looksLikeSiret":
    "Vous avez saisi 14 chiffres : c'est un numéro SIRET. Le numéro SIREN correspond à ses 9 premiers chiffres.",
  "organizations.siren.checksum":
    "Ce numéro SIREN n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.",

  "organizations.siret.required": "Indiquez le numéro SIRET.",
  "organizations.siret.characters": "Le numéro SIRET ne contient que des chiffres.",
  "organizations.siret.length": "Le numéro SIRET doit comporter 14 chiffres.",
  "organizations.siret.looksLikeSiren":
    "Vous avez saisi 9 chiffres : c'est le numéro SIREN. Le numéro SIRET en comporte 14. Vous le trouverez sur annuaire-entreprises.data.gouv.fr.",
  "organizations.siret.looksLikeRna":
    "Ce numéro commence par W : c'est un numéro RNA. Saisissez-le dans le champ « Numéro RNA ».",
  "organizations.siret.checksum":
    "Ce numéro SIRET n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.",

  "organizations.rna.required": "Indiquez le numéro RNA.",
  "organizations.rna.format":
    "Le numéro RNA commence par la lettre W suivie de 9 chiffres ou lettres, par exemple W751234567.",

  "organizations.identifiers.missing":
    "Indiquez au moins un numéro : le SIRET ou, pour une association, le numéro RNA.",
  "organizations.name.required": "Indiquez le nom de votre structure.",
  "organizations.name.tooLong": "Le nom ne doit pas dépasser 200 caractères.",
  "organizations.legalForm.required": "Indiquez la forme juridique de votre structure.",
  "organizations.legalForm.format":
    "La forme juridique est un code de 4 chiffres, par exemple 9220 pour une association déclarée.",
  "organizations.creationDate.required": "Indiquez la date de création de votre structure.",
  "organizations.creationDate.invalid": "Cette date n'est pas valide.",
  "organizations.creationDate.future": "La date de création ne peut pas être dans le futur.",
  "organizations.creationDate.tooOld": "Vérifiez l'année de création : elle semble trop ancienne.",
  "organizations.postcode.required": "Indiquez le code postal.",
  "organizations.postcode.format": "Le code postal doit comporter 5 chiffres.",
  "organizations.website.invalid":
    "Cette adresse de site internet n'est pas valide. Exemple : www.mon-association.fr",
  "organizations.employees.required": "Indiquez le nombre de salariés (0 s'il n'y en a pas).",
  "organizations.employees.invalid": "Le nombre de salariés doit être un nombre entier : 0, 1, 2…",
  "organizations.volunteers.required": "Indiquez le nombre de bénévoles (0 s'il n'y en a pas).",
  "organizations.volunteers.invalid":
    "Le nombre de bénévoles doit être un nombre entier : 0, 1, 2…",
  "organizations.budgetBand.required": "Choisissez le budget annuel de votre structure.",

  "organizations.budgetBand.under_10k": "Moins de 10\u00a0000\u00a0€",
  "organizations.budgetBand.from_10k_to_50k": "De 10\u00a0000\u00a0€ à 50\u00a0000\u00a0€",
  "organizations.budgetBand.from_50k_to_200k": "De 50\u00a0000\u00a0€ à 200\u00a0000\u00a0€",
  "organizations.budgetBand.from_200k_to_500k": "De 200\u00a0000\u00a0€ à 500\u00a0000\u00a0€",
  "organizations.budgetBand.from_500k_to_1m": "De 500\u00a0000\u00a0€ à 1\u00a0million d'euros",
  "organizations.budgetBand.from_1m_to_5m": "De 1 à 5\u00a0millions d'euros",
  "organizations.budgetBand.over_5m": "Plus de 5\u00a0millions d'euros",
} as const;

export const en: Messages<typeof fr> = {
  "organizations.siren.required": "Enter the SIREN number.",
  "organizations.siren.characters": "The SIREN number contains digits only.",
  "organizations.siren.length": "The SIREN number must have 9 digits.",
  "organizations.siren.looksLikeSiret":
    "You entered 14 digits: this is a SIRET number. The SIREN number is its first 9 digits.",
  "organizations.siren.checksum": "This SIREN number is not valid: check for a typing mistake.",

  "organizations.siret.required": "Enter the SIRET number.",
  "organizations.siret.characters": "The SIRET number contains digits only.",
  "organizations.siret.length": "The SIRET number must have 14 digits.",
  "organizations.siret.looksLikeSiren":
    "You entered 9 digits: this is the SIREN number. The SIRET number has 14. You can find it on annuaire-entreprises.data.gouv.fr.",
  "organizations.siret.looksLikeRna":
    "This number starts with W: it is an RNA number. Enter it in the “RNA number” field.",
  "organizations.siret.checksum": "This SIRET number is not valid: check for a typing mistake.",

  "organizations.rna.required": "Enter the RNA number.",
  "organizations.rna.format":
    "The RNA number starts with the letter W followed by 9 digits or letters, for example W751234567.",

  "organizations.identifiers.missing":
    "Enter at least one number: the SIRET or, for an association, the RNA number.",
  "organizations.name.required": "Enter the name of your organisation.",
  "organizations.name.tooLong": "The name must not exceed 200 characters.",
  "organizations.legalForm.required": "Enter the legal form of your organisation.",
  "organizations.legalForm.format":
    "The legal form is a 4-digit code, for example 9220 for a declared association.",
  "organizations.creationDate.required": "Enter the creation date of your organisation.",
  "organizations.creationDate.invalid": "This date is not valid.",
  "organizations.creationDate.future": "The creation date cannot be in the future.",
  "organizations.creationDate.tooOld": "Check the year of creation: it looks too old.",
  "organizations.postcode.required": "Enter the postcode.",
  "organizations.postcode.format": "The postcode must have 5 digits.",
  "organizations.website.invalid":
    "This website address is not valid. Example: www.my-association.org",
  "organizations.employees.required": "Enter the number of employees (0 if there are none).",
  "organizations.employees.invalid": "The number of employees must be a whole number: 0, 1, 2…",
  "organizations.volunteers.required": "Enter the number of volunteers (0 if there are none).",
  "organizations.volunteers.invalid": "The number of volunteers must be a whole number: 0, 1, 2…",
  "organizations.budgetBand.required": "Choose the annual budget of your organisation.",

  "organizations.budgetBand.under_10k": "Less than €10,000",
  "organizations.budgetBand.from_10k_to_50k": "€10,000 to €50,000",
  "organizations.budgetBand.from_50k_to_200k": "€50,000 to €200,000",
  "organizations.budgetBand.from_200k_to_500k": "€200,000 to €500,000",
  "organizations.budgetBand.from_500k_to_1m": "€500,000 to €1 million",
  "organizations.budgetBand.from_1m_to_5m": "€1 million to €5 million",
  "organizations.budgetBand.over_5m": "More than €5 million",
};
