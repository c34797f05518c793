import type { Messages } from "~/platform/i18n/types";

/** French messages of the eligibility check (the source catalogue). */
export const fr = {
  "eligibility.criterion.ess.label": "Économie sociale et solidaire",
  "eligibility.criterion.age.label": "Ancienneté de la structure",
  "eligibility.criterion.axes.label": "Axes prioritaires",
  "eligibility.criterion.territory.label": "Territoire",

  "eligibility.criterion.ess.metByLegalForm":
    "Votre forme juridique fait partie de l'économie sociale et solidaire (ESS).",
  "eligibility.criterion.ess.metByEsus":
    "Votre entreprise a l'agrément ESUS : elle fait partie de l'économie sociale et solidaire.",
  "eligibility.criterion.ess.notMet":
    "Votre forme juridique ne fait pas partie de l'économie sociale et solidaire et votre entreprise n'a pas l'agrément ESUS.",
  "eligibility.criterion.ess.notMetEsusNotAccepted":
    "Ce programme est réservé aux associations, coopératives, mutuelles et fondations : l'agrément ESUS ne suffit pas.",
  "eligibility.criterion.ess.checkEsus":
    "Votre forme juridique ne fait pas partie de l'ESS : votre structure peut candidater seulement si elle a l'agrément ESUS, nous le vérifierons.",
  "eligibility.criterion.ess.unknownLegalForm":
    "Nous ne connaissons pas votre forme juridique : nous vérifierons que votre structure fait partie de l'ESS.",

  "eligibility.criterion.age.met": "Votre structure existe depuis au moins {years} ans.",
  "eligibility.criterion.age.notMet":
    "Votre structure doit exister depuis au moins {years} ans : ce sera le cas le {eligibleFrom}.",
  "eligibility.criterion.age.unknown":
    "Nous ne connaissons pas la date de création de votre structure : nous vérifierons qu'elle existe depuis au moins {years} ans.",
  "eligibility.criterion.age.future":
    "La date de création indiquée est dans le futur : nous la vérifierons avec vous.",

  "eligibility.criterion.axes.met":
    "Vos actions entrent dans les axes prioritaires du programme : {axes}.",
  "eligibility.criterion.axes.notMet":
    "Vos actions ne concernent pas les axes prioritaires du programme : {axes}.",
  "eligibility.criterion.axes.unknown":
    "Nous vérifierons avec vous si vos actions concernent les axes prioritaires du programme : {axes}.",

  "eligibility.criterion.territory.met": "Le programme couvre votre département : {departement}.",
  "eligibility.criterion.territory.notMet":
    "Le programme ne couvre pas votre département : {departement}.",
  "eligibility.criterion.territory.unknown":
    "Nous ne connaissons pas votre département : nous vérifierons que le programme le couvre.",

  "eligibility.nextStep.apply":
    "Votre structure remplit tous les critères : vous pouvez déposer votre candidature, à tout moment de l'année.",
  "eligibility.nextStep.applyAndCheck":
    "Certains points restent à vérifier : vous pouvez déposer votre candidature, notre équipe les vérifiera avec vous.",
  "eligibility.nextStep.applyLater":
    "Votre structure pourra déposer sa candidature à partir du {eligibleFrom}. D'ici là, un point d'appui près de chez vous peut vous aider à préparer votre projet numérique.",
  "eligibility.nextStep.getHelpElsewhere":
    "Votre structure ne peut pas bénéficier de ce programme. Pour être aidée dans votre projet numérique, contactez un point d'appui au numérique associatif près de chez vous, ou consultez le site associations.gouv.fr.",

  "eligibility.result.eligible": "Votre structure est éligible.",
  "eligibility.result.notEligible": "Votre structure n'est pas éligible.",
  "eligibility.result.toCheck": "Votre structure semble éligible, sous réserve de vérification.",
  "eligibility.met.true": "Critère rempli",
  "eligibility.met.false": "Critère non rempli",
  "eligibility.met.null": "À vérifier",

  "eligibility.axis.other": "Autre domaine",

  "eligibility.legalForm.association": "Association loi 1901",
  "eligibility.legalForm.association_local": "Association de droit local (Alsace-Moselle)",
  "eligibility.legalForm.scop": "Coopérative : SCOP",
  "eligibility.legalForm.scic": "Coopérative : SCIC",
  "eligibility.legalForm.cooperative_other": "Autre coopérative",
  "eligibility.legalForm.mutual": "Mutuelle",
  "eligibility.legalForm.foundation": "Fondation",
  "eligibility.legalForm.company_esus": "Entreprise commerciale avec l'agrément ESUS",
  "eligibility.legalForm.company_not_esus": "Entreprise commerciale sans l'agrément ESUS",
  "eligibility.legalForm.other": "Autre forme juridique",
  "eligibility.legalForm.unknown": "Je ne sais pas",

  "eligibility.error.body": "La demande doit être un objet JSON.",
  "eligibility.error.required": "Ce champ est obligatoire.",
  "eligibility.error.unknownField": "Ce champ n'est pas attendu.",
  "eligibility.error.programme":
    "Indiquez l'identifiant du programme (lettres minuscules, chiffres, tirets).",
  "eligibility.error.legalForm":
    "Indiquez la catégorie juridique INSEE en 4 chiffres, ou null si vous ne la connaissez pas.",
  "eligibility.error.esus": "Indiquez true ou false pour l'agrément ESUS.",
  "eligibility.error.creationDate": "Indiquez une date de création réelle, au format AAAA-MM-JJ.",
  "eligibility.error.axes":
    'Indiquez une liste de codes d\'axes en lettres minuscules, par exemple ["housing"].',
  "eligibility.error.unknownAxes": "Choisissez des axes parmi ceux du programme : {axes}.",
  "eligibility.error.unknownProgramme": "Ce programme n'existe pas.",
  "eligibility.error.departement":
    "Indiquez un code de département : 01 à 95, 2A, 2B ou 971 à 976.",
  "eligibility.error.onDate": "Indiquez une date réelle, au format AAAA-MM-JJ.",

  "eligibility.form.error.legalForm":
    "Choisissez la forme juridique de votre structure, ou « Je ne sais pas ».",
  "eligibility.form.error.creationDate":
    "Indiquez une date réelle, par exemple 14/05/2019, ou laissez le champ vide.",
  "eligibility.form.error.axes": "Choisissez des domaines dans la liste.",
  "eligibility.form.error.departementRequired":
    "Indiquez le département ou le code postal de votre structure.",
  "eligibility.form.error.departement":
    "Indiquez un département (par exemple 13, 2A ou 974) ou un code postal à 5 chiffres.",

  "eligibility.prefill.siret": "Numéro SIRET (facultatif)",
  "eligibility.prefill.siretHint":
    "14 chiffres. Il figure sur l'avis de situation Insee de votre structure et sur annuaire-entreprises.data.gouv.fr. Avec lui, nous préremplissons le formulaire à partir des informations publiques de votre structure.",
  "eligibility.prefill.submit": "Préremplir avec mon SIRET",
  "eligibility.prefill.siretRequired":
    "Indiquez le numéro SIRET de votre structure (14 chiffres) pour préremplir le formulaire.",
  "eligibility.prefill.siretLooksLikeRna":
    "Ce numéro commence par W : c'est un numéro RNA, pas un numéro SIRET. Le numéro SIRET comporte 14 chiffres ; vous le trouverez sur annuaire-entreprises.data.gouv.fr.",
  "eligibility.prefill.found":
    "Nous avons prérempli le formulaire avec les informations publiques de {name} : vérifiez-les.",
  "eligibility.prefill.legalFormAsked":
    "D'après le répertoire, votre structure est une entreprise commerciale : le répertoire ne dit pas si elle a l'agrément ESUS, choisissez vous-même sa forme juridique.",
  "eligibility.prefill.closed":
    "Attention : d'après le répertoire, cette structure a cessé son activité.",
  "eligibility.prefill.empty":
    "Nous n'avons trouvé aucune structure avec ce numéro SIRET dans le répertoire public des entreprises. Vérifiez le numéro, ou remplissez le formulaire vous-même.",
  "eligibility.prefill.unavailableNext":
    "Nous n'avons pas pu préremplir le formulaire : remplissez-le vous-même, c'est tout aussi valable. Vous pourrez réessayer dans quelques instants.",
} as const;

/** English messages of the eligibility check. */
export const en: Messages<typeof fr> = {
  "eligibility.criterion.ess.label": "Social and solidarity economy",
  "eligibility.criterion.age.label": "Age of the organisation",
  "eligibility.criterion.axes.label": "Priority axes",
  "eligibility.criterion.territory.label": "Territory",

  "eligibility.criterion.ess.metByLegalForm":
    "Your legal form belongs to the social and solidarity economy (ESS).",
  "eligibility.criterion.ess.metByEsus":
    "Your company holds the ESUS approval: it belongs to the social and solidarity economy.",
  "eligibility.criterion.ess.notMet":
    "Your legal form is not part of the social and solidarity economy and your company does not hold the ESUS approval.",
  "eligibility.criterion.ess.notMetEsusNotAccepted":
    "This programme is for associations, cooperatives, mutuals and foundations only: the ESUS approval is not enough.",
  "eligibility.criterion.ess.checkEsus":
    "Your legal form is not part of the ESS: your organisation may apply only if it holds the ESUS approval, which we will check.",
  "eligibility.criterion.ess.unknownLegalForm":
    "We do not know your legal form: we will check that your organisation belongs to the ESS.",

  "eligibility.criterion.age.met": "Your organisation has existed for at least {years} years.",
  "eligibility.criterion.age.notMet":
    "Your organisation must have existed for at least {years} years: it will on {eligibleFrom}.",
  "eligibility.criterion.age.unknown":
    "We do not know when your organisation was created: we will check that it has existed for at least {years} years.",
  "eligibility.criterion.age.future":
    "The creation date given is in the future: we will check it with you.",

  "eligibility.criterion.axes.met": "Your work falls within the programme's priority axes: {axes}.",
  "eligibility.criterion.axes.notMet":
    "Your work does not concern the programme's priority axes: {axes}.",
  "eligibility.criterion.axes.unknown":
    "We will check with you whether your work concerns the programme's priority axes: {axes}.",

  "eligibility.criterion.territory.met": "The programme covers your département: {departement}.",
  "eligibility.criterion.territory.notMet":
    "The programme does not cover your département: {departement}.",
  "eligibility.criterion.territory.unknown":
    "We do not know your département: we will check that the programme covers it.",

  "eligibility.nextStep.apply":
    "Your organisation meets every criterion: you can apply, at any time of the year.",
  "eligibility.nextStep.applyAndCheck":
    "Some points remain to be checked: you can apply, and our team will check them with you.",
  "eligibility.nextStep.applyLater":
    "Your organisation can apply from {eligibleFrom}. Until then, a support point near you can help you prepare your digital project.",
  "eligibility.nextStep.getHelpElsewhere":
    "Your organisation cannot benefit from this programme. For help with your digital project, contact a local support point for associations' digital needs, or visit associations.gouv.fr.",

  "eligibility.result.eligible": "Your organisation is eligible.",
  "eligibility.result.notEligible": "Your organisation is not eligible.",
  "eligibility.result.toCheck": "Your organisation seems eligible, subject to checks.",
  "eligibility.met.true": "Criterion met",
  "eligibility.met.false": "Criterion not met",
  "eligibility.met.null": "To be checked",

  "eligibility.axis.other": "Another field",

  "eligibility.legalForm.association": "Association (law of 1901)",
  "eligibility.legalForm.association_local": "Association under local law (Alsace-Moselle)",
  "eligibility.legalForm.scop": "Cooperative: SCOP (worker cooperative)",
  "eligibility.legalForm.scic": "Cooperative: SCIC (multi-stakeholder cooperative)",
  "eligibility.legalForm.cooperative_other": "Other cooperative",
  "eligibility.legalForm.mutual": "Mutual",
  "eligibility.legalForm.foundation": "Foundation",
  "eligibility.legalForm.company_esus": "Company with the ESUS approval",
  "eligibility.legalForm.company_not_esus": "Company without the ESUS approval",
  "eligibility.legalForm.other": "Other legal form",
  "eligibility.legalForm.unknown": "I don't know",

  "eligibility.error.body": "The request must be a JSON object.",
  "eligibility.error.required": "This field is required.",
  "eligibility.error.unknownField": "This field is not expected.",
  "eligibility.error.programme":
    "Give the programme identifier (lowercase letters, digits, hyphens).",
  "eligibility.error.legalForm":
    "Give the 4-digit INSEE legal category, or null if you do not know it.",
  "eligibility.error.esus": "Give true or false for the ESUS approval.",
  "eligibility.error.creationDate": "Give a real creation date, formatted YYYY-MM-DD.",
  "eligibility.error.axes": 'Give a list of lowercase axis codes, for example ["housing"].',
  "eligibility.error.unknownAxes": "Choose axes among the programme's: {axes}.",
  "eligibility.error.unknownProgramme": "This programme does not exist.",
  "eligibility.error.departement": "Give a département code: 01 to 95, 2A, 2B or 971 to 976.",
  "eligibility.error.onDate": "Give a real date, formatted YYYY-MM-DD.",

  "eligibility.form.error.legalForm": "Choose your organisation's legal form, or \"I don't know\".",
  "eligibility.form.error.creationDate":
    "Give a real date, for example 14/05/2019, or leave the field empty.",
  "eligibility.form.error.axes": "Choose fields from the list.",
  "eligibility.form.error.departementRequired": "Give your organisation's département or postcode.",
  "eligibility.form.error.departement":
    "Give a département (for example 13, 2A or 974) or a 5-digit postcode.",

  "eligibility.prefill.siret": "SIRET number (optional)",
  "eligibility.prefill.siretHint":
    "14 digits. It is on your organisation's INSEE registration notice and on annuaire-entreprises.data.gouv.fr. With it, we prefill the form from your organisation's public information.",
  "eligibility.prefill.submit": "Prefill with my SIRET",
  "eligibility.prefill.siretRequired":
    "Enter your organisation's SIRET number (14 digits) to prefill the form.",
  "eligibility.prefill.siretLooksLikeRna":
    "This number starts with W: it is an RNA number, not a SIRET number. The SIRET number has 14 digits; you will find it on annuaire-entreprises.data.gouv.fr.",
  "eligibility.prefill.found":
    "We prefilled the form with the public information of {name}: please check it.",
  "eligibility.prefill.legalFormAsked":
    "According to the register, your organisation is a commercial company: the register does not say whether it holds the ESUS approval, so choose its legal form yourself.",
  "eligibility.prefill.closed":
    "Warning: according to the register, this organisation has ceased trading.",
  "eligibility.prefill.empty":
    "We found no organisation with this SIRET number in the public company register. Check the number, or fill in the form yourself.",
  "eligibility.prefill.unavailableNext":
    "We could not prefill the form: fill it in yourself, it is just as valid. You can try again in a few moments.",
};

/** A key of the eligibility catalogue. */
export type EligibilityMessageKey = keyof typeof fr;

/** A key of a criterion's outcome sentence (not its label). */
export type CriterionMessageKey = Exclude<
  Extract<EligibilityMessageKey, `eligibility.criterion.${string}`>,
  `eligibility.criterion.${string}.label`
>;

/** A key of a next-step advice text. */
export type NextStepMessageKey = Extract<EligibilityMessageKey, `eligibility.nextStep.${string}`>;

/** A key of a validation error message. */
export type EligibilityErrorKey = Extract<EligibilityMessageKey, `eligibility.error.${string}`>;
