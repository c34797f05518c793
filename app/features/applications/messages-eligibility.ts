import type { Messages } from "~/platform/i18n/types";

// What a structure is told before it applies (issue 11): whether its data lets it apply to a
// programme, why not (the eligibility check's own sentences) and what it can do meanwhile.
export const fr = {
  "applications.eligibility.notYetTitle":
    "Votre structure ne peut pas encore candidater à {program}",
  "applications.eligibility.notEligibleTitle": "Votre structure ne peut pas candidater à {program}",
  "applications.eligibility.because": "D'après les informations de votre structure :",
  "applications.eligibility.becauseStep": "D'après les informations de cette étape :",
  "applications.eligibility.meanwhile": "Ce que vous pouvez faire dès maintenant :",
  "applications.eligibility.comeBack":
    "Revenez déposer votre candidature à partir du {date} : tout ce que vous avez enregistré sera conservé.",
  "applications.eligibility.diagnostic": "Faire le diagnostic numérique de votre structure",
  "applications.eligibility.diagnosticHint":
    " : il est gratuit, prend environ 10 minutes et vous aide à préparer votre projet.",
  "applications.eligibility.esus":
    "Si votre entreprise a l'agrément ESUS, indiquez-le dans le profil de votre structure : elle pourra alors candidater.",
  "applications.eligibility.fixProfile": "Corriger le profil de votre structure",
  "applications.eligibility.fixProfileHint": " si une de ces informations est fausse.",
  "applications.eligibility.fixStep":
    "Si une de ces informations est fausse, corrigez-la dans le formulaire ci-dessous puis enregistrez.",
  "applications.eligibility.toCheckTitle": "Points que l'équipe vérifiera pour {program}",
  "applications.eligibility.stepStopped":
    "Avec ces informations, votre structure ne peut pas candidater à ce programme : lisez l'explication en haut de la page.",
  "applications.start.ineligible":
    "Votre structure ne remplit pas les conditions de ce programme : aucune candidature n'a été créée. Cette page explique pourquoi et ce que vous pouvez faire.",
} as const;

export const en: Messages<typeof fr> = {
  "applications.eligibility.notYetTitle": "Your organisation cannot apply to {program} yet",
  "applications.eligibility.notEligibleTitle": "Your organisation cannot apply to {program}",
  "applications.eligibility.because": "According to your organisation's information:",
  "applications.eligibility.becauseStep": "According to the information of this step:",
  "applications.eligibility.meanwhile": "What you can do now:",
  "applications.eligibility.comeBack":
    "Come back and apply from {date}: everything you have saved will be kept.",
  "applications.eligibility.diagnostic": "Take your organisation's digital diagnostic",
  "applications.eligibility.diagnosticHint":
    ": it is free, takes about 10 minutes and helps you prepare your project.",
  "applications.eligibility.esus":
    "If your company holds the ESUS approval, say so in your organisation's profile: it will then be able to apply.",
  "applications.eligibility.fixProfile": "Correct your organisation's profile",
  "applications.eligibility.fixProfileHint": " if any of this information is wrong.",
  "applications.eligibility.fixStep":
    "If any of this information is wrong, correct it in the form below and save.",
  "applications.eligibility.toCheckTitle": "Points the team will check for {program}",
  "applications.eligibility.stepStopped":
    "With this information, your organisation cannot apply to this programme: read the explanation at the top of the page.",
  "applications.start.ineligible":
    "Your organisation does not meet this programme's conditions: no application was created. This page explains why and what you can do.",
};
