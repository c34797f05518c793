import type { Messages } from "../../platform/i18n/types";

/** French messages of the eligibility check (the source catalogue). */
export const fr = {
  "criterion.ess.label": "Économie sociale et solidaire",
  "criterion.age.label": "Ancienneté de la structure",
  "criterion.axes.label": "Axes prioritaires",
  "criterion.territory.label": "Territoire",

  "criterion.ess.metByLegalForm":
    "Votre forme juridique fait partie de l'économie sociale et solidaire (ESS).",
  "criterion.ess.metByEsus":
    "Votre entreprise a l'agrément ESUS : elle fait partie de l'économie sociale et solidaire.",
  "criterion.ess.notMet":
    "Votre forme juridique ne fait pas partie de l'économie sociale et solidaire et votre entreprise n'a pas l'agrément ESUS.",
  "criterion.ess.notMetEsusNotAccepted":
    "Ce programme est réservé aux associations, coopératives, mutuelles et fondations : l'agrément ESUS ne suffit pas.",
  "criterion.ess.checkEsus":
    "Votre forme juridique ne fait pas partie de l'ESS : votre structure peut candidater seulement si elle a l'agrément ESUS, nous le vérifierons.",
  "criterion.ess.unknownLegalForm":
    "Nous ne connaissons pas votre forme juridique : nous vérifierons que votre structure fait partie de l'ESS.",

  "criterion.age.met": "Votre structure existe depuis au moins {years} ans.",
  "criterion.age.notMet":
    "Votre structure doit exister depuis au moins {years} ans : ce sera le cas le {eligibleFrom}.",
  "criterion.age.unknown":
    "Nous ne connaissons pas la date de création de votre structure : nous vérifierons qu'elle existe depuis au moins {years} ans.",
  "criterion.age.future":
    "La date de création indiquée est dans le futur : nous la vérifierons avec vous.",

  "criterion.axes.met": "Vos actions entrent dans les axes prioritaires du programme : {axes}.",
  "criterion.axes.notMet":
    "Vos actions ne concernent pas les axes prioritaires du programme : {axes}.",
  "criterion.axes.unknown":
    "Nous vérifierons avec vous si vos actions concernent les axes prioritaires du programme : {axes}.",

  "criterion.territory.met": "Le programme couvre votre département : {departement}.",
  "criterion.territory.notMet": "Le programme ne couvre pas votre département : {departement}.",
  "criterion.territory.unknown":
    "Nous ne connaissons pas votre département : nous vérifierons que le programme le couvre.",

  "nextStep.apply":
    "Votre structure remplit tous les critères : vous pouvez déposer votre candidature, à tout moment de l'année.",
  "nextStep.applyAndCheck":
    "Certains points restent à vérifier : vous pouvez déposer votre candidature, notre équipe les vérifiera avec vous.",
  "nextStep.applyLater":
    "Votre structure pourra déposer sa candidature à partir du {eligibleFrom}. D'ici là, un point d'appui près de chez vous peut vous aider à préparer votre projet numérique.",
  "nextStep.getHelpElsewhere":
    "Votre structure ne peut pas bénéficier de ce programme. Pour être aidée dans votre projet numérique, contactez un point d'appui au numérique associatif près de chez vous, ou consultez le site associations.gouv.fr.",

  "result.eligible": "Votre structure est éligible.",
  "result.notEligible": "Votre structure n'est pas éligible.",
  "result.toCheck": "Votre structure semble éligible, sous réserve de vérification.",
  "met.true": "Critère rempli",
  "met.false": "Critère non rempli",
  "met.null": "À vérifier",

  "axis.housing": "Logement, habitat",
  "axis.employment": "Retour à l'emploi des personnes les plus fragiles",
  "axis.health_prevention": "Prévention santé",
  "axis.caregivers": "Aide aux aidants",
  "axis.other": "Autre domaine",
  "axis.unknown": "Je ne sais pas",
  "axisInSentence.housing": "le logement",
  "axisInSentence.employment": "le retour à l'emploi des personnes les plus fragiles",
  "axisInSentence.health_prevention": "la prévention santé",
  "axisInSentence.caregivers": "l'aide aux aidants",
  "axisInSentence.other": "un autre domaine",

  "legalForm.association": "Association loi 1901",
  "legalForm.association_local": "Association de droit local (Alsace-Moselle)",
  "legalForm.scop": "Coopérative : SCOP",
  "legalForm.scic": "Coopérative : SCIC",
  "legalForm.cooperative_other": "Autre coopérative",
  "legalForm.mutual": "Mutuelle",
  "legalForm.foundation": "Fondation",
  "legalForm.company_esus": "Entreprise commerciale avec l'agrément ESUS",
  "legalForm.company_not_esus": "Entreprise commerciale sans l'agrément ESUS",
  "legalForm.other": "Autre forme juridique",
  "legalForm.unknown": "Je ne sais pas",

  "error.body": "La demande doit être un objet JSON.",
  "error.required": "Ce champ est obligatoire.",
  "error.unknownField": "Ce champ n'est pas attendu.",
  "error.programme": "Indiquez l'identifiant du programme (lettres minuscules, chiffres, tirets).",
  "error.legalForm":
    "Indiquez la catégorie juridique INSEE en 4 chiffres, ou null si vous ne la connaissez pas.",
  "error.esus": "Indiquez true ou false pour l'agrément ESUS.",
  "error.creationDate": "Indiquez une date de création réelle, au format AAAA-MM-JJ.",
  "error.axes":
    "Choisissez des axes dans la liste : housing, employment, health_prevention, caregivers, other.",
  "error.departement": "Indiquez un code de département : 01 à 95, 2A, 2B ou 971 à 976.",
  "error.onDate": "Indiquez une date réelle, au format AAAA-MM-JJ.",
} as const;

/** English messages of the eligibility check. */
export const en: Messages<typeof fr> = {
  "criterion.ess.label": "Social and solidarity economy",
  "criterion.age.label": "Age of the organisation",
  "criterion.axes.label": "Priority axes",
  "criterion.territory.label": "Territory",

  "criterion.ess.metByLegalForm":
    "Your legal form belongs to the social and solidarity economy (ESS).",
  "criterion.ess.metByEsus":
    "Your company holds the ESUS approval: it belongs to the social and solidarity economy.",
  "criterion.ess.notMet":
    "Your legal form is not part of the social and solidarity economy and your company does not hold the ESUS approval.",
  "criterion.ess.notMetEsusNotAccepted":
    "This programme is for associations, cooperatives, mutuals and foundations only: the ESUS approval is not enough.",
  "criterion.ess.checkEsus":
    "Your legal form is not part of the ESS: your organisation may apply only if it holds the ESUS approval, which we will check.",
  "criterion.ess.unknownLegalForm":
    "We do not know your legal form: we will check that your organisation belongs to the ESS.",

  "criterion.age.met": "Your organisation has existed for at least {years} years.",
  "criterion.age.notMet":
    "Your organisation must have existed for at least {years} years: it will on {eligibleFrom}.",
  "criterion.age.unknown":
    "We do not know when your organisation was created: we will check that it has existed for at least {years} years.",
  "criterion.age.future": "The creation date given is in the future: we will check it with you.",

  "criterion.axes.met": "Your work falls within the programme's priority axes: {axes}.",
  "criterion.axes.notMet": "Your work does not concern the programme's priority axes: {axes}.",
  "criterion.axes.unknown":
    "We will check with you whether your work concerns the programme's priority axes: {axes}.",

  "criterion.territory.met": "The programme covers your département: {departement}.",
  "criterion.territory.notMet": "The programme does not cover your département: {departement}.",
  "criterion.territory.unknown":
    "We do not know your département: we will check that the programme covers it.",

  "nextStep.apply":
    "Your organisation meets every criterion: you can apply, at any time of the year.",
  "nextStep.applyAndCheck":
    "Some points remain to be checked: you can apply, and our team will check them with you.",
  "nextStep.applyLater":
    "Your organisation can apply from {eligibleFrom}. Until then, a support point near you can help you prepare your digital project.",
  "nextStep.getHelpElsewhere":
    "Your organisation cannot benefit from this programme. For help with your digital project, contact a local support point for associations' digital needs, or visit associations.gouv.fr.",

  "result.eligible": "Your organisation is eligible.",
  "result.notEligible": "Your organisation is not eligible.",
  "result.toCheck": "Your organisation seems eligible, subject to checks.",
  "met.true": "Criterion met",
  "met.false": "Criterion not met",
  "met.null": "To be checked",

  "axis.housing": "Housing",
  "axis.employment": "Return to employment of the most vulnerable people",
  "axis.health_prevention": "Health prevention",
  "axis.caregivers": "Support for caregivers",
  "axis.other": "Another field",
  "axis.unknown": "I don't know",
  "axisInSentence.housing": "housing",
  "axisInSentence.employment": "return to employment of the most vulnerable people",
  "axisInSentence.health_prevention": "health prevention",
  "axisInSentence.caregivers": "support for caregivers",
  "axisInSentence.other": "another field",

  "legalForm.association": "Association (law of 1901)",
  "legalForm.association_local": "Association under local law (Alsace-Moselle)",
  "legalForm.scop": "Cooperative: SCOP (worker cooperative)",
  "legalForm.scic": "Cooperative: SCIC (multi-stakeholder cooperative)",
  "legalForm.cooperative_other": "Other cooperative",
  "legalForm.mutual": "Mutual",
  "legalForm.foundation": "Foundation",
  "legalForm.company_esus": "Company with the ESUS approval",
  "legalForm.company_not_esus": "Company without the ESUS approval",
  "legalForm.other": "Other legal form",
  "legalForm.unknown": "I don't know",

  "error.body": "The request must be a JSON object.",
  "error.required": "This field is required.",
  "error.unknownField": "This field is not expected.",
  "error.programme": "Give the programme identifier (lowercase letters, digits, hyphens).",
  "error.legalForm": "Give the 4-digit INSEE legal category, or null if you do not know it.",
  "error.esus": "Give true or false for the ESUS approval.",
  "error.creationDate": "Give a real creation date, formatted YYYY-MM-DD.",
  "error.axes":
    "Choose axes from the list: housing, employment, health_prevention, caregivers, other.",
  "error.departement": "Give a département code: 01 to 95, 2A, 2B or 971 to 976.",
  "error.onDate": "Give a real date, formatted YYYY-MM-DD.",
};

/** A key of the eligibility catalogue. */
export type EligibilityMessageKey = keyof typeof fr;

/** A key of a criterion's outcome sentence (not its label). */
export type CriterionMessageKey = Exclude<
  Extract<EligibilityMessageKey, `criterion.${string}`>,
  `criterion.${string}.label`
>;

/** A key of a next-step advice text. */
export type NextStepMessageKey = Extract<EligibilityMessageKey, `nextStep.${string}`>;

/** A key of a validation error message. */
export type EligibilityErrorKey = Extract<EligibilityMessageKey, `error.${string}`>;
