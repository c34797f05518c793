import type { Messages } from "~/platform/i18n/types";

// The application form: steps, fields, hints and errors. Short sentences, concrete examples.
export const fr = {
  "applications.form.title": "Candidature",
  "applications.form.titleFor": "Candidature au programme {program}",
  "applications.form.continue": "Continuer",
  "applications.form.previous": "Précédent",
  "applications.form.saveAndQuit": "Enregistrer et finir plus tard",
  "applications.form.savedOnContinue":
    "Vos réponses sont enregistrées à chaque clic sur « Continuer », « Précédent » ou « Enregistrer » : vous pouvez vous arrêter et reprendre plus tard.",

  "applications.step.1": "Votre structure",
  "applications.step.2": "Votre projet",
  "applications.step.3": "L'accompagnement demandé",
  "applications.step.4": "Les documents",
  "applications.step.5": "Les déclarations",
  "applications.step.6": "Vérifier et envoyer",
  "applications.step.counter": "Étape {step} sur {count}",
  "applications.step.navLabel": "Étapes de la candidature",
  "applications.step.current": "étape en cours",
  "applications.step.done": "étape complète",
  "applications.step.incomplete": "étape incomplète : {count} point(s) à compléter",
  "applications.step.todo": "étape à venir",

  "applications.autosave.pending": "Modifications en cours…",
  "applications.autosave.saving": "Enregistrement…",
  "applications.autosave.saved": "Enregistré à {time}",
  "applications.autosave.offline":
    "Pas de connexion : vos saisies sont gardées sur cet appareil et seront enregistrées dès le retour de la connexion.",
  "applications.autosave.expired":
    "Votre session a expiré : vos saisies sont gardées sur cet appareil.",
  "applications.autosave.signIn": "Reconnectez-vous pour les enregistrer",
  "applications.autosave.closed":
    "Cette candidature a déjà été envoyée : elle ne peut plus être modifiée.",

  "applications.organization.intro":
    "Vérifiez les informations de votre structure et corrigez-les si besoin. Elles sont reprises de sa fiche.",
  "applications.organization.identity": "Identité de la structure",
  "applications.organization.address": "Adresse",
  "applications.organization.contact": "Personne à contacter pour cette candidature",
  "applications.project.intro":
    "Décrivez votre projet avec vos mots : il n'y a pas de bonne ou de mauvaise réponse. Quelques phrases suffisent.",
  "applications.levels.intro":
    "Vous pouvez demander un ou plusieurs échelons d'accompagnement. Le diagnostic numérique aide les structures qui n'ont pas encore de projet précis.",
  "applications.levels.fixedRate": "Pris en charge à {rate}\u00a0% par le programme.",
  "applications.levels.rateRange":
    "Le programme prend en charge de {min}\u00a0% à {max}\u00a0% du coût.",
  "applications.levels.costsFor": "{level} : coût, devis et taux demandé",
  "applications.levels.onlyIfChosen": "À remplir seulement si vous demandez cet échelon.",
  "applications.levels.programmeShare": "Part payée par le programme",
  "applications.levels.remaining": "Reste à charge pour votre structure",
  "applications.levels.amountsPending":
    "La part du programme et votre reste à charge s'afficheront quand le coût et le taux seront remplis.",
  "applications.levels.serverDecides":
    "Ces montants sont calculés à titre indicatif ; ils sont recalculés à l'envoi et le taux définitif est fixé par le comité.",
  "applications.declarations.intro":
    "Dernière étape avant la vérification : ces déclarations engagent votre structure.",
  "applications.axis.other": "Autre domaine",

  "applications.field.choose": "Choisissez dans la liste",
  "applications.field.name": "Nom de la structure",
  "applications.field.legalForm": "Forme juridique",
  "applications.field.legalFormHint":
    "Elle figure dans vos statuts. Si vous ne savez pas, choisissez « Je ne sais pas » : nous vérifierons.",
  "applications.field.creationDate": "Date de création",
  "applications.field.creationDateHint":
    "Date de déclaration en préfecture ou d'immatriculation, par exemple 15/09/2015.",
  "applications.field.address": "Adresse",
  "applications.field.addressLine": "Numéro et rue",
  "applications.field.postcode": "Code postal",
  "applications.field.commune": "Commune",
  "applications.field.departement": "Département",
  "applications.field.website": "Site internet (facultatif)",
  "applications.field.employees": "Nombre de salariés",
  "applications.field.employeesHint": "Indiquez 0 si votre structure n'a pas de salarié.",
  "applications.field.volunteers": "Nombre de bénévoles actifs",
  "applications.field.contact": "Contact",
  "applications.field.contactName": "Nom et prénom",
  "applications.field.contactRole": "Fonction dans la structure",
  "applications.field.contactRoleHint": "Par exemple : présidente, trésorier, coordinatrice.",
  "applications.field.contactPhone": "Téléphone (facultatif)",
  "applications.field.situation": "Votre situation aujourd'hui",
  "applications.field.situationHint":
    "Comment utilisez-vous le numérique aujourd'hui (outils, site, messagerie) ? Qu'est-ce qui fonctionne, qu'est-ce qui bloque ?",
  "applications.field.needs": "Vos besoins",
  "applications.field.needsHint":
    "De quoi avez-vous besoin ? Par exemple : un site pour présenter vos activités, un outil pour suivre les adhésions.",
  "applications.field.goals": "Vos objectifs",
  "applications.field.goalsHint":
    "Qu'est-ce qui changera pour votre structure et pour les personnes que vous accompagnez ?",
  "applications.field.beneficiaries": "Les personnes que vous accompagnez",
  "applications.field.beneficiariesHint":
    "Qui sont-elles ? Par exemple : familles mal logées, personnes éloignées de l'emploi, aidants.",
  "applications.field.beneficiariesCount": "Nombre de personnes accompagnées par an",
  "applications.field.beneficiariesCountHint": "Une estimation suffit, par exemple 250.",
  "applications.field.axes": "Dans quels domaines agissez-vous ?",
  "applications.field.axesHint": "Cochez tous les domaines qui correspondent à vos actions.",
  "applications.field.levels": "Échelons demandés",
  "applications.field.totalCost": "Coût total estimé",
  "applications.field.totalCostHint": "En euros, toutes taxes comprises, par exemple 12 000.",
  "applications.field.totalCostCeilingHint":
    "En euros, toutes taxes comprises, par exemple 12 000. Au plus {ceiling}.",
  "applications.field.quotes": "Devis obtenus (facultatif)",
  "applications.field.quotesHint":
    "Prestataires consultés et montants. Vous pourrez joindre les devis à l'étape « Les documents ».",
  "applications.field.ratePercent": "Taux de prise en charge demandé",
  "applications.field.ratePercentHint":
    "Un pourcentage entier entre {min} et {max}, par exemple {max}.",
  "applications.field.swornStatement":
    "Je certifie sur l'honneur que les informations de cette candidature sont exactes et que je suis habilité·e à la présenter au nom de la structure.",
  "applications.field.swornStatementShort": "Déclaration sur l'honneur",
  "applications.field.dataConsent":
    "J'accepte que les données de cette candidature soient traitées pour l'examiner et suivre l'accompagnement.",
  "applications.field.dataConsentLink": "Comment nous utilisons vos données (nouvelle fenêtre)",
  "applications.field.dataConsentShort": "Accord sur les données personnelles",
  "applications.field.signatoryName": "Nom et prénom de la personne qui signe",
  "applications.field.signatoryRole": "Sa fonction",
  "applications.field.signatoryRoleHint": "Par exemple : présidente de l'association.",

  "applications.fieldName.name": "Nom de la structure",
  "applications.fieldName.legalForm": "Forme juridique",
  "applications.fieldName.creationDate": "Date de création",
  "applications.fieldName.addressLine": "Numéro et rue",
  "applications.fieldName.postcode": "Code postal",
  "applications.fieldName.commune": "Commune",
  "applications.fieldName.departement": "Département",
  "applications.fieldName.website": "Site internet",
  "applications.fieldName.employees": "Nombre de salariés",
  "applications.fieldName.volunteers": "Nombre de bénévoles",
  "applications.fieldName.contactName": "Contact",
  "applications.fieldName.contactRole": "Fonction du contact",
  "applications.fieldName.contactPhone": "Téléphone",
  "applications.fieldName.situation": "Situation",
  "applications.fieldName.needs": "Besoins",
  "applications.fieldName.goals": "Objectifs",
  "applications.fieldName.beneficiaries": "Personnes accompagnées",
  "applications.fieldName.beneficiariesCount": "Nombre de personnes accompagnées",
  "applications.fieldName.axes": "Domaines d'action",
  "applications.fieldName.levels": "Échelons demandés",
  "applications.fieldName.scopingTotalCost": "Cadrage, coût total",
  "applications.fieldName.scopingRatePercent": "Cadrage, taux demandé",
  "applications.fieldName.scopingQuotes": "Cadrage, devis",
  "applications.fieldName.productionTotalCost": "Production, coût total",
  "applications.fieldName.productionRatePercent": "Production, taux demandé",
  "applications.fieldName.productionQuotes": "Production, devis",
  "applications.fieldName.diagnosticTotalCost": "Diagnostic, coût total",
  "applications.fieldName.diagnosticRatePercent": "Diagnostic, taux demandé",
  "applications.fieldName.diagnosticQuotes": "Diagnostic, devis",
  "applications.fieldName.swornStatement": "Déclaration sur l'honneur",
  "applications.fieldName.dataConsent": "Accord sur les données personnelles",
  "applications.fieldName.signatoryName": "Signataire",
  "applications.fieldName.signatoryRole": "Fonction du signataire",

  "applications.legalForm.association": "Association loi 1901",
  "applications.legalForm.association_local": "Association de droit local (Alsace-Moselle)",
  "applications.legalForm.scop": "Coopérative : SCOP",
  "applications.legalForm.scic": "Coopérative : SCIC",
  "applications.legalForm.cooperative_other": "Autre coopérative",
  "applications.legalForm.mutual": "Mutuelle",
  "applications.legalForm.foundation": "Fondation",
  "applications.legalForm.company_esus": "Entreprise avec l'agrément ESUS",
  "applications.legalForm.company_not_esus": "Entreprise sans l'agrément ESUS",
  "applications.legalForm.other": "Autre forme juridique",
  "applications.legalForm.unknown": "Je ne sais pas",

  "applications.error.required": "Ce champ est obligatoire.",
  "applications.error.tooLong": "Ce texte est trop long : raccourcissez-le.",
  "applications.error.number": "Indiquez un nombre entier, par exemple 12.",
  "applications.error.date": "Indiquez une date valide, par exemple 15/09/2015.",
  "applications.error.legalForm": "Choisissez la forme juridique, ou « Je ne sais pas ».",
  "applications.error.postcode": "Le code postal doit comporter 5 chiffres, par exemple 13001.",
  "applications.error.departement": "Choisissez le département dans la liste.",
  "applications.error.phone":
    "Le numéro de téléphone n'est pas valide, par exemple 06 12 34 56 78.",
  "applications.error.axes": "Cochez au moins un domaine.",
  "applications.error.levels": "Choisissez au moins un échelon.",
  "applications.error.amount": "Indiquez un montant en euros, par exemple 12 000 ou 12 000,50.",
  "applications.error.amountTooLarge": "Ce montant est trop élevé : vérifiez-le.",
  "applications.error.costCeiling": "Ce montant dépasse le plafond de cet échelon.",
  "applications.error.rate": "Indiquez un taux compris dans la fourchette de l'échelon.",
  "applications.error.swornStatement": "Cochez la déclaration sur l'honneur pour continuer.",
  "applications.error.dataConsent": "Donnez votre accord sur les données pour continuer.",
  "applications.error.missingDocument.statutes": "Joignez les statuts de la structure.",
  "applications.error.missingDocument.accounts":
    "Joignez les derniers comptes annuels ou le budget.",
  "applications.error.missingDocument.specifications": "Joignez le cahier des charges.",
  "applications.error.missingDocument.quote": "Joignez un devis.",
  "applications.error.missingDocument.other": "Joignez le document.",

  "applications.attachmentKind.statutes": "Statuts",
  "applications.attachmentKind.accounts": "Derniers comptes annuels ou budget",
  "applications.attachmentKind.specifications": "Cahier des charges",
  "applications.attachmentKind.quote": "Devis",
  "applications.attachmentKind.other": "Autre document",
  "applications.attachmentKind.answer": "Document envoyé en réponse",
  "applications.attachmentHint.statutes": "Les statuts à jour, signés.",
  "applications.attachmentHint.accounts":
    "Les comptes du dernier exercice ; si vous n'en avez pas encore, le budget de l'année.",
  "applications.attachmentHint.specifications":
    "Pour la production : le cahier des charges de l'outil, s'il existe déjà.",
  "applications.attachmentHint.quote": "Les devis des prestataires que vous avez consultés.",
  "applications.attachmentHint.other": "Tout autre document utile à votre candidature.",
  "applications.attachments.intro":
    "Ajoutez vos documents un par un : choisissez le type de document, puis le fichier.",
  "applications.attachments.limits":
    "Formats acceptés : PDF, photo (JPEG, PNG, WebP, HEIC), Word, Excel, PowerPoint ou OpenDocument. 10 Mo au plus par fichier, 50 Mo pour toute la candidature.",
  "applications.attachments.checklist": "Documents à fournir",
  "applications.attachments.required": "(obligatoire)",
  "applications.attachments.optional": "(facultatif)",
  "applications.attachments.missing": "Pas encore fourni.",
  "applications.attachments.none": "Aucun fichier.",
  "applications.attachments.remove": "Supprimer",
  "applications.attachments.usage": "{count} fichier(s) joint(s) : {used} utilisés sur {max}.",
  "applications.attachments.addTitle": "Ajouter un document",
  "applications.attachments.kind": "Type de document",
  "applications.attachments.file": "Fichier",
  "applications.attachments.fileHint": "Un fichier de 10 Mo au plus.",
  "applications.attachments.add": "Ajouter ce document",
  "applications.attachments.uploading": "Envoi du fichier…",
  "applications.attachments.added": "Le fichier « {name} » a été ajouté.",
  "applications.upload.missing": "Choisissez un fichier à ajouter.",
  "applications.upload.empty": "Le fichier « {name} » est vide.",
  "applications.upload.file_too_large":
    "Le fichier « {name} » dépasse 10 Mo : réduisez sa taille ou envoyez-le en plusieurs parties.",
  "applications.upload.file_too_large_unnamed":
    "Le fichier choisi dépasse 10 Mo : réduisez sa taille ou envoyez-le en plusieurs parties.",
  "applications.upload.application_total_too_large":
    "Le fichier « {name} » ferait dépasser 50 Mo pour la candidature : supprimez un document ou réduisez la taille des fichiers.",
  "applications.upload.application_total_too_large_unnamed":
    "Ce fichier ferait dépasser 50 Mo pour la candidature : supprimez un document ou réduisez la taille des fichiers.",
  "applications.upload.smallerTip":
    "Pour alléger un document scanné : numérisez-le en noir et blanc, à 150 ppp (dpi), ou enregistrez le PDF en « taille réduite ». Pour une photo, choisissez une résolution plus basse dans les réglages du téléphone. Un long document peut aussi être envoyé en plusieurs fichiers.",
  "applications.upload.type":
    "Le fichier « {name} » n'est pas dans un format accepté (PDF, photo, Word, Excel, PowerPoint ou OpenDocument).",
  "applications.upload.rejected_by_scan":
    "Le fichier « {name} » a été refusé par l'analyse antivirus.",
  "applications.upload.kind": "Choisissez le type de document.",
  "applications.upload.not_draft":
    "Cette candidature a déjà été envoyée : ses documents ne peuvent plus être modifiés.",

  "applications.summary.intro":
    "Relisez votre candidature. Vous pouvez encore tout modifier ; une fois envoyée, elle ne pourra plus l'être.",
  "applications.summary.change": "Modifier",
  "applications.summary.empty": "Non renseigné",
  "applications.summary.problems": "Avant d'envoyer, {count} point(s) à compléter",
  "applications.summary.levelsIncomplete": "Cette étape n'est pas encore complète.",
  "applications.summary.noFiles": "Aucun document joint.",
  "applications.summary.accepted": "Oui",
  "applications.summary.eligibility": "Les conditions du programme",
  "applications.summary.eligibilityPending":
    "Complétez « Votre structure » et « Votre projet » pour voir si votre structure remplit les conditions.",
  "applications.summary.eligible":
    "D'après vos réponses, votre structure remplit les conditions du programme.",
  "applications.summary.toCheck":
    "Certaines conditions seront vérifiées par l'équipe. Vous pouvez envoyer votre candidature : l'équipe regardera ces points en premier.",
  "applications.summary.ineligible":
    "D'après vos réponses, votre structure ne remplit pas toutes les conditions du programme. Si une réponse est erronée, corrigez-la.",
  "applications.summary.criterionMet": "Rempli :",
  "applications.summary.criterionToCheck": "À vérifier :",
  "applications.summary.criterionNotMet": "Non rempli :",
  "applications.summary.beforeSubmit":
    "En cliquant sur le bouton, vous envoyez votre candidature à l'équipe du programme. Vous recevrez un accusé de réception par courriel.",
  "applications.summary.submitting": "Envoi en cours…",
  "applications.summary.cannotSubmit":
    "Complétez les points ci-dessus pour pouvoir envoyer votre candidature.",
  "applications.summary.cannotSubmitIneligible":
    "Votre candidature ne peut pas être envoyée tant que votre structure ne remplit pas les conditions du programme.",
} as const;

export const en: Messages<typeof fr> = {
  "applications.form.title": "Application",
  "applications.form.titleFor": "Application to the {program} programme",
  "applications.form.continue": "Continue",
  "applications.form.previous": "Previous",
  "applications.form.saveAndQuit": "Save and finish later",
  "applications.form.savedOnContinue":
    "Your answers are saved each time you click “Continue”, “Previous” or “Save”: you can stop and come back later.",

  "applications.step.1": "Your organisation",
  "applications.step.2": "Your project",
  "applications.step.3": "The support requested",
  "applications.step.4": "Documents",
  "applications.step.5": "Declarations",
  "applications.step.6": "Check and send",
  "applications.step.counter": "Step {step} of {count}",
  "applications.step.navLabel": "Application steps",
  "applications.step.current": "current step",
  "applications.step.done": "complete step",
  "applications.step.incomplete": "incomplete step: {count} point(s) to complete",
  "applications.step.todo": "step to come",

  "applications.autosave.pending": "Changes in progress…",
  "applications.autosave.saving": "Saving…",
  "applications.autosave.saved": "Saved at {time}",
  "applications.autosave.offline":
    "No connection: your answers are kept on this device and will be saved when the connection is back.",
  "applications.autosave.expired":
    "Your session has expired: your answers are kept on this device.",
  "applications.autosave.signIn": "Sign in again to save them",
  "applications.autosave.closed":
    "This application has already been sent: it can no longer be changed.",

  "applications.organization.intro":
    "Check your organisation's details and correct them if needed. They come from its record.",
  "applications.organization.identity": "Organisation",
  "applications.organization.address": "Address",
  "applications.organization.contact": "Contact person for this application",
  "applications.project.intro":
    "Describe your project in your own words: there is no right or wrong answer. A few sentences are enough.",
  "applications.levels.intro":
    "You may ask for one or several support levels. The digital diagnostic helps organisations without a precise project yet.",
  "applications.levels.fixedRate": "{rate}\u00a0% paid by the programme.",
  "applications.levels.rateRange": "The programme pays {min}\u00a0% to {max}\u00a0% of the cost.",
  "applications.levels.costsFor": "{level}: cost, quotes and rate requested",
  "applications.levels.onlyIfChosen": "Fill in only if you ask for this level.",
  "applications.levels.programmeShare": "Paid by the programme",
  "applications.levels.remaining": "Remaining cost for your organisation",
  "applications.levels.amountsPending":
    "The programme's share and your remaining cost will show once the cost and the rate are filled in.",
  "applications.levels.serverDecides":
    "These amounts are indicative; they are computed again when you send, and the final rate is set by the committee.",
  "applications.declarations.intro":
    "Last step before checking: these declarations commit your organisation.",
  "applications.axis.other": "Another field",

  "applications.field.choose": "Choose from the list",
  "applications.field.name": "Name of the organisation",
  "applications.field.legalForm": "Legal form",
  "applications.field.legalFormHint":
    "It is written in your statutes. If you do not know, choose “I don't know”: we will check.",
  "applications.field.creationDate": "Date of creation",
  "applications.field.creationDateHint": "Date of registration, for example 15/09/2015.",
  "applications.field.address": "Address",
  "applications.field.addressLine": "Number and street",
  "applications.field.postcode": "Postcode",
  "applications.field.commune": "Town",
  "applications.field.departement": "Département",
  "applications.field.website": "Website (optional)",
  "applications.field.employees": "Number of employees",
  "applications.field.employeesHint": "Enter 0 if your organisation has no employees.",
  "applications.field.volunteers": "Number of active volunteers",
  "applications.field.contact": "Contact",
  "applications.field.contactName": "Full name",
  "applications.field.contactRole": "Role in the organisation",
  "applications.field.contactRoleHint": "For example: chair, treasurer, coordinator.",
  "applications.field.contactPhone": "Phone (optional)",
  "applications.field.situation": "Your situation today",
  "applications.field.situationHint":
    "How do you use digital tools today (tools, website, e-mail)? What works, what is blocking?",
  "applications.field.needs": "Your needs",
  "applications.field.needsHint":
    "What do you need? For example: a website to present your activities, a tool to follow memberships.",
  "applications.field.goals": "Your goals",
  "applications.field.goalsHint":
    "What will change for your organisation and for the people you support?",
  "applications.field.beneficiaries": "The people you support",
  "applications.field.beneficiariesHint":
    "Who are they? For example: badly housed families, people far from work, caregivers.",
  "applications.field.beneficiariesCount": "Number of people supported per year",
  "applications.field.beneficiariesCountHint": "An estimate is enough, for example 250.",
  "applications.field.axes": "In which fields do you act?",
  "applications.field.axesHint": "Tick every field that matches your actions.",
  "applications.field.levels": "Levels requested",
  "applications.field.totalCost": "Estimated total cost",
  "applications.field.totalCostHint": "In euros, taxes included, for example 12,000.",
  "applications.field.totalCostCeilingHint":
    "In euros, taxes included, for example 12,000. At most {ceiling}.",
  "applications.field.quotes": "Quotes obtained (optional)",
  "applications.field.quotesHint":
    "Providers consulted and amounts. You can attach the quotes at the “Documents” step.",
  "applications.field.ratePercent": "Funding rate requested",
  "applications.field.ratePercentHint":
    "A whole percentage between {min} and {max}, for example {max}.",
  "applications.field.swornStatement":
    "I certify on my honour that the information in this application is accurate and that I am entitled to submit it on behalf of the organisation.",
  "applications.field.swornStatementShort": "Sworn statement",
  "applications.field.dataConsent":
    "I agree that the data of this application is processed to review it and follow the support.",
  "applications.field.dataConsentLink": "How we use your data (new window)",
  "applications.field.dataConsentShort": "Consent on personal data",
  "applications.field.signatoryName": "Full name of the person signing",
  "applications.field.signatoryRole": "Their role",
  "applications.field.signatoryRoleHint": "For example: chair of the association.",

  "applications.fieldName.name": "Name of the organisation",
  "applications.fieldName.legalForm": "Legal form",
  "applications.fieldName.creationDate": "Date of creation",
  "applications.fieldName.addressLine": "Number and street",
  "applications.fieldName.postcode": "Postcode",
  "applications.fieldName.commune": "Town",
  "applications.fieldName.departement": "Département",
  "applications.fieldName.website": "Website",
  "applications.fieldName.employees": "Number of employees",
  "applications.fieldName.volunteers": "Number of volunteers",
  "applications.fieldName.contactName": "Contact",
  "applications.fieldName.contactRole": "Contact's role",
  "applications.fieldName.contactPhone": "Phone",
  "applications.fieldName.situation": "Situation",
  "applications.fieldName.needs": "Needs",
  "applications.fieldName.goals": "Goals",
  "applications.fieldName.beneficiaries": "People supported",
  "applications.fieldName.beneficiariesCount": "Number of people supported",
  "applications.fieldName.axes": "Fields of action",
  "applications.fieldName.levels": "Levels requested",
  "applications.fieldName.scopingTotalCost": "Scoping, total cost",
  "applications.fieldName.scopingRatePercent": "Scoping, rate requested",
  "applications.fieldName.scopingQuotes": "Scoping, quotes",
  "applications.fieldName.productionTotalCost": "Production, total cost",
  "applications.fieldName.productionRatePercent": "Production, rate requested",
  "applications.fieldName.productionQuotes": "Production, quotes",
  "applications.fieldName.diagnosticTotalCost": "Diagnostic, total cost",
  "applications.fieldName.diagnosticRatePercent": "Diagnostic, rate requested",
  "applications.fieldName.diagnosticQuotes": "Diagnostic, quotes",
  "applications.fieldName.swornStatement": "Sworn statement",
  "applications.fieldName.dataConsent": "Consent on personal data",
  "applications.fieldName.signatoryName": "Signatory",
  "applications.fieldName.signatoryRole": "Signatory's role",

  "applications.legalForm.association": "Association (law of 1901)",
  "applications.legalForm.association_local": "Association under local law (Alsace-Moselle)",
  "applications.legalForm.scop": "Cooperative: SCOP",
  "applications.legalForm.scic": "Cooperative: SCIC",
  "applications.legalForm.cooperative_other": "Other cooperative",
  "applications.legalForm.mutual": "Mutual",
  "applications.legalForm.foundation": "Foundation",
  "applications.legalForm.company_esus": "Company with the ESUS approval",
  "applications.legalForm.company_not_esus": "Company without the ESUS approval",
  "applications.legalForm.other": "Other legal form",
  "applications.legalForm.unknown": "I don't know",

  "applications.error.required": "This field is required.",
  "applications.error.tooLong": "This text is too long: shorten it.",
  "applications.error.number": "Enter a whole number, for example 12.",
  "applications.error.date": "Enter a valid date, for example 15/09/2015.",
  "applications.error.legalForm": "Choose the legal form, or “I don't know”.",
  "applications.error.postcode": "The postcode must have 5 digits, for example 13001.",
  "applications.error.departement": "Choose the département from the list.",
  "applications.error.phone": "The phone number is not valid, for example 06 12 34 56 78.",
  "applications.error.axes": "Tick at least one field.",
  "applications.error.levels": "Choose at least one level.",
  "applications.error.amount": "Enter an amount in euros, for example 12000 or 12000.50.",
  "applications.error.amountTooLarge": "This amount is too high: check it.",
  "applications.error.costCeiling": "This amount is above this level's ceiling.",
  "applications.error.rate": "Enter a rate within the level's range.",
  "applications.error.swornStatement": "Tick the sworn statement to continue.",
  "applications.error.dataConsent": "Give your consent on data to continue.",
  "applications.error.missingDocument.statutes": "Attach the organisation's statutes.",
  "applications.error.missingDocument.accounts": "Attach the last annual accounts or the budget.",
  "applications.error.missingDocument.specifications": "Attach the specifications.",
  "applications.error.missingDocument.quote": "Attach a quote.",
  "applications.error.missingDocument.other": "Attach the document.",

  "applications.attachmentKind.statutes": "Statutes",
  "applications.attachmentKind.accounts": "Last annual accounts or budget",
  "applications.attachmentKind.specifications": "Specifications",
  "applications.attachmentKind.quote": "Quote",
  "applications.attachmentKind.other": "Other document",
  "applications.attachmentKind.answer": "Document sent as an answer",
  "applications.attachmentHint.statutes": "The current, signed statutes.",
  "applications.attachmentHint.accounts":
    "The accounts of the last financial year; if you have none yet, this year's budget.",
  "applications.attachmentHint.specifications":
    "For production: the tool's specifications, if they already exist.",
  "applications.attachmentHint.quote": "The quotes of the providers you consulted.",
  "applications.attachmentHint.other": "Any other document useful to your application.",
  "applications.attachments.intro":
    "Add your documents one at a time: choose the type of document, then the file.",
  "applications.attachments.limits":
    "Accepted formats: PDF, photo (JPEG, PNG, WebP, HEIC), Word, Excel, PowerPoint or OpenDocument. At most 10 MB per file, 50 MB for the whole application.",
  "applications.attachments.checklist": "Documents to provide",
  "applications.attachments.required": "(required)",
  "applications.attachments.optional": "(optional)",
  "applications.attachments.missing": "Not provided yet.",
  "applications.attachments.none": "No file.",
  "applications.attachments.remove": "Remove",
  "applications.attachments.usage": "{count} file(s) attached: {used} used out of {max}.",
  "applications.attachments.addTitle": "Add a document",
  "applications.attachments.kind": "Type of document",
  "applications.attachments.file": "File",
  "applications.attachments.fileHint": "One file of at most 10 MB.",
  "applications.attachments.add": "Add this document",
  "applications.attachments.uploading": "Sending the file…",
  "applications.attachments.added": "The file “{name}” was added.",
  "applications.upload.missing": "Choose a file to add.",
  "applications.upload.empty": "The file “{name}” is empty.",
  "applications.upload.file_too_large":
    "The file “{name}” is larger than 10 MB: reduce its size or send it in several parts.",
  "applications.upload.file_too_large_unnamed":
    "The file you chose is larger than 10 MB: reduce its size or send it in several parts.",
  "applications.upload.application_total_too_large":
    "The file “{name}” would take the application over 50 MB: remove a document or reduce the files' size.",
  "applications.upload.application_total_too_large_unnamed":
    "This file would take the application over 50 MB: remove a document or reduce the files' size.",
  "applications.upload.smallerTip":
    "To make a scanned document lighter: scan it in black and white at 150 dpi, or save the PDF as “reduced size”. For a photo, choose a lower resolution in the phone's settings. A long document can also be sent as several files.",
  "applications.upload.type":
    "The file “{name}” is not in an accepted format (PDF, photo, Word, Excel, PowerPoint or OpenDocument).",
  "applications.upload.rejected_by_scan": "The file “{name}” was refused by the virus scan.",
  "applications.upload.kind": "Choose the type of document.",
  "applications.upload.not_draft":
    "This application has already been sent: its documents can no longer be changed.",

  "applications.summary.intro":
    "Read your application again. You can still change everything; once sent, it can no longer be changed.",
  "applications.summary.change": "Change",
  "applications.summary.empty": "Not filled in",
  "applications.summary.problems": "Before sending, {count} point(s) to complete",
  "applications.summary.levelsIncomplete": "This step is not complete yet.",
  "applications.summary.noFiles": "No document attached.",
  "applications.summary.accepted": "Yes",
  "applications.summary.eligibility": "The programme's conditions",
  "applications.summary.eligibilityPending":
    "Complete “Your organisation” and “Your project” to see whether your organisation meets the conditions.",
  "applications.summary.eligible":
    "From your answers, your organisation meets the programme's conditions.",
  "applications.summary.toCheck":
    "Some conditions will be checked by the team. You can send your application: the team will look at these points first.",
  "applications.summary.ineligible":
    "From your answers, your organisation does not meet all the programme's conditions. If an answer is wrong, correct it.",
  "applications.summary.criterionMet": "Met:",
  "applications.summary.criterionToCheck": "To be checked:",
  "applications.summary.criterionNotMet": "Not met:",
  "applications.summary.beforeSubmit":
    "By clicking the button, you send your application to the programme team. You will receive an acknowledgement by e-mail.",
  "applications.summary.submitting": "Sending…",
  "applications.summary.cannotSubmit":
    "Complete the points above to be able to send your application.",
  "applications.summary.cannotSubmitIneligible":
    "Your application cannot be sent while your organisation does not meet the programme's conditions.",
};
