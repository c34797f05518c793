import type { Messages } from "~/platform/i18n/types";

/** French messages of the public programme pages and API errors (the source). */
export const fr = {
  "programs.cta.eligibility": "Vérifier mon éligibilité",
  "programs.cta.diagnostic": "Faire mon diagnostic numérique",
  "programs.cta.apply": "Candidater",

  "programs.status.open": "Ouvert",
  "programs.status.open.hint": "Les structures peuvent candidater à tout moment.",
  "programs.status.closed": "Fermé",
  "programs.status.closed.hint": "Le programme ne reçoit plus de candidatures.",

  "programs.cadence.monthly": "Tous les mois",
  "programs.cadence.bimonthly": "Tous les deux mois",
  "programs.cadence.quarterly": "Tous les trimestres",
  "programs.cadence.inSentence.monthly": "chaque mois",
  "programs.cadence.inSentence.bimonthly": "tous les deux mois",
  "programs.cadence.inSentence.quarterly": "chaque trimestre",

  "programs.rate.fixed": "{rate}\u00a0% du coût pris en charge.",
  "programs.rate.range": "De {min}\u00a0% à {max}\u00a0% du coût pris en charge.",
  "programs.rate.ceiling": "Coût retenu au plus : {amount}.",

  "programs.home.metaTitle": "accompagnement numérique des structures de l'ESS",
  "programs.home.metaDescription":
    "Appel à projets ouvert toute l'année : diagnostic numérique, cadrage et réalisation d'outils pour les structures de l'économie sociale et solidaire.",
  "programs.home.title": "{name} : un accompagnement numérique pour votre structure",
  "programs.home.open":
    "L'appel à projets est ouvert toute l'année : vous pouvez candidater quand vous le souhaitez.",
  "programs.home.closed": "Cet appel à projets est fermé : il ne reçoit plus de candidatures.",
  "programs.home.offer.title": "Ce que propose le programme",
  "programs.home.offer.empty": "Les échelons d'accompagnement seront bientôt publiés.",
  "programs.home.offer.several":
    "Vous pouvez demander un échelon, ou plusieurs l'un après l'autre : l'un n'exclut pas l'autre.",
  "programs.home.offer.simulate": "Simuler le financement et votre reste à charge",
  "programs.home.who.title": "Qui peut candidater ?",
  "programs.home.who.ess":
    "Les associations, coopératives, mutuelles et fondations : les structures de l'économie sociale et solidaire.",
  "programs.home.who.essWithEsus":
    "Les structures de l'économie sociale et solidaire : associations, coopératives, mutuelles, fondations, et entreprises ayant l'agrément ESUS (entreprise solidaire d'utilité sociale).",
  "programs.home.who.age": "Qui existent depuis au moins {years} ans.",
  "programs.home.who.axes": "Dont les actions concernent au moins un de ces domaines :",
  "programs.home.who.allFrance": "Partout en France, outre-mer compris.",
  "programs.home.who.territory": "Situées dans l'un de ces départements : {departements}.",
  "programs.home.who.check": "Vérifier en 2 minutes si votre structure peut candidater",
  "programs.home.how.title": "Comment ça marche",
  "programs.home.step.apply":
    "Vous candidatez en ligne, quand vous voulez : il n'y a pas de date limite.",
  "programs.home.step.review":
    "Notre équipe étudie votre dossier et vous contacte si des informations manquent.",
  "programs.home.step.committee":
    "Un comité de sélection, qui réunit le financeur et l'opérateur, se réunit {cadence} et décide.",
  "programs.home.step.support":
    "Votre antenne régionale vous accompagne : diagnostic, cadrage ou réalisation de votre outil.",
  "programs.home.step.feedback":
    "À la fin de chaque accompagnement, vous nous donnez votre avis pour améliorer le programme.",
  "programs.home.antennas.title": "Où sont les antennes",
  "programs.home.antennas.intro":
    "Des antennes régionales accompagnent les structures de près. Chaque département est suivi par une antenne.",
  "programs.home.antennas.empty": "La liste des antennes sera bientôt publiée.",
  "programs.home.antennas.city": "Ville : {city}",
  "programs.home.antennas.departements": "Départements suivis : {departements}.",
  "programs.home.funders.title": "Financé par",
  "programs.home.start.title": "Par où commencer ?",
  "programs.home.none":
    "Aucun programme n'est publié pour le moment. Revenez bientôt, ou écrivez-nous pour être prévenu·e de l'ouverture.",

  "programs.faq.title": "Questions fréquentes",
  "programs.faq.when.q": "Quand puis-je candidater ?",
  "programs.faq.when.a":
    "À tout moment : l'appel à projets est ouvert toute l'année. Les dossiers complets sont examinés au comité suivant, qui se réunit {cadence}.",
  "programs.faq.cost.q": "Combien cela coûte-t-il à ma structure ?",
  "programs.faq.cost.a":
    "Le programme paie tout ou partie du coût selon l'échelon. Le simulateur calcule la part payée par le programme et ce qui reste à votre charge.",
  "programs.faq.several.q": "Puis-je demander plusieurs échelons ?",
  "programs.faq.several.a":
    "Oui. Vous pouvez commencer par le diagnostic, puis demander le cadrage et la production l'un après l'autre, ou demander directement l'échelon qui correspond à votre projet.",
  "programs.faq.company.q": "Ma structure est une entreprise : puis-je candidater ?",
  "programs.faq.company.a":
    "Une entreprise commerciale peut candidater si elle a l'agrément ESUS (entreprise solidaire d'utilité sociale), délivré par la préfecture, et si le programme l'accepte.",
  "programs.faq.legalForm.q": "Je ne connais pas la forme juridique de ma structure.",
  "programs.faq.legalForm.a":
    "Elle figure sur l'avis de situation au répertoire Sirene de l'INSEE, ou sur annuaire-entreprises.data.gouv.fr. Dans le test d'éligibilité, répondez « Je ne sais pas » : nous vérifierons avec vous.",
  "programs.faq.decision.q": "Qui décide, et quand ?",
  "programs.faq.decision.a":
    "Un comité de sélection qui réunit des personnes du financeur et de l'opérateur se réunit {cadence}. Il choisit les dossiers et fixe le taux de prise en charge dans la fourchette de l'échelon.",

  "programs.eligibility.title": "Vérifier l'éligibilité de votre structure",
  "programs.eligibility.intro":
    "Répondez à cinq questions sur votre structure pour savoir si elle peut candidater au programme {name}. Cela prend deux minutes, et aucun compte n'est nécessaire.",
  "programs.eligibility.legalForm": "Forme juridique de votre structure",
  "programs.eligibility.legalFormHint":
    "Elle figure sur l'avis de situation Sirene de l'INSEE. Si vous hésitez, choisissez « Je ne sais pas ».",
  "programs.eligibility.esus": "Votre structure a-t-elle l'agrément ESUS ?",
  "programs.eligibility.esusHint":
    "L'agrément « entreprise solidaire d'utilité sociale » est délivré par la préfecture. Cette question concerne surtout les entreprises.",
  "programs.eligibility.esus.yes": "Oui",
  "programs.eligibility.esus.no": "Non",
  "programs.eligibility.esus.unknown": "Je ne sais pas",
  "programs.eligibility.creationDate": "Date de création de votre structure",
  "programs.eligibility.creationDateHint":
    "Par exemple 14/05/2019. Si vous ne la connaissez pas, laissez ce champ vide : nous la vérifierons.",
  "programs.eligibility.axes": "Dans quels domaines agit votre structure ?",
  "programs.eligibility.axesHint":
    "Cochez tout ce qui correspond. Si vous hésitez, ne cochez rien : nous vérifierons avec vous.",
  "programs.eligibility.departement": "Département ou code postal de votre structure",
  "programs.eligibility.departementHint": "Par exemple 13, 2A, 974 ou 13001.",
  "programs.eligibility.submit": "Vérifier mon éligibilité",
  "programs.eligibility.privacy":
    "Vos réponses servent seulement à afficher le résultat : elles ne sont pas enregistrées.",
  "programs.eligibility.resultTitle": "Résultat",
  "programs.eligibility.nextTitle": "Et maintenant ?",
  "programs.eligibility.changeAnswers": "Modifier vos réponses",
  "programs.eligibility.helpAssociations":
    "Trouver de l'aide pour votre association sur associations.gouv.fr",
  "programs.eligibility.helpDiagnostic": "Faire quand même votre diagnostic numérique, gratuit",
  "programs.eligibility.antenna": "Votre antenne : {name}, à {city}.",

  "programs.simulator.title": "Simuler le financement de votre accompagnement",
  "programs.simulator.intro":
    "Choisissez un échelon du programme {name} et indiquez le coût total : vous verrez la part payée par le programme et ce qui reste à la charge de votre structure.",
  "programs.simulator.rounding":
    "Les montants sont calculés au centime près : la part du programme est arrondie au centime le plus proche, et un demi-centime est arrondi au centime supérieur.",
  "programs.simulator.level": "Échelon",
  "programs.simulator.totalCost": "Coût total du projet, en euros",
  "programs.simulator.totalCostHint": "Par exemple 10 000 ou 2 500,50.",
  "programs.simulator.rate": "Taux de prise en charge souhaité, en % (facultatif)",
  "programs.simulator.rateHint":
    "Dans la fourchette de l'échelon. Laissez vide pour voir le taux le plus bas et le plus haut.",
  "programs.simulator.submit": "Calculer",
  "programs.simulator.noLevel": "Ce programme n'a pas encore publié ses échelons d'accompagnement.",
  "programs.simulator.resultTitle": "Votre simulation",
  "programs.simulator.caption": "{level}, pour un coût total de {amount}",
  "programs.simulator.col.rate": "Taux de prise en charge",
  "programs.simulator.row.fixed": "{rate}\u00a0%",
  "programs.simulator.row.min": "Taux le plus bas : {rate}\u00a0%",
  "programs.simulator.row.max": "Taux le plus haut : {rate}\u00a0%",
  "programs.simulator.row.chosen": "Taux choisi : {rate}\u00a0%",
  "programs.simulator.ceilingApplied":
    "Le coût dépasse le plafond de l'échelon : la part du programme est calculée sur {ceiling}.",
  "programs.simulator.levelsTitle": "Les échelons et leurs taux",

  "programs.api.badRequest": "La demande contient des erreurs : corrigez les champs indiqués.",
  "programs.api.notFound": "Rien ne correspond à cette adresse.",
  "programs.api.methodNotAllowed": "Cette adresse n'accepte pas cette méthode HTTP.",

  "programs.history.create": "Création du programme",
  "programs.history.seed": "Installation du programme",
  "programs.history.update_info": "Informations générales",
  "programs.history.add_level": "Ajout d'un échelon",
  "programs.history.update_level": "Modification d'un échelon",
  "programs.history.remove_level": "Retrait d'un échelon",
  "programs.history.add_axis": "Ajout d'un axe",
  "programs.history.rename_axis": "Modification d'un axe",
  "programs.history.remove_axis": "Retrait d'un axe",
  "programs.history.update_eligibility": "Règles d'éligibilité",
  "programs.history.add_antenna": "Ajout d'une antenne",
  "programs.history.update_antenna": "Modification d'une antenne",
  "programs.history.remove_antenna": "Retrait d'une antenne",
  "programs.history.update_capacity": "Capacité d'accompagnement modifiée",
  "programs.history.add_envelope": "Ajout d'un financeur",
  "programs.history.update_envelope": "Modification d'une enveloppe",
  "programs.history.remove_envelope": "Retrait d'une enveloppe",
  "programs.history.update_committee_cadence": "Fréquence des comités",
  "programs.history.update_portfolio_targets": "Objectifs d'équilibre du portefeuille",
  "programs.history.add_criterion": "Ajout d'un critère",
  "programs.history.update_criterion": "Modification d'un critère",
  "programs.history.remove_criterion": "Retrait d'un critère",
  "programs.history.update_rediagnostic_months": "Délai du nouveau diagnostic",

  "programs.error.tooLong": "Ce texte est trop long.",
  "programs.error.missingId": "Cet élément est introuvable : rechargez la page.",
  "programs.error.nameRequired": "Indiquez un nom.",
  "programs.error.slugRequired": "Indiquez l'adresse du programme.",
  "programs.error.slug":
    "L'adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets, par exemple mon-programme.",
  "programs.error.slugTaken": "Un programme utilise déjà cette adresse : choisissez-en une autre.",
  "programs.error.status": "Choisissez l'état du programme.",
  "programs.error.date": "Indiquez une date réelle, par exemple 01/01/2025.",
  "programs.error.endsBeforeStart": "La date de fin doit être après la date de début.",
  "programs.error.target": "Indiquez un nombre entier de structures, par exemple 100.",
  "programs.error.labelRequired": "Indiquez un libellé.",
  "programs.error.levelKind": "Choisissez le type d'échelon.",
  "programs.error.rate": "Indiquez un taux entier entre 0 et 100.",
  "programs.error.minAboveMax": "Le taux maximum doit être supérieur ou égal au taux minimum.",
  "programs.error.amount":
    "Indiquez un montant en euros, avec au plus deux chiffres après la virgule, par exemple 10 000.",
  "programs.error.amountRequired": "Indiquez un montant.",
  "programs.error.levelInUse":
    "Des candidatures demandent déjà cet échelon : il ne peut pas être retiré.",
  "programs.error.axisCodeRequired": "Indiquez le code de l'axe.",
  "programs.error.axisCode":
    "Le code commence par une lettre et ne contient que des lettres minuscules, des chiffres et des soulignés.",
  "programs.error.axisCodeReserved":
    "Le code « other » est réservé aux structures qui agissent dans un autre domaine.",
  "programs.error.axisCodeTaken": "Ce programme a déjà un axe avec ce code.",
  "programs.error.legalForms": "Indiquez des codes INSEE à 4 chiffres, séparés par des espaces.",
  "programs.error.minimumAge": "Indiquez un nombre entier d'années, de 0 à 100.",
  "programs.error.territoryRequired": "Indiquez au moins un département.",
  "programs.error.departements":
    "Certains codes ne sont pas des départements : utilisez 01 à 95, 2A, 2B ou 971 à 976.",
  "programs.error.cityRequired": "Indiquez la ville.",
  "programs.error.antennaDepartementsRequired": "Indiquez au moins un département suivi.",
  "programs.error.departementTaken":
    "Le département {departement} est déjà suivi par l'antenne « {antenna} » : un département ne peut avoir qu'une antenne.",
  "programs.error.outsideTerritory":
    "Ces départements ne font pas partie du territoire du programme : {departements}.",
  "programs.error.email": "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.",
  "programs.error.phone": "Indiquez un numéro de téléphone, par exemple 04 91 00 00 00.",
  "programs.error.funderRequired": "Indiquez le nom du financeur.",
  "programs.error.envelopeExists":
    "Ce financeur a déjà une enveloppe dans ce programme : modifiez son montant.",
  "programs.error.cadence": "Choisissez la fréquence des comités.",
  "programs.error.weight": "Indiquez un poids entier de 1 à 5.",
  "programs.error.targetShare": "Indiquez une part entière de 0 à 100, ou laissez le champ vide.",
  "programs.error.targetBasis": "Choisissez sur quoi les parts se calculent.",
  "programs.error.targetThreshold": "Indiquez un écart entier de 0 à 100 points.",
  "programs.error.rediagnosticMonths":
    "Indiquez le délai du nouveau diagnostic : un nombre entier de mois, de 1 à 36.",
} as const;

/** English messages of the public programme pages and API errors. */
export const en: Messages<typeof fr> = {
  "programs.cta.eligibility": "Check my eligibility",
  "programs.cta.diagnostic": "Take my digital diagnostic",
  "programs.cta.apply": "Apply",

  "programs.status.open": "Open",
  "programs.status.open.hint": "Organisations can apply at any time.",
  "programs.status.closed": "Closed",
  "programs.status.closed.hint": "The programme no longer takes applications.",

  "programs.cadence.monthly": "Every month",
  "programs.cadence.bimonthly": "Every two months",
  "programs.cadence.quarterly": "Every quarter",
  "programs.cadence.inSentence.monthly": "every month",
  "programs.cadence.inSentence.bimonthly": "every two months",
  "programs.cadence.inSentence.quarterly": "every quarter",

  "programs.rate.fixed": "{rate}% of the cost paid.",
  "programs.rate.range": "{min}% to {max}% of the cost paid.",
  "programs.rate.ceiling": "Cost taken into account up to {amount}.",

  "programs.home.metaTitle": "digital support for social economy organisations",
  "programs.home.metaDescription":
    "A call for projects open all year round: digital diagnostic, scoping and building tools for social and solidarity economy organisations.",
  "programs.home.title": "{name}: digital support for your organisation",
  "programs.home.open": "The call for projects is open all year round: apply whenever you wish.",
  "programs.home.closed": "This call for projects is closed: it no longer takes applications.",
  "programs.home.offer.title": "What the programme offers",
  "programs.home.offer.empty": "The support levels will be published soon.",
  "programs.home.offer.several":
    "You may apply for one level, or for several one after the other: one does not exclude the other.",
  "programs.home.offer.simulate": "Simulate the funding and your remaining cost",
  "programs.home.who.title": "Who can apply?",
  "programs.home.who.ess":
    "Associations, cooperatives, mutuals and foundations: social and solidarity economy organisations.",
  "programs.home.who.essWithEsus":
    "Social and solidarity economy organisations: associations, cooperatives, mutuals, foundations, and companies holding the ESUS approval.",
  "programs.home.who.age": "That have existed for at least {years} years.",
  "programs.home.who.axes": "Whose work concerns at least one of these fields:",
  "programs.home.who.allFrance": "Anywhere in France, overseas included.",
  "programs.home.who.territory": "Located in one of these départements: {departements}.",
  "programs.home.who.check": "Check in 2 minutes whether your organisation can apply",
  "programs.home.how.title": "How it works",
  "programs.home.step.apply": "You apply online, whenever you want: there is no deadline.",
  "programs.home.step.review":
    "Our team reviews your application and contacts you if information is missing.",
  "programs.home.step.committee":
    "A selection committee of the funder and the operator meets {cadence} and decides.",
  "programs.home.step.support":
    "Your regional antenna supports you: diagnostic, scoping or building your tool.",
  "programs.home.step.feedback":
    "After each support, you give us your opinion to improve the programme.",
  "programs.home.antennas.title": "Where the antennas are",
  "programs.home.antennas.intro":
    "Regional antennas support organisations closely. Each département is followed by one antenna.",
  "programs.home.antennas.empty": "The list of antennas will be published soon.",
  "programs.home.antennas.city": "City: {city}",
  "programs.home.antennas.departements": "Départements followed: {departements}.",
  "programs.home.funders.title": "Funded by",
  "programs.home.start.title": "Where to start?",
  "programs.home.none":
    "No programme is published yet. Come back soon, or write to us to be told when one opens.",

  "programs.faq.title": "Frequently asked questions",
  "programs.faq.when.q": "When can I apply?",
  "programs.faq.when.a":
    "At any time: the call for projects is open all year round. Complete applications are examined at the next committee, which meets {cadence}.",
  "programs.faq.cost.q": "How much does it cost my organisation?",
  "programs.faq.cost.a":
    "The programme pays all or part of the cost depending on the level. The simulator computes the programme's share and your remaining cost.",
  "programs.faq.several.q": "Can I apply for several levels?",
  "programs.faq.several.a":
    "Yes. You can start with the diagnostic, then apply for scoping and production one after the other, or apply directly for the level that fits your project.",
  "programs.faq.company.q": "My organisation is a company: can I apply?",
  "programs.faq.company.a":
    "A commercial company can apply if it holds the ESUS approval (solidarity company of social utility), granted by the prefecture, and if the programme accepts it.",
  "programs.faq.legalForm.q": "I do not know my organisation's legal form.",
  "programs.faq.legalForm.a":
    "It is on INSEE's Sirene registration notice, or on annuaire-entreprises.data.gouv.fr. In the eligibility check, answer \"I don't know\": we will check with you.",
  "programs.faq.decision.q": "Who decides, and when?",
  "programs.faq.decision.a":
    "A selection committee of people from the funder and the operator meets {cadence}. It chooses the applications and sets the funding rate within the level's range.",

  "programs.eligibility.title": "Check your organisation's eligibility",
  "programs.eligibility.intro":
    "Answer five questions about your organisation to find out whether it can apply to {name}. It takes two minutes, and no account is needed.",
  "programs.eligibility.legalForm": "Your organisation's legal form",
  "programs.eligibility.legalFormHint":
    "It is on INSEE's Sirene registration notice. If unsure, choose \"I don't know\".",
  "programs.eligibility.esus": "Does your organisation hold the ESUS approval?",
  "programs.eligibility.esusHint":
    'The "solidarity company of social utility" approval is granted by the prefecture. This question mostly concerns companies.',
  "programs.eligibility.esus.yes": "Yes",
  "programs.eligibility.esus.no": "No",
  "programs.eligibility.esus.unknown": "I don't know",
  "programs.eligibility.creationDate": "Your organisation's creation date",
  "programs.eligibility.creationDateHint":
    "For example 14/05/2019. If you do not know it, leave this field empty: we will check it.",
  "programs.eligibility.axes": "In which fields does your organisation work?",
  "programs.eligibility.axesHint":
    "Tick everything that applies. If unsure, tick nothing: we will check with you.",
  "programs.eligibility.departement": "Your organisation's département or postcode",
  "programs.eligibility.departementHint": "For example 13, 2A, 974 or 13001.",
  "programs.eligibility.submit": "Check my eligibility",
  "programs.eligibility.privacy":
    "Your answers are only used to show the result: they are not stored.",
  "programs.eligibility.resultTitle": "Result",
  "programs.eligibility.nextTitle": "What next?",
  "programs.eligibility.changeAnswers": "Change your answers",
  "programs.eligibility.helpAssociations": "Find help for your association on associations.gouv.fr",
  "programs.eligibility.helpDiagnostic": "Take your free digital diagnostic anyway",
  "programs.eligibility.antenna": "Your antenna: {name}, in {city}.",

  "programs.simulator.title": "Simulate the funding of your support",
  "programs.simulator.intro":
    "Choose a level of {name} and give the total cost: you will see the programme's share and what remains for your organisation to pay.",
  "programs.simulator.rounding":
    "Amounts are computed to the cent: the programme's share is rounded to the nearest cent, and half a cent is rounded up.",
  "programs.simulator.level": "Level",
  "programs.simulator.totalCost": "Total cost of the project, in euros",
  "programs.simulator.totalCostHint": "For example 10000 or 2500.50.",
  "programs.simulator.rate": "Funding rate you would like, in % (optional)",
  "programs.simulator.rateHint":
    "Within the level's range. Leave empty to see the lowest and highest rate.",
  "programs.simulator.submit": "Compute",
  "programs.simulator.noLevel": "This programme has not published its support levels yet.",
  "programs.simulator.resultTitle": "Your simulation",
  "programs.simulator.caption": "{level}, for a total cost of {amount}",
  "programs.simulator.col.rate": "Funding rate",
  "programs.simulator.row.fixed": "{rate}%",
  "programs.simulator.row.min": "Lowest rate: {rate}%",
  "programs.simulator.row.max": "Highest rate: {rate}%",
  "programs.simulator.row.chosen": "Chosen rate: {rate}%",
  "programs.simulator.ceilingApplied":
    "The cost is above the level's ceiling: the programme's share is computed on {ceiling}.",
  "programs.simulator.levelsTitle": "The levels and their rates",

  "programs.api.badRequest": "The request has errors: correct the fields listed.",
  "programs.api.notFound": "Nothing matches this address.",
  "programs.api.methodNotAllowed": "This address does not accept this HTTP method.",

  "programs.history.create": "Programme created",
  "programs.history.seed": "Programme installed",
  "programs.history.update_info": "General information",
  "programs.history.add_level": "Level added",
  "programs.history.update_level": "Level changed",
  "programs.history.remove_level": "Level removed",
  "programs.history.add_axis": "Axis added",
  "programs.history.rename_axis": "Axis changed",
  "programs.history.remove_axis": "Axis removed",
  "programs.history.update_eligibility": "Eligibility rules",
  "programs.history.add_antenna": "Antenna added",
  "programs.history.update_antenna": "Antenna changed",
  "programs.history.remove_antenna": "Antenna removed",
  "programs.history.update_capacity": "Support capacity changed",
  "programs.history.add_envelope": "Funder added",
  "programs.history.update_envelope": "Envelope changed",
  "programs.history.remove_envelope": "Envelope removed",
  "programs.history.update_committee_cadence": "Committee frequency",
  "programs.history.update_portfolio_targets": "Portfolio balance targets",
  "programs.history.add_criterion": "Criterion added",
  "programs.history.update_criterion": "Criterion changed",
  "programs.history.remove_criterion": "Criterion removed",
  "programs.history.update_rediagnostic_months": "Delay before the new diagnostic",

  "programs.error.tooLong": "This text is too long.",
  "programs.error.missingId": "This item cannot be found: reload the page.",
  "programs.error.nameRequired": "Give a name.",
  "programs.error.slugRequired": "Give the programme's address.",
  "programs.error.slug":
    "The address may only contain lowercase letters without accents, digits and hyphens, for example my-programme.",
  "programs.error.slugTaken": "A programme already uses this address: choose another one.",
  "programs.error.status": "Choose the programme's status.",
  "programs.error.date": "Give a real date, for example 01/01/2025.",
  "programs.error.endsBeforeStart": "The end date must be after the start date.",
  "programs.error.target": "Give a whole number of organisations, for example 100.",
  "programs.error.labelRequired": "Give a label.",
  "programs.error.levelKind": "Choose the kind of level.",
  "programs.error.rate": "Give a whole rate between 0 and 100.",
  "programs.error.minAboveMax":
    "The maximum rate must be greater than or equal to the minimum rate.",
  "programs.error.amount": "Give an amount in euros, with at most two decimals, for example 10000.",
  "programs.error.amountRequired": "Give an amount.",
  "programs.error.levelInUse": "Applications already ask for this level: it cannot be removed.",
  "programs.error.axisCodeRequired": "Give the axis code.",
  "programs.error.axisCode":
    "The code starts with a letter and contains only lowercase letters, digits and underscores.",
  "programs.error.axisCodeReserved":
    'The code "other" is reserved for organisations working in another field.',
  "programs.error.axisCodeTaken": "This programme already has an axis with this code.",
  "programs.error.legalForms": "Give 4-digit INSEE codes, separated by spaces.",
  "programs.error.minimumAge": "Give a whole number of years, from 0 to 100.",
  "programs.error.territoryRequired": "Give at least one département.",
  "programs.error.departements":
    "Some codes are not départements: use 01 to 95, 2A, 2B or 971 to 976.",
  "programs.error.cityRequired": "Give the city.",
  "programs.error.antennaDepartementsRequired": "Give at least one département followed.",
  "programs.error.departementTaken":
    'Département {departement} is already followed by the antenna "{antenna}": a département can only have one antenna.',
  "programs.error.outsideTerritory":
    "These départements are not part of the programme's territory: {departements}.",
  "programs.error.email": "Give a valid e-mail address, for example name@example.org.",
  "programs.error.phone": "Give a telephone number, for example 04 91 00 00 00.",
  "programs.error.funderRequired": "Give the funder's name.",
  "programs.error.envelopeExists":
    "This funder already has an envelope in this programme: change its amount.",
  "programs.error.cadence": "Choose how often committees meet.",
  "programs.error.weight": "Give a whole weight from 1 to 5.",
  "programs.error.targetShare": "Give a whole share from 0 to 100, or leave the field empty.",
  "programs.error.targetBasis": "Choose what shares are computed on.",
  "programs.error.targetThreshold": "Give a whole gap from 0 to 100 points.",
  "programs.error.rediagnosticMonths":
    "Give the delay before the new diagnostic: a whole number of months, from 1 to 36.",
};
