import type { Messages } from "../../platform/i18n/types";

/** French messages of the programmes feature: public site, admin area, API errors (the source). */
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

  "programs.rate.fixed": "{rate} % du coût pris en charge.",
  "programs.rate.range": "De {min} % à {max} % du coût pris en charge.",
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
  "programs.simulator.row.fixed": "{rate} %",
  "programs.simulator.row.min": "Taux le plus bas : {rate} %",
  "programs.simulator.row.max": "Taux le plus haut : {rate} %",
  "programs.simulator.row.chosen": "Taux choisi : {rate} %",
  "programs.simulator.ceilingApplied":
    "Le coût dépasse le plafond de l'échelon : la part du programme est calculée sur {ceiling}.",
  "programs.simulator.levelsTitle": "Les échelons et leurs taux",

  "programs.api.badRequest": "La demande contient des erreurs : corrigez les champs indiqués.",
  "programs.api.notFound": "Rien ne correspond à cette adresse.",
  "programs.api.methodNotAllowed": "Cette adresse n'accepte pas cette méthode HTTP.",

  "programs.admin.list.title": "Programmes",
  "programs.admin.list.empty":
    "Aucun programme pour le moment. Créez le premier avec le formulaire ci-dessous.",
  "programs.admin.list.create": "Créer un programme",
  "programs.admin.list.createIntro":
    "Le programme est créé fermé : configurez ses échelons, ses axes et ses antennes, puis ouvrez-le.",
  "programs.admin.list.createSubmit": "Créer le programme",
  "programs.admin.sectionsLabel": "Configuration de {name}",
  "programs.admin.backToList": "Tous les programmes",
  "programs.admin.section.info": "Informations générales",
  "programs.admin.section.levels": "Échelons et taux",
  "programs.admin.section.axes": "Axes prioritaires",
  "programs.admin.section.eligibility": "Règles d'éligibilité",
  "programs.admin.section.antennas": "Antennes",
  "programs.admin.section.funders": "Financeurs",
  "programs.admin.section.committee": "Comité et critères",
  "programs.admin.save": "Enregistrer",
  "programs.admin.saved": "Modifications enregistrées.",
  "programs.admin.remove.consequence":
    "Le retrait est enregistré dans l'historique du programme. Les décisions déjà prises ne changent pas.",
  "programs.admin.remove.confirm": "Confirmer le retrait",
  "programs.admin.decisionsNote":
    "Les modifications s'appliquent aux prochaines candidatures et décisions : les décisions déjà prises ne changent pas.",
  "programs.admin.field.name": "Nom",
  "programs.admin.field.slug": "Adresse (identifiant)",
  "programs.admin.field.slugHint":
    "Lettres minuscules, chiffres et tirets, par exemple mon-programme. Elle ne peut plus changer ensuite.",
  "programs.admin.field.status": "État",
  "programs.admin.field.description": "Description",
  "programs.admin.field.descriptionHint": "Affichée sur la page d'accueil du programme.",
  "programs.admin.field.startsOn": "Date de début",
  "programs.admin.field.endsOn": "Date de fin",
  "programs.admin.field.dateHint": "Par exemple 01/01/2025. Facultatif.",
  "programs.admin.field.target": "Objectif : nombre de structures accompagnées",
  "programs.admin.field.targetHint":
    "Sur toute la durée du programme, par exemple 100. Facultatif.",
  "programs.admin.field.label": "Libellé",
  "programs.admin.info.publicPage": "Voir la page publique du programme",
  "programs.admin.history.title": "Dernières modifications",
  "programs.admin.history.empty": "Aucune modification enregistrée.",
  "programs.admin.history.when": "Date",
  "programs.admin.history.who": "Par",
  "programs.admin.history.what": "Modification",
  "programs.admin.history.system": "Installation",
  "programs.admin.levels.intro":
    "Les taux sont des pourcentages entiers du coût total, de 0 à 100 ; le minimum ne peut pas dépasser le maximum.",
  "programs.admin.levels.empty": "Ce programme n'a pas encore d'échelon. Ajoutez-en un ci-dessous.",
  "programs.admin.level.kind": "Type d'échelon",
  "programs.admin.level.minRate": "Taux minimum (%)",
  "programs.admin.level.maxRate": "Taux maximum (%)",
  "programs.admin.level.rateHint": "Nombre entier de 0 à 100.",
  "programs.admin.level.ceiling": "Plafond de coût, en euros (facultatif)",
  "programs.admin.level.ceilingHint":
    "Au-delà, la part du programme est calculée sur le plafond. Laissez vide pour ne pas plafonner.",
  "programs.admin.level.add": "Ajouter l'échelon",
  "programs.admin.level.addTitle": "Ajouter un échelon",
  "programs.admin.level.remove": "Retirer l'échelon « {label} »",
  "programs.admin.axes.intro":
    "Une structure est éligible si ses actions concernent au moins un de ces axes. Le code ne change plus une fois l'axe créé.",
  "programs.admin.axes.empty": "Aucun axe prioritaire : ajoutez-en un ci-dessous.",
  "programs.admin.axis.code": "Code",
  "programs.admin.axis.codeHint":
    "Lettres minuscules, chiffres et soulignés, par exemple health_prevention. Il sert à l'API et ne change plus.",
  "programs.admin.axis.add": "Ajouter l'axe",
  "programs.admin.axis.addTitle": "Ajouter un axe prioritaire",
  "programs.admin.axis.remove": "Retirer l'axe « {label} »",
  "programs.admin.rules.intro": "Ces règles servent au test d'éligibilité public et à l'API.",
  "programs.admin.rules.legalForms": "Formes juridiques acceptées",
  "programs.admin.rules.legalFormsHint":
    "Catégories juridiques INSEE qui font partie de l'économie sociale et solidaire.",
  "programs.admin.rules.family.association": "Associations",
  "programs.admin.rules.family.cooperative": "Coopératives",
  "programs.admin.rules.family.mutual": "Mutuelles",
  "programs.admin.rules.family.foundation": "Fondations",
  "programs.admin.rules.otherLegalForms": "Autres catégories juridiques acceptées",
  "programs.admin.rules.otherLegalFormsHint":
    "Codes INSEE à 4 chiffres séparés par des espaces. Facultatif.",
  "programs.admin.rules.esus": "Agrément ESUS",
  "programs.admin.rules.esusLabel":
    "Les autres entreprises sont éligibles si elles ont l'agrément ESUS",
  "programs.admin.rules.minimumAge": "Ancienneté minimale de la structure, en années",
  "programs.admin.rules.minimumAgeHint": "0 pour ne pas exiger d'ancienneté.",
  "programs.admin.rules.departements": "Départements couverts",
  "programs.admin.rules.departementsHint":
    "Codes séparés par des espaces : 01 à 95, 2A, 2B, 971 à 976.",
  "programs.admin.antennas.intro":
    "Chaque département est suivi par une seule antenne. Une antenne ne peut suivre que des départements du programme.",
  "programs.admin.antennas.allCovered": "Tous les départements du programme ont une antenne.",
  "programs.admin.antennas.uncovered": "Départements sans antenne : {departements}.",
  "programs.admin.antennas.outside":
    "Départements d'antenne hors du territoire du programme : {departements}.",
  "programs.admin.antennas.empty": "Aucune antenne : ajoutez-en une ci-dessous.",
  "programs.admin.antenna.city": "Ville",
  "programs.admin.antenna.departements": "Départements suivis",
  "programs.admin.antenna.departementsHint": "Codes séparés par des espaces, par exemple 13 83 84.",
  "programs.admin.antenna.email": "Adresse électronique de contact",
  "programs.admin.antenna.phone": "Téléphone de contact",
  "programs.admin.antenna.add": "Ajouter l'antenne",
  "programs.admin.antenna.addTitle": "Ajouter une antenne",
  "programs.admin.antenna.remove": "Retirer l'antenne « {name} »",
  "programs.admin.funders.intro":
    "Chaque financeur engage une enveloppe budgétaire dans le programme : plusieurs financeurs peuvent cofinancer.",
  "programs.admin.funders.empty": "Aucun financeur : ajoutez une enveloppe ci-dessous.",
  "programs.admin.funders.total": "Budget total : {amount}, apporté par {count} financeur(s).",
  "programs.admin.envelope.funder": "Financeur",
  "programs.admin.envelope.funderHint":
    "Choisissez un financeur connu ou écrivez le nom d'un nouveau financeur.",
  "programs.admin.envelope.amount": "Montant de l'enveloppe, en euros",
  "programs.admin.envelope.amountHint": "Par exemple 300 000.",
  "programs.admin.envelope.add": "Ajouter l'enveloppe",
  "programs.admin.envelope.addTitle": "Ajouter un financeur",
  "programs.admin.envelope.remove": "Retirer l'enveloppe de {name}",
  "programs.admin.committee.cadence": "Fréquence des comités de sélection",
  "programs.admin.criteria.title": "Critères d'évaluation",
  "programs.admin.criteria.intro":
    "Les membres du comité notent chaque dossier sur ces critères ; le poids compte dans la note globale.",
  "programs.admin.criteria.empty": "Aucun critère : ajoutez-en un ci-dessous.",
  "programs.admin.criterion.weight": "Poids",
  "programs.admin.criterion.weightHint": "Nombre entier de 1 à 5.",
  "programs.admin.criterion.add": "Ajouter le critère",
  "programs.admin.criterion.addTitle": "Ajouter un critère",
  "programs.admin.criterion.remove": "Retirer le critère « {label} »",

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
  "programs.history.add_envelope": "Ajout d'un financeur",
  "programs.history.update_envelope": "Modification d'une enveloppe",
  "programs.history.remove_envelope": "Retrait d'une enveloppe",
  "programs.history.update_committee_cadence": "Fréquence des comités",
  "programs.history.add_criterion": "Ajout d'un critère",
  "programs.history.update_criterion": "Modification d'un critère",
  "programs.history.remove_criterion": "Retrait d'un critère",

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
} as const;

/** English messages of the programmes feature. */
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

  "programs.admin.list.title": "Programmes",
  "programs.admin.list.empty": "No programme yet. Create the first one with the form below.",
  "programs.admin.list.create": "Create a programme",
  "programs.admin.list.createIntro":
    "The programme is created closed: configure its levels, axes and antennas, then open it.",
  "programs.admin.list.createSubmit": "Create the programme",
  "programs.admin.sectionsLabel": "Configuration of {name}",
  "programs.admin.backToList": "All programmes",
  "programs.admin.section.info": "General information",
  "programs.admin.section.levels": "Levels and rates",
  "programs.admin.section.axes": "Priority axes",
  "programs.admin.section.eligibility": "Eligibility rules",
  "programs.admin.section.antennas": "Antennas",
  "programs.admin.section.funders": "Funders",
  "programs.admin.section.committee": "Committee and criteria",
  "programs.admin.save": "Save",
  "programs.admin.saved": "Changes saved.",
  "programs.admin.remove.consequence":
    "The removal is recorded in the programme's history. Decisions already taken do not change.",
  "programs.admin.remove.confirm": "Confirm the removal",
  "programs.admin.decisionsNote":
    "Changes apply to future applications and decisions: decisions already taken do not change.",
  "programs.admin.field.name": "Name",
  "programs.admin.field.slug": "Address (identifier)",
  "programs.admin.field.slugHint":
    "Lowercase letters, digits and hyphens, for example my-programme. It cannot change afterwards.",
  "programs.admin.field.status": "Status",
  "programs.admin.field.description": "Description",
  "programs.admin.field.descriptionHint": "Shown on the programme's home page.",
  "programs.admin.field.startsOn": "Start date",
  "programs.admin.field.endsOn": "End date",
  "programs.admin.field.dateHint": "For example 01/01/2025. Optional.",
  "programs.admin.field.target": "Target: number of organisations supported",
  "programs.admin.field.targetHint": "Over the whole programme, for example 100. Optional.",
  "programs.admin.field.label": "Label",
  "programs.admin.info.publicPage": "See the programme's public page",
  "programs.admin.history.title": "Latest changes",
  "programs.admin.history.empty": "No change recorded.",
  "programs.admin.history.when": "Date",
  "programs.admin.history.who": "By",
  "programs.admin.history.what": "Change",
  "programs.admin.history.system": "Installation",
  "programs.admin.levels.intro":
    "Rates are whole percentages of the total cost, from 0 to 100; the minimum cannot exceed the maximum.",
  "programs.admin.levels.empty": "This programme has no level yet. Add one below.",
  "programs.admin.level.kind": "Kind of level",
  "programs.admin.level.minRate": "Minimum rate (%)",
  "programs.admin.level.maxRate": "Maximum rate (%)",
  "programs.admin.level.rateHint": "Whole number from 0 to 100.",
  "programs.admin.level.ceiling": "Cost ceiling, in euros (optional)",
  "programs.admin.level.ceilingHint":
    "Above it, the programme's share is computed on the ceiling. Leave empty for no ceiling.",
  "programs.admin.level.add": "Add the level",
  "programs.admin.level.addTitle": "Add a level",
  "programs.admin.level.remove": 'Remove the level "{label}"',
  "programs.admin.axes.intro":
    "An organisation is eligible if its work concerns at least one of these axes. The code cannot change once the axis exists.",
  "programs.admin.axes.empty": "No priority axis: add one below.",
  "programs.admin.axis.code": "Code",
  "programs.admin.axis.codeHint":
    "Lowercase letters, digits and underscores, for example health_prevention. The API uses it and it cannot change.",
  "programs.admin.axis.add": "Add the axis",
  "programs.admin.axis.addTitle": "Add a priority axis",
  "programs.admin.axis.remove": 'Remove the axis "{label}"',
  "programs.admin.rules.intro": "These rules drive the public eligibility check and the API.",
  "programs.admin.rules.legalForms": "Accepted legal forms",
  "programs.admin.rules.legalFormsHint":
    "INSEE legal categories that belong to the social and solidarity economy.",
  "programs.admin.rules.family.association": "Associations",
  "programs.admin.rules.family.cooperative": "Cooperatives",
  "programs.admin.rules.family.mutual": "Mutuals",
  "programs.admin.rules.family.foundation": "Foundations",
  "programs.admin.rules.otherLegalForms": "Other accepted legal categories",
  "programs.admin.rules.otherLegalFormsHint": "4-digit INSEE codes separated by spaces. Optional.",
  "programs.admin.rules.esus": "ESUS approval",
  "programs.admin.rules.esusLabel": "Other companies are eligible if they hold the ESUS approval",
  "programs.admin.rules.minimumAge": "Minimum age of the organisation, in years",
  "programs.admin.rules.minimumAgeHint": "0 for no minimum age.",
  "programs.admin.rules.departements": "Départements covered",
  "programs.admin.rules.departementsHint":
    "Codes separated by spaces: 01 to 95, 2A, 2B, 971 to 976.",
  "programs.admin.antennas.intro":
    "Each département is followed by one antenna only. An antenna can only follow départements of the programme.",
  "programs.admin.antennas.allCovered": "Every département of the programme has an antenna.",
  "programs.admin.antennas.uncovered": "Départements without an antenna: {departements}.",
  "programs.admin.antennas.outside":
    "Antenna départements outside the programme's territory: {departements}.",
  "programs.admin.antennas.empty": "No antenna: add one below.",
  "programs.admin.antenna.city": "City",
  "programs.admin.antenna.departements": "Départements followed",
  "programs.admin.antenna.departementsHint": "Codes separated by spaces, for example 13 83 84.",
  "programs.admin.antenna.email": "Contact e-mail address",
  "programs.admin.antenna.phone": "Contact telephone",
  "programs.admin.antenna.add": "Add the antenna",
  "programs.admin.antenna.addTitle": "Add an antenna",
  "programs.admin.antenna.remove": 'Remove the antenna "{name}"',
  "programs.admin.funders.intro":
    "Each funder commits a budget envelope to the programme: several funders can co-fund.",
  "programs.admin.funders.empty": "No funder: add an envelope below.",
  "programs.admin.funders.total": "Total budget: {amount}, from {count} funder(s).",
  "programs.admin.envelope.funder": "Funder",
  "programs.admin.envelope.funderHint": "Choose a known funder or type the name of a new one.",
  "programs.admin.envelope.amount": "Amount of the envelope, in euros",
  "programs.admin.envelope.amountHint": "For example 300000.",
  "programs.admin.envelope.add": "Add the envelope",
  "programs.admin.envelope.addTitle": "Add a funder",
  "programs.admin.envelope.remove": "Remove the envelope of {name}",
  "programs.admin.committee.cadence": "How often selection committees meet",
  "programs.admin.criteria.title": "Review criteria",
  "programs.admin.criteria.intro":
    "Committee members score each application on these criteria; the weight counts in the overall score.",
  "programs.admin.criteria.empty": "No criterion: add one below.",
  "programs.admin.criterion.weight": "Weight",
  "programs.admin.criterion.weightHint": "Whole number from 1 to 5.",
  "programs.admin.criterion.add": "Add the criterion",
  "programs.admin.criterion.addTitle": "Add a criterion",
  "programs.admin.criterion.remove": 'Remove the criterion "{label}"',

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
  "programs.history.add_envelope": "Funder added",
  "programs.history.update_envelope": "Envelope changed",
  "programs.history.remove_envelope": "Envelope removed",
  "programs.history.update_committee_cadence": "Committee frequency",
  "programs.history.add_criterion": "Criterion added",
  "programs.history.update_criterion": "Criterion changed",
  "programs.history.remove_criterion": "Criterion removed",

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
};

/** A key of the programmes catalogue. */
export type ProgramsMessageKey = keyof typeof fr;
