import type { Messages } from "~/platform/i18n/types";

/**
 * French messages of the diagnostic feature (the source catalogue). The questions, answers and
 * recommendations are versioned French data, not messages (docs/decisions/0003).
 */
export const fr = {
  "diagnostic.error.invalidBody":
    "Le questionnaire envoyé est illisible : merci de le remplir à nouveau.",
  "diagnostic.error.unknownVersion":
    "Cette version du questionnaire n'existe pas : merci de recharger la page.",
  "diagnostic.error.answerMissing": "Merci de répondre à cette question.",
  "diagnostic.error.answerInvalidType":
    "Cette réponse n'est pas valable : choisissez une des réponses proposées.",
  "diagnostic.error.answerNotInteger":
    "Cette réponse n'est pas valable : le niveau doit être un nombre entier.",
  "diagnostic.error.levelOutOfRange":
    "Cette réponse n'est pas valable : le niveau doit être compris entre 0 et 4.",
  "diagnostic.error.choiceOutOfRange":
    "Cette réponse n'est pas valable : choisissez une des trois réponses proposées.",
  "diagnostic.error.notApplicableRefused":
    "La réponse « Non concerné » n'est pas possible pour cette question.",
  "diagnostic.error.unknownQuestion": "Cette question ne fait pas partie du questionnaire.",
  "diagnostic.error.invalidAnswers":
    "Des réponses manquent ou ne sont pas valables pour les questions suivantes : {questions}.",
  "diagnostic.error.completed": "Ce diagnostic est terminé : son résultat ne change plus.",
  "diagnostic.error.attachedElsewhere":
    "Ce diagnostic est déjà enregistré dans l'espace d'une autre structure.",

  "diagnostic.intro.title": "Diagnostic de maturité numérique",
  "diagnostic.intro.lead":
    "Faites le point sur le numérique dans votre structure et découvrez par quoi commencer.",
  "diagnostic.intro.what":
    "Le questionnaire couvre {count} thèmes : stratégie, équipement, présence en ligne, données, sécurité, compétences, services aux publics et numérique responsable. Vous obtenez un score sur 100 pour chaque thème, des conseils concrets et l'accompagnement le plus adapté.",
  "diagnostic.intro.duration": "Comptez environ 10 minutes, en {steps} étapes.",
  "diagnostic.intro.anonymous":
    "Pas besoin de compte : vos réponses sont enregistrées à chaque étape et un lien vous permet de reprendre plus tard.",
  "diagnostic.intro.memberOne":
    "Vous êtes connecté·e : le résultat sera enregistré dans l'espace de {name}.",
  "diagnostic.intro.memberChoose": "Pour quelle structure faites-vous ce diagnostic ?",
  "diagnostic.intro.memberNone":
    "Vous êtes connecté·e mais aucune structure n'est rattachée à votre compte : vous pourrez enregistrer le résultat dans votre structure plus tard.",
  "diagnostic.intro.start": "Commencer le diagnostic",
  "diagnostic.intro.languageNote": "Les questions et les conseils sont rédigés en français.",
  "diagnostic.intro.dataNotice":
    "Les réponses servent à calculer votre résultat. Si vous enregistrez le résultat dans votre structure, il sert aussi, de façon anonyme, à comparer des structures de même taille.",
  "diagnostic.intro.tooManyStartsTitle": "Trop de diagnostics commencés",
  "diagnostic.intro.tooManyStarts":
    "Beaucoup de diagnostics ont été commencés depuis votre connexion internet ces derniers temps. Vous pourrez en commencer un nouveau à partir de {time}. Si vous avez un compte, connectez-vous : vous pourrez commencer tout de suite.",

  "diagnostic.step.progress": "Étape {step} sur {count}",
  "diagnostic.step.nextStepTitle": "Vos projets",
  "diagnostic.step.nextStepIntro":
    "Ces deux questions ne comptent pas dans le score : elles servent à vous proposer l'accompagnement le plus adapté.",
  "diagnostic.step.intro":
    "Pour chaque question, choisissez la réponse la plus proche de votre situation actuelle.",
  "diagnostic.step.next": "Suivant",
  "diagnostic.step.finish": "Voir mon résultat",
  "diagnostic.step.previous": "Précédent",
  "diagnostic.step.saveForLater": "Enregistrer et continuer plus tard",
  "diagnostic.step.saved":
    "Vos réponses sont enregistrées. Gardez le lien ci-dessous pour reprendre plus tard.",
  "diagnostic.step.draftRestored":
    "Nous avons remis les réponses que vous aviez cochées sur cette page. Elles ne sont pas encore enregistrées : cliquez sur «\u00a0{button}\u00a0» ou sur «\u00a0Enregistrer et continuer plus tard\u00a0».",
  "diagnostic.step.incomplete":
    "Il reste des questions sans réponse à cette étape : répondez-y pour voir votre résultat.",
  "diagnostic.step.questionNumber": "Question {number}",
  "diagnostic.step.notApplicableHint":
    "Choisissez « Non concerné » si la question ne s'applique pas à votre structure.",
  "diagnostic.step.error.unanswered": "Choisissez une réponse.",
  "diagnostic.step.error.invalid": "Cette réponse n'est pas valable : choisissez-en une autre.",

  "diagnostic.resume.label": "Lien pour reprendre ou revoir ce diagnostic",
  "diagnostic.resume.hint":
    "Copiez ce lien et gardez-le (par exemple dans un courriel à vous-même) : toute personne qui l'a peut voir vos réponses.",
  "diagnostic.resume.copy": "Copier le lien",
  "diagnostic.resume.copied": "Lien copié.",

  "diagnostic.result.title": "Résultat du diagnostic de maturité numérique",
  "diagnostic.result.completedOn": "Diagnostic terminé le {date} (questionnaire {version}).",
  "diagnostic.result.organization": "Structure : {name}",
  "diagnostic.result.globalHeading": "Votre score global",
  "diagnostic.result.globalScore": "{score} sur 100",
  "diagnostic.result.level": "Niveau : {level}",
  "diagnostic.result.levelLabel": "Niveau :",
  "diagnostic.result.chartHeading": "Vos scores par thème",
  "diagnostic.result.chartTitle": "Graphique en radar des scores par thème, sur 100",
  "diagnostic.result.chartDescription":
    "Chaque axe représente un thème ; plus le point est loin du centre, plus le score est élevé. Les mêmes chiffres figurent dans le tableau.",
  "diagnostic.result.tableCaption": "Scores par thème, sur 100",
  "diagnostic.result.number": "N°",
  "diagnostic.result.dimension": "Thème",
  "diagnostic.result.score": "Score",
  "diagnostic.result.notApplicable": "Non concerné",
  "diagnostic.result.noScore":
    "Non noté : toutes les réponses de ce thème étaient « Non concerné ».",
  "diagnostic.result.priority": "Priorité",
  "diagnostic.result.dimensionsHeading": "Thème par thème",
  "diagnostic.result.dimensionsIntro":
    "Les thèmes prioritaires (score inférieur à 40) sont présentés en premier.",
  "diagnostic.result.dimensionScore": "{score} sur 100",
  "diagnostic.result.recommendationsHeading": "Ce que nous vous conseillons",
  "diagnostic.result.resourceLink": "Ressource gratuite : {title}",
  "diagnostic.result.supportLink": "Accompagnement du programme : {level}",
  "diagnostic.result.nextStepHeading": "Votre prochaine étape",
  "diagnostic.result.nextStepLevel": "Accompagnement conseillé : {level}",
  "diagnostic.result.nextStepApply": "Demander cet accompagnement",
  "diagnostic.result.nextStepNetwork":
    "Vous pouvez aussi être aidé·e près de chez vous par un point d'appui du réseau d'accompagnement des associations, ou commencer avec les ressources gratuites indiquées ci-dessous, thème par thème.",
  "diagnostic.result.networkLink":
    "Trouver un point d'appui près de chez vous (réseau Guid'Asso, sur associations.gouv.fr)",
  "diagnostic.result.download": "Télécharger le résultat en PDF",
  "diagnostic.result.pdfAccessible":
    "Ce document reprend la page du résultat sur Digit'ESS. Cette page en est la version accessible (lecteur d'écran, agrandissement du texte) :",
  "diagnostic.result.pdfAccessibleSecret":
    "Toute personne qui a ce lien peut voir ce résultat : ne le donnez qu'aux personnes de votre structure.",
  "diagnostic.result.pdfAccessibleMembers":
    "Cette page est réservée aux membres de {name}, connecté·es à leur compte.",
  "diagnostic.result.print": "Imprimer",
  "diagnostic.result.printHint":
    "Pour imprimer ce résultat, utilisez la commande « Imprimer » de votre navigateur.",
  "diagnostic.result.saveHeading": "Enregistrer ce résultat",
  "diagnostic.result.saveIntro":
    "En l'enregistrant dans l'espace de votre structure, vous pourrez le comparer avec vos prochains diagnostics et mesurer vos progrès.",
  "diagnostic.result.saveToOrganization": "Enregistrer dans ma structure",
  "diagnostic.result.saveChoose": "Structure",
  "diagnostic.result.saveSignUp": "Créer un compte pour l'enregistrer",
  "diagnostic.result.saveSignIn": "J'ai déjà un compte : me connecter",
  "diagnostic.result.saveNoOrganization":
    "Aucune structure n'est encore rattachée à votre compte. Enregistrez d'abord votre structure, puis revenez sur cette page avec le lien ci-dessous.",
  "diagnostic.result.saveCreateOrganization": "Enregistrer ma structure",
  "diagnostic.result.saved": "Le résultat est enregistré dans l'espace de {name}.",
  "diagnostic.result.savedLink": "Voir les diagnostics de ma structure",
  "diagnostic.result.retake": "Refaire le diagnostic",

  "diagnostic.level.diagnostic": "Diagnostic numérique complet",
  "diagnostic.level.scoping": "Cadrage de projet",
  "diagnostic.level.production": "Réalisation de projet",

  "diagnostic.space.title": "Diagnostics de ma structure",
  "diagnostic.space.intro":
    "Retrouvez les diagnostics de maturité numérique de votre structure et mesurez vos progrès d'un diagnostic à l'autre.",
  "diagnostic.space.organization": "Structure",
  "diagnostic.space.show": "Afficher",
  "diagnostic.space.empty":
    "Votre structure n'a pas encore de diagnostic enregistré. Faites votre premier diagnostic : il prend environ 10 minutes.",
  "diagnostic.space.start": "Faire un diagnostic",
  "diagnostic.space.noOrganization":
    "Aucune structure n'est rattachée à votre compte. Enregistrez d'abord votre structure pour y conserver vos diagnostics.",
  "diagnostic.space.pendingHeading": "Un diagnostic attend d'être enregistré",
  "diagnostic.space.pendingBody":
    "Vous avez fait un diagnostic le {date} avant de vous connecter (score global : {score} sur 100). Enregistrez-le dans votre structure pour le retrouver ici.",
  "diagnostic.space.pendingSave": "Enregistrer ce diagnostic dans {name}",
  "diagnostic.space.attached": "Le diagnostic est enregistré dans l'espace de {name}.",
  "diagnostic.space.tableCaption": "Scores des diagnostics de {name}, sur 100",
  "diagnostic.space.column": "Diagnostic du {date}",
  "diagnostic.space.gainColumn": "Évolution",
  "diagnostic.space.gainHint":
    "L'évolution compare votre dernier diagnostic au premier, thème par thème.",
  "diagnostic.space.medianColumn": "Médiane des structures de même taille",
  "diagnostic.space.medianHint":
    "La médiane est calculée sur les derniers diagnostics de {count} structures de même taille que la vôtre ({band}). Elle n'est affichée que s'il y en a au moins 10.",
  "diagnostic.space.medianUnavailable":
    "La comparaison avec des structures de même taille apparaîtra dès que 10 d'entre elles auront fait leur diagnostic.",
  "diagnostic.space.medianNoBand":
    "Indiquez le nombre de salarié·es de votre structure pour la comparer avec des structures de même taille.",
  "diagnostic.space.globalRow": "Score global",
  "diagnostic.space.versionsDiffer":
    "Ces diagnostics ont été faits avec des versions différentes du questionnaire : seuls les thèmes sont comparés, pas le score global.",
  "diagnostic.space.gain": "{sign}{gain} points",
  "diagnostic.space.open": "Voir le résultat du {date}",
  "diagnostic.space.listHeading": "Tous les diagnostics",
  "diagnostic.space.missingScore": "—",

  "diagnostic.sizeBand.none": "sans salarié·e",
  "diagnostic.sizeBand.from1To2": "1 à 2 salarié·es",
  "diagnostic.sizeBand.from3To9": "3 à 9 salarié·es",
  "diagnostic.sizeBand.from10To49": "10 à 49 salarié·es",
  "diagnostic.sizeBand.from50": "50 salarié·es ou plus",

  "diagnostic.admin.title": "Versions du questionnaire de diagnostic",
  "diagnostic.admin.intro":
    "Les résultats gardent la version du questionnaire avec laquelle ils ont été faits. Les nouveaux diagnostics utilisent la dernière version publiée. D'une version à l'autre, seuls les thèmes sont comparés.",
  "diagnostic.admin.listHeading": "Versions publiées",
  "diagnostic.admin.version": "Version",
  "diagnostic.admin.publishedAt": "Publiée le",
  "diagnostic.admin.builtIn": "Version d'origine",
  "diagnostic.admin.questions": "Questions",
  "diagnostic.admin.current": "Utilisée pour les nouveaux diagnostics",
  "diagnostic.admin.yes": "Oui",
  "diagnostic.admin.no": "Non",
  "diagnostic.admin.newHeading": "Publier une nouvelle version",
  "diagnostic.admin.newIntro":
    "Collez le questionnaire au format JSON, ou choisissez un fichier JSON. Partez de la version actuelle ci-dessous : changez son identifiant de version, puis les questions. Les identifiants des thèmes ne changent pas.",
  "diagnostic.admin.jsonLabel": "Questionnaire au format JSON",
  "diagnostic.admin.fileLabel": "Ou fichier JSON",
  "diagnostic.admin.fileHint": "Fichier .json de 200 Ko au plus.",
  "diagnostic.admin.preview": "Vérifier et prévisualiser",
  "diagnostic.admin.previewHeading": "Aperçu de la version {version}",
  "diagnostic.admin.previewIntro":
    "Le questionnaire est valable. Relisez-le, puis publiez-le : il sera utilisé pour tous les nouveaux diagnostics.",
  "diagnostic.admin.publish": "Publier la version {version}",
  "diagnostic.admin.back": "Modifier le questionnaire avant de publier",
  "diagnostic.admin.published":
    "La version {version} est publiée : les nouveaux diagnostics l'utilisent.",
  "diagnostic.admin.currentJson": "Questionnaire de la version actuelle ({version})",
  "diagnostic.admin.notApplicableAllowed": "« Non concerné » possible",
  "diagnostic.admin.error.empty": "Collez le questionnaire ou choisissez un fichier JSON.",
  "diagnostic.admin.error.tooLarge": "Le fichier dépasse 200 Ko.",
  "diagnostic.admin.error.notJson":
    "Le texte n'est pas du JSON valable : vérifiez les guillemets, virgules et accolades.",
  "diagnostic.admin.error.invalid": "Le questionnaire n'est pas valable :",
  "diagnostic.admin.error.versionTaken":
    "La version {version} existe déjà : choisissez un autre identifiant.",
  "diagnostic.admin.error.versionFormat":
    "L'identifiant de version doit avoir la forme année-numéro, par exemple 2027-1.",
  "diagnostic.admin.error.dimensions":
    "Le questionnaire doit contenir les 8 thèmes, une seule fois chacun, dans n'importe quel ordre.",
  "diagnostic.admin.error.duplicateQuestion":
    "L'identifiant de question {id} est utilisé deux fois.",
  "diagnostic.admin.error.questionId":
    "Un identifiant de question doit être une lettre majuscule suivie d'un nombre (par exemple S1), et P1, P2 sont réservés.",
  "diagnostic.admin.error.allNotApplicable":
    "Chaque thème doit avoir au moins une question sans « Non concerné ».",
  "diagnostic.admin.error.labels":
    "Chaque question doit avoir exactement 5 réponses (niveaux 0 à 4).",
  "diagnostic.admin.error.nextStep":
    "Les deux questions P1 et P2 doivent être présentes, avec exactement 3 réponses chacune.",
  "diagnostic.admin.error.text": "Un texte est vide ou trop long.",
  "diagnostic.admin.error.shape": "Un champ manque ou n'a pas le bon type.",
} as const;

/** English messages of the diagnostic feature. */
export const en: Messages<typeof fr> = {
  "diagnostic.error.invalidBody": "The questionnaire sent cannot be read: please fill it in again.",
  "diagnostic.error.unknownVersion":
    "This version of the questionnaire does not exist: please reload the page.",
  "diagnostic.error.answerMissing": "Please answer this question.",
  "diagnostic.error.answerInvalidType":
    "This answer is not valid: choose one of the answers offered.",
  "diagnostic.error.answerNotInteger":
    "This answer is not valid: the level must be a whole number.",
  "diagnostic.error.levelOutOfRange":
    "This answer is not valid: the level must be between 0 and 4.",
  "diagnostic.error.choiceOutOfRange":
    "This answer is not valid: choose one of the three answers offered.",
  "diagnostic.error.notApplicableRefused":
    "The answer “Not applicable” is not possible for this question.",
  "diagnostic.error.unknownQuestion": "This question is not part of the questionnaire.",
  "diagnostic.error.invalidAnswers":
    "Answers are missing or not valid for the following questions: {questions}.",
  "diagnostic.error.completed": "This diagnostic is finished: its result no longer changes.",
  "diagnostic.error.attachedElsewhere":
    "This diagnostic is already saved in another organisation's space.",

  "diagnostic.intro.title": "Digital maturity diagnostic",
  "diagnostic.intro.lead":
    "Take stock of digital tools in your organisation and find out where to start.",
  "diagnostic.intro.what":
    "The questionnaire covers {count} themes: strategy, equipment, online presence, data, security, skills, services to the public and responsible digital. You get a score out of 100 for each theme, concrete advice and the most suitable support.",
  "diagnostic.intro.duration": "It takes about 10 minutes, in {steps} steps.",
  "diagnostic.intro.anonymous":
    "No account needed: your answers are saved at each step and a link lets you resume later.",
  "diagnostic.intro.memberOne":
    "You are signed in: the result will be saved in the space of {name}.",
  "diagnostic.intro.memberChoose": "Which organisation is this diagnostic for?",
  "diagnostic.intro.memberNone":
    "You are signed in but no organisation is linked to your account: you can save the result in your organisation later.",
  "diagnostic.intro.start": "Start the diagnostic",
  "diagnostic.intro.languageNote":
    "The questions, answers and advice are in French only: they are the programme's measuring instrument, reviewed in French.",
  "diagnostic.intro.dataNotice":
    "Your answers are used to compute your result. If you save the result in your organisation, it is also used, anonymously, to compare organisations of the same size.",
  "diagnostic.intro.tooManyStartsTitle": "Too many diagnostics started",
  "diagnostic.intro.tooManyStarts":
    "Many diagnostics have been started from your internet connection recently. You can start a new one from {time}. If you have an account, sign in: you can start straight away.",

  "diagnostic.step.progress": "Step {step} of {count}",
  "diagnostic.step.nextStepTitle": "Your projects",
  "diagnostic.step.nextStepIntro":
    "These two questions do not count in the score: they are used to suggest the most suitable support.",
  "diagnostic.step.intro":
    "For each question, choose the answer closest to your current situation.",
  "diagnostic.step.next": "Next",
  "diagnostic.step.finish": "See my result",
  "diagnostic.step.previous": "Previous",
  "diagnostic.step.saveForLater": "Save and continue later",
  "diagnostic.step.saved": "Your answers are saved. Keep the link below to resume later.",
  "diagnostic.step.draftRestored":
    "The answers you had ticked on this page are back. They are not saved yet: select “{button}” or “Save and continue later”.",
  "diagnostic.step.incomplete":
    "Some questions of this step are unanswered: answer them to see your result.",
  "diagnostic.step.questionNumber": "Question {number}",
  "diagnostic.step.notApplicableHint":
    "Choose “Non concerné” (not applicable) if the question does not apply to your organisation.",
  "diagnostic.step.error.unanswered": "Choose an answer.",
  "diagnostic.step.error.invalid": "This answer is not valid: choose another one.",

  "diagnostic.resume.label": "Link to resume or review this diagnostic",
  "diagnostic.resume.hint":
    "Copy this link and keep it (for example in an e-mail to yourself): anyone who has it can see your answers.",
  "diagnostic.resume.copy": "Copy the link",
  "diagnostic.resume.copied": "Link copied.",

  "diagnostic.result.title": "Digital maturity diagnostic result",
  "diagnostic.result.completedOn": "Diagnostic completed on {date} (questionnaire {version}).",
  "diagnostic.result.organization": "Organisation: {name}",
  "diagnostic.result.globalHeading": "Your overall score",
  "diagnostic.result.globalScore": "{score} out of 100",
  "diagnostic.result.level": "Level: {level}",
  "diagnostic.result.levelLabel": "Level:",
  "diagnostic.result.chartHeading": "Your scores by theme",
  "diagnostic.result.chartTitle": "Radar chart of the scores by theme, out of 100",
  "diagnostic.result.chartDescription":
    "Each axis is a theme; the further the point from the centre, the higher the score. The same figures are in the table.",
  "diagnostic.result.tableCaption": "Scores by theme, out of 100",
  "diagnostic.result.number": "No.",
  "diagnostic.result.dimension": "Theme",
  "diagnostic.result.score": "Score",
  "diagnostic.result.notApplicable": "Not applicable",
  "diagnostic.result.noScore": "Not scored: every answer of this theme was “Not applicable”.",
  "diagnostic.result.priority": "Priority",
  "diagnostic.result.dimensionsHeading": "Theme by theme",
  "diagnostic.result.dimensionsIntro": "Priority themes (score under 40) come first.",
  "diagnostic.result.dimensionScore": "{score} out of 100",
  "diagnostic.result.recommendationsHeading": "What we advise",
  "diagnostic.result.resourceLink": "Free resource: {title}",
  "diagnostic.result.supportLink": "Programme support: {level}",
  "diagnostic.result.nextStepHeading": "Your next step",
  "diagnostic.result.nextStepLevel": "Suggested support: {level}",
  "diagnostic.result.nextStepApply": "Apply for this support",
  "diagnostic.result.nextStepNetwork":
    "You can also get help near you from a support point of the associations' support network, or start with the free resources listed below, theme by theme.",
  "diagnostic.result.networkLink":
    "Find a support point near you (Guid'Asso network, on associations.gouv.fr, in French)",
  "diagnostic.result.download": "Download the result as a PDF",
  "diagnostic.result.pdfAccessible":
    "This document reproduces the result page on Digit'ESS. That page is its accessible version (screen readers, larger text):",
  "diagnostic.result.pdfAccessibleSecret":
    "Anyone who has this link can see this result: give it only to the people of your organisation.",
  "diagnostic.result.pdfAccessibleMembers":
    "This page is for the members of {name}, signed in to their account.",
  "diagnostic.result.print": "Print",
  "diagnostic.result.printHint": "To print this result, use your browser's “Print” command.",
  "diagnostic.result.saveHeading": "Save this result",
  "diagnostic.result.saveIntro":
    "Saving it in your organisation's space lets you compare it with your next diagnostics and measure your progress.",
  "diagnostic.result.saveToOrganization": "Save in my organisation",
  "diagnostic.result.saveChoose": "Organisation",
  "diagnostic.result.saveSignUp": "Create an account to save it",
  "diagnostic.result.saveSignIn": "I already have an account: sign in",
  "diagnostic.result.saveNoOrganization":
    "No organisation is linked to your account yet. Register your organisation first, then come back to this page with the link below.",
  "diagnostic.result.saveCreateOrganization": "Register my organisation",
  "diagnostic.result.saved": "The result is saved in the space of {name}.",
  "diagnostic.result.savedLink": "See my organisation's diagnostics",
  "diagnostic.result.retake": "Take the diagnostic again",

  "diagnostic.level.diagnostic": "Complete digital diagnostic",
  "diagnostic.level.scoping": "Project scoping",
  "diagnostic.level.production": "Project delivery",

  "diagnostic.space.title": "My organisation's diagnostics",
  "diagnostic.space.intro":
    "Find your organisation's digital maturity diagnostics and measure your progress from one to the next.",
  "diagnostic.space.organization": "Organisation",
  "diagnostic.space.show": "Show",
  "diagnostic.space.empty":
    "Your organisation has no saved diagnostic yet. Take your first diagnostic: it takes about 10 minutes.",
  "diagnostic.space.start": "Take a diagnostic",
  "diagnostic.space.noOrganization":
    "No organisation is linked to your account. Register your organisation first to keep your diagnostics there.",
  "diagnostic.space.pendingHeading": "A diagnostic is waiting to be saved",
  "diagnostic.space.pendingBody":
    "You took a diagnostic on {date} before signing in (overall score: {score} out of 100). Save it in your organisation to find it here.",
  "diagnostic.space.pendingSave": "Save this diagnostic in {name}",
  "diagnostic.space.attached": "The diagnostic is saved in the space of {name}.",
  "diagnostic.space.tableCaption": "Scores of the diagnostics of {name}, out of 100",
  "diagnostic.space.column": "Diagnostic of {date}",
  "diagnostic.space.gainColumn": "Change",
  "diagnostic.space.gainHint":
    "The change compares your latest diagnostic with the first one, theme by theme.",
  "diagnostic.space.medianColumn": "Median of organisations of the same size",
  "diagnostic.space.medianHint":
    "The median is computed over the latest diagnostics of {count} organisations of the same size as yours ({band}). It is shown only when there are at least 10.",
  "diagnostic.space.medianUnavailable":
    "The comparison with organisations of the same size will appear once 10 of them have taken their diagnostic.",
  "diagnostic.space.medianNoBand":
    "Enter the number of employees of your organisation to compare it with organisations of the same size.",
  "diagnostic.space.globalRow": "Overall score",
  "diagnostic.space.versionsDiffer":
    "These diagnostics were taken with different versions of the questionnaire: only the themes are compared, not the overall score.",
  "diagnostic.space.gain": "{sign}{gain} points",
  "diagnostic.space.open": "See the result of {date}",
  "diagnostic.space.listHeading": "All diagnostics",
  "diagnostic.space.missingScore": "—",

  "diagnostic.sizeBand.none": "no employees",
  "diagnostic.sizeBand.from1To2": "1 to 2 employees",
  "diagnostic.sizeBand.from3To9": "3 to 9 employees",
  "diagnostic.sizeBand.from10To49": "10 to 49 employees",
  "diagnostic.sizeBand.from50": "50 employees or more",

  "diagnostic.admin.title": "Diagnostic questionnaire versions",
  "diagnostic.admin.intro":
    "Results keep the version of the questionnaire they were taken with. New diagnostics use the latest published version. Across versions, only the themes are compared.",
  "diagnostic.admin.listHeading": "Published versions",
  "diagnostic.admin.version": "Version",
  "diagnostic.admin.publishedAt": "Published on",
  "diagnostic.admin.builtIn": "Original version",
  "diagnostic.admin.questions": "Questions",
  "diagnostic.admin.current": "Used for new diagnostics",
  "diagnostic.admin.yes": "Yes",
  "diagnostic.admin.no": "No",
  "diagnostic.admin.newHeading": "Publish a new version",
  "diagnostic.admin.newIntro":
    "Paste the questionnaire as JSON, or choose a JSON file. Start from the current version below: change its version id, then the questions. Theme ids do not change.",
  "diagnostic.admin.jsonLabel": "Questionnaire as JSON",
  "diagnostic.admin.fileLabel": "Or JSON file",
  "diagnostic.admin.fileHint": ".json file of 200 KB at most.",
  "diagnostic.admin.preview": "Check and preview",
  "diagnostic.admin.previewHeading": "Preview of version {version}",
  "diagnostic.admin.previewIntro":
    "The questionnaire is valid. Read it through, then publish it: it will be used for every new diagnostic.",
  "diagnostic.admin.publish": "Publish version {version}",
  "diagnostic.admin.back": "Edit the questionnaire before publishing",
  "diagnostic.admin.published": "Version {version} is published: new diagnostics use it.",
  "diagnostic.admin.currentJson": "Questionnaire of the current version ({version})",
  "diagnostic.admin.notApplicableAllowed": "“Non concerné” allowed",
  "diagnostic.admin.error.empty": "Paste the questionnaire or choose a JSON file.",
  "diagnostic.admin.error.tooLarge": "The file is larger than 200 KB.",
  "diagnostic.admin.error.notJson": "The text is not valid JSON: check quotes, commas and braces.",
  "diagnostic.admin.error.invalid": "The questionnaire is not valid:",
  "diagnostic.admin.error.versionTaken": "Version {version} already exists: choose another id.",
  "diagnostic.admin.error.versionFormat":
    "The version id must look like year-number, for example 2027-1.",
  "diagnostic.admin.error.dimensions":
    "The questionnaire must contain the 8 themes, once each, in any order.",
  "diagnostic.admin.error.duplicateQuestion": "The question id {id} is used twice.",
  "diagnostic.admin.error.questionId":
    "A question id must be a capital letter followed by a number (for example S1), and P1, P2 are reserved.",
  "diagnostic.admin.error.allNotApplicable":
    "Each theme must have at least one question without “Non concerné”.",
  "diagnostic.admin.error.labels": "Each question must have exactly 5 answers (levels 0 to 4).",
  "diagnostic.admin.error.nextStep":
    "The two questions P1 and P2 must be present, with exactly 3 answers each.",
  "diagnostic.admin.error.text": "A text is empty or too long.",
  "diagnostic.admin.error.shape": "A field is missing or has the wrong type.",
};
