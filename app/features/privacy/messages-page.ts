import type { Messages } from "~/platform/i18n/types";

// The public personal-data page (/donnees-personnelles): what is collected, why, for how long
// (the durations are the configured ones, passed as parameters), and the visitor's rights.
export const fr = {
  "privacy.page.title": "Données personnelles",
  "privacy.page.intro":
    "Cette page dit quelles données Digit'ESS collecte, pourquoi, et combien de temps elles sont gardées. Les durées ci-dessous sont celles appliquées par ce service.",
  "privacy.page.whatTitle": "Ce que nous collectons et pourquoi",
  "privacy.page.what.account":
    "Votre compte : nom, adresse électronique et mot de passe (chiffré), pour vous identifier et vous écrire au sujet de vos démarches.",
  "privacy.page.what.organization":
    "Votre structure : identité (SIREN, RNA), adresse, effectifs, budget et membres, pour vérifier son éligibilité et instruire ses candidatures.",
  "privacy.page.what.applications":
    "Les candidatures : réponses, montants, documents et échanges avec l'équipe, pour les instruire, décider en comité et suivre les fonds attribués.",
  "privacy.page.what.diagnostics":
    "Les diagnostics de maturité numérique : réponses et résultats, pour recommander un accompagnement adapté.",
  "privacy.page.what.technical":
    "Les connexions et le journal des actions : adresse IP et navigateur de chaque session, qui a fait quoi et quand, pour la sécurité du service et la traçabilité des décisions.",
  "privacy.page.basis":
    "Ces traitements sont nécessaires au programme d'accompagnement auquel votre structure candidate (mesures prises à votre demande) et à l'intérêt légitime de l'opérateur à contrôler l'usage des fonds. Vos données ne sont ni vendues ni cédées.",
  "privacy.page.howLongTitle": "Combien de temps nous les gardons",
  "privacy.page.howLong.account":
    "Votre compte : tant que vous le gardez. Vous pouvez le supprimer à tout moment.",
  "privacy.page.howLong.anonymousDiagnostic":
    "Un diagnostic fait sans compte ni structure : {duration} après votre dernière réponse.",
  "privacy.page.howLong.drafts":
    "Une candidature jamais envoyée : {duration} après sa dernière modification. Elle est alors supprimée avec ses documents.",
  "privacy.page.howLong.closedFiles":
    "Les documents d'une candidature refusée, déclarée non éligible ou retirée : {duration} après sa clôture. Le dossier (montants, décision) est conservé.",
  "privacy.page.howLong.submitted":
    "Les candidatures envoyées, avec leurs montants et leurs décisions : conservées pour le suivi des fonds attribués. Si vous supprimez votre compte, elles sont gardées sous le nom « Compte supprimé ».",
  "privacy.page.howLong.exports": "Les fichiers d'export de vos données : {duration}.",
  "privacy.page.howLong.audit": "Le journal des actions : {duration}.",
  "privacy.page.howLong.sessions": "Les sessions de connexion : jusqu'à leur expiration.",
  "privacy.page.rightsTitle": "Vos droits",
  "privacy.page.rights":
    "Vous pouvez accéder à vos données, les faire corriger, les télécharger et supprimer votre compte. Depuis votre compte, la page « Mes données personnelles » vous permet de télécharger toutes vos données dans un fichier ZIP et de supprimer votre compte. Pour corriger une information, modifiez-la dans votre espace ou écrivez à l'équipe du programme. Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr).",
  "privacy.page.accountLink": "Mes données personnelles : télécharger ou supprimer",
  "privacy.duration.day": "{count} jour",
  "privacy.duration.days": "{count} jours",
  "privacy.duration.month": "{count} mois",
  "privacy.duration.months": "{count} mois",
  "privacy.duration.year": "{count} an",
  "privacy.duration.years": "{count} ans",
} as const;

export const en: Messages<typeof fr> = {
  "privacy.page.title": "Personal data",
  "privacy.page.intro":
    "This page says what data Digit'ESS collects, why, and how long it is kept. The periods below are the ones this service applies.",
  "privacy.page.whatTitle": "What we collect and why",
  "privacy.page.what.account":
    "Your account: name, e-mail address and password (encrypted), to identify you and write to you about your steps.",
  "privacy.page.what.organization":
    "Your organisation: identity (SIREN, RNA), address, staff, budget and members, to check its eligibility and review its applications.",
  "privacy.page.what.applications":
    "Applications: answers, amounts, documents and messages with the team, to review them, decide in committee and follow the funds granted.",
  "privacy.page.what.diagnostics":
    "Digital-maturity diagnostics: answers and results, to recommend suitable support.",
  "privacy.page.what.technical":
    "Sessions and the log of actions: IP address and browser of each session, who did what and when, for the security of the service and the traceability of decisions.",
  "privacy.page.basis":
    "This processing is needed by the support programme your organisation applies to (steps taken at your request) and by the operator's legitimate interest in checking how funds are used. Your data is never sold or handed over.",
  "privacy.page.howLongTitle": "How long we keep it",
  "privacy.page.howLong.account":
    "Your account: as long as you keep it. You can delete it at any time.",
  "privacy.page.howLong.anonymousDiagnostic":
    "A diagnostic taken without an account or organisation: {duration} after your last answer.",
  "privacy.page.howLong.drafts":
    "An application never sent: {duration} after its last change. It is then deleted with its documents.",
  "privacy.page.howLong.closedFiles":
    "The documents of an application refused, declared ineligible or withdrawn: {duration} after it closed. The record (amounts, decision) is kept.",
  "privacy.page.howLong.submitted":
    "Applications sent, with their amounts and decisions: kept to follow the funds granted. If you delete your account, they are kept under the name “Compte supprimé”.",
  "privacy.page.howLong.exports": "Export files of your data: {duration}.",
  "privacy.page.howLong.audit": "The log of actions: {duration}.",
  "privacy.page.howLong.sessions": "Sessions: until they expire.",
  "privacy.page.rightsTitle": "Your rights",
  "privacy.page.rights":
    "You can access your data, have it corrected, download it and delete your account. From your account, the “My personal data” page lets you download all your data as a ZIP file and delete your account. To correct something, change it in your space or write to the programme team. You can also complain to the CNIL (cnil.fr), the French data protection authority.",
  "privacy.page.accountLink": "My personal data: download or delete",
  "privacy.duration.day": "{count} day",
  "privacy.duration.days": "{count} days",
  "privacy.duration.month": "{count} month",
  "privacy.duration.months": "{count} months",
  "privacy.duration.year": "{count} year",
  "privacy.duration.years": "{count} years",
};
