import type { Messages } from "~/platform/i18n/types";

// The committees' documents and their building blocks: a session's time for each member
// (time-zones.ts), the minutes PDF, the decision letter PDF, and the portfolio panel.
export const fr = {
  "committees.time.paris": "{day} à {time} (heure de Paris)",
  "committees.time.local": "{time} {place}",
  "committees.time.localOtherDay": "{day} à {time} {place}",
  "committees.time.both": "{paris}, {local}",
  "committees.time.place.971": "en Guadeloupe",
  "committees.time.place.972": "en Martinique",
  "committees.time.place.973": "en Guyane",
  "committees.time.place.974": "à La Réunion",
  "committees.time.place.975": "à Saint-Pierre-et-Miquelon",
  "committees.time.place.976": "à Mayotte",
  "committees.time.place.977": "à Saint-Barthélemy",
  "committees.time.place.978": "à Saint-Martin",

  "committees.minutes.title": "Procès-verbal du comité de criblage",
  "committees.minutes.programme": "Programme : {name}",
  "committees.minutes.session": "Séance : {title}",
  "committees.minutes.date": "Date : {date}",
  "committees.minutes.place": "Lieu : {place}",
  "committees.minutes.video": "Visioconférence : {link}",
  "committees.minutes.closedAt": "Séance close le {date}.",
  "committees.minutes.membersHeading": "Membres",
  "committees.minutes.membersNone": "Aucun membre n'est inscrit à cette séance.",
  "committees.minutes.side.funder": "côté financeur",
  "committees.minutes.side.operator": "côté opérateur",
  "committees.minutes.present": "présent·e",
  "committees.minutes.absent": "absent·e",
  "committees.minutes.member": "{name}, {side} : {presence}",
  "committees.minutes.quorumHeading": "Quorum",
  "committees.minutes.quorumRule":
    "Règle : au moins {funder} membre(s) côté financeur et {operator} membre(s) côté opérateur présents.",
  "committees.minutes.quorumPresent":
    "Présents : {funder} côté financeur, {operator} côté opérateur.",
  "committees.minutes.quorumMet": "Le quorum est atteint.",
  "committees.minutes.quorumNotMet":
    "Le quorum n'est pas atteint : les décisions ci-dessous ne peuvent pas être valablement prises.",
  "committees.minutes.conflictsHeading": "Conflits d'intérêts déclarés",
  "committees.minutes.conflictsNone": "Aucun conflit d'intérêts n'a été déclaré.",
  "committees.minutes.conflict":
    "{member} : dossier {number} ({organization}). N'a pris part ni à l'examen ni à la décision.",
  "committees.minutes.decisionsHeading": "Décisions",
  "committees.minutes.decisionsNone": "Aucun dossier n'a été examiné lors de cette séance.",
  "committees.minutes.item": "Dossier {number} – {organization}",
  "committees.minutes.outcome": "Décision : {outcome}",
  "committees.minutes.withoutMembers": "Sans la participation de : {names}.",
  "committees.minutes.levelGranted":
    "{level} : accordé au taux de {rate}, soit {amount} pour un coût retenu de {cost}.",
  "committees.minutes.levelGrantedNoCost": "{level} : accordé au taux de {rate}.",
  "committees.minutes.levelNotGranted": "{level} : non accordé.",
  "committees.minutes.reason": "Motif : {reason}",
  "committees.minutes.message": "Message à la structure : {message}",
  "committees.minutes.missing": "Ce qui manque pour décider : {missing}",
  "committees.minutes.totals":
    "Dossiers examinés : {total}. Acceptés : {accepted}, refusés : {refused}, ajournés : {postponed}.",
  "committees.minutes.totalGranted": "Montant total accordé lors de la séance : {amount}.",
  "committees.minutes.signaturesHeading": "Signatures",
  "committees.minutes.signedOn": "Fait le {date}.",
  "committees.minutes.signature": "Signature :",
  "committees.minutes.footer": "{programme} – procès-verbal du {date} – page {page} sur {pages}",
  "committees.minutes.hiddenItems":
    "Dossiers non présentés dans cette copie, en raison d'un conflit d'intérêts que vous avez déclaré : {count}. Les totaux ci-dessous ne les comptent pas.",

  "committees.decision.accepted": "accepté",
  "committees.decision.refused": "refusé",
  "committees.decision.postponed": "ajourné",

  "committees.letter.title.accepted": "Votre candidature est acceptée",
  "committees.letter.title.refused": "Votre candidature n'est pas retenue",
  "committees.letter.title.postponed": "La décision sur votre candidature est reportée",
  "committees.letter.attention": "À l'attention de {name}",
  "committees.letter.dated": "Le {date}",
  "committees.letter.subject": "Objet : votre candidature {number} au programme {programme}",
  "committees.letter.greeting": "Madame, Monsieur,",
  "committees.letter.accepted.intro":
    "Le comité de criblage réuni le {date} a examiné la candidature de {organization} et l'a acceptée.",
  "committees.letter.accepted.levelsHeading": "Ce que le programme prend en charge",
  "committees.letter.accepted.level":
    "{level} : le programme prend en charge {rate} du coût, soit {amount} sur {cost}. Reste à votre charge : {remaining}.",
  "committees.letter.accepted.levelNoCost":
    "{level} : le programme prend en charge {rate} du coût.",
  "committees.letter.accepted.levelNotGranted": "{level} : non retenu à cette séance.",
  "committees.letter.accepted.total": "Montant total pris en charge par le programme : {amount}.",
  "committees.letter.accepted.next":
    "Votre antenne régionale va vous contacter pour organiser l'accompagnement.",
  "committees.letter.refused.intro":
    "Le comité de criblage réuni le {date} a examiné la candidature de {organization} et n'a pas pu la retenir.",
  "committees.letter.refused.reason": "Motif : {reason}",
  "committees.letter.refused.message": "Message du comité : {message}",
  "committees.letter.refused.next":
    "Vous pourrez présenter une nouvelle candidature lorsque votre projet aura évolué. Votre antenne régionale reste à votre disposition pour en parler.",
  "committees.letter.postponed.intro":
    "Le comité de criblage réuni le {date} a examiné la candidature de {organization} et a reporté sa décision.",
  "committees.letter.postponed.missing": "Pour décider, le comité a besoin de : {missing}",
  "committees.letter.postponed.next":
    "Dès que vous aurez envoyé ces éléments, votre dossier sera présenté à un prochain comité.",
  "committees.letter.postponed.nextSession":
    "Dès que vous aurez envoyé ces éléments, votre dossier pourra être présenté au prochain comité, prévu le {date}.",
  "committees.letter.follow": "Vous pouvez suivre votre dossier en ligne : {url}",
  "committees.letter.closing":
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  "committees.letter.footer": "{programme} – dossier {number} – page {page} sur {pages}",
  "committees.letter.amended":
    "Cette lettre remplace la précédente : le comité a corrigé sa décision par un avenant. Motif de la correction : {reason}",
  "committees.letter.signatoryRole": "Pour le comité de criblage",

  "committees.portfolio.title": "Équilibre du portefeuille",
  "committees.portfolio.intro":
    "Les dossiers proposés à cette séance et les dossiers acceptés depuis le début du programme, comparés aux objectifs du programme.",
  "committees.portfolio.basis.count": "Les parts sont calculées sur le nombre de dossiers.",
  "committees.portfolio.basis.amount": "Les parts sont calculées sur les montants.",
  "committees.portfolio.multiple":
    "Un dossier qui relève de plusieurs axes ou de plusieurs échelons compte dans chacun : la somme des parts peut dépasser 100\u00a0%.",
  "committees.portfolio.decidedSummary":
    "Décisions depuis le début du programme : {accepted} acceptée(s), {refused} refusée(s), {postponed} ajournée(s).",
  "committees.portfolio.empty":
    "Aucun dossier n'est proposé à cette séance et aucun dossier n'a encore été accepté.",
  "committees.portfolio.behindSummary":
    "En retard de plus de {threshold} points sur l'objectif : {list}.",
  "committees.portfolio.behindNone":
    "Aucune valeur n'est en retard de plus de {threshold} points sur son objectif.",
  "committees.portfolio.dimension.axis": "Par axe prioritaire",
  "committees.portfolio.dimension.region": "Par région",
  "committees.portfolio.dimension.level": "Par échelon",
  "committees.portfolio.dimension.size": "Par taille de structure",
  "committees.portfolio.column.axis": "Axe",
  "committees.portfolio.column.region": "Région",
  "committees.portfolio.column.level": "Échelon",
  "committees.portfolio.column.size": "Taille",
  "committees.portfolio.column.target": "Objectif",
  "committees.portfolio.column.proposed": "Proposés à la séance",
  "committees.portfolio.column.decided": "Acceptés depuis le début",
  "committees.portfolio.column.projected": "Si tous les proposés sont acceptés",
  "committees.portfolio.column.gap": "Écart à l'objectif",
  "committees.portfolio.mix.one": "{count} dossier, {amount}, {share}",
  "committees.portfolio.mix.other": "{count} dossiers, {amount}, {share}",
  "committees.portfolio.mix.none": "Aucun dossier",
  "committees.portfolio.noShare": "part non calculable",
  "committees.portfolio.noTarget": "Pas d'objectif",
  "committees.portfolio.gap": "{points} points",
  "committees.portfolio.noGap": "Sans objet",
  "committees.portfolio.behind": "En retard",
  "committees.portfolio.onTrack": "Dans l'objectif",
  "committees.portfolio.size.none": "Sans salarié·e",
  "committees.portfolio.size.from_1_to_2": "1 à 2 salarié·es",
  "committees.portfolio.size.from_3_to_9": "3 à 9 salarié·es",
  "committees.portfolio.size.from_10_to_49": "10 à 49 salarié·es",
  "committees.portfolio.size.from_50": "50 salarié·es ou plus",
  "committees.portfolio.unknown": "Non renseigné",
} as const;

export const en: Messages<typeof fr> = {
  "committees.time.paris": "{day} at {time} (Paris time)",
  "committees.time.local": "{time} {place}",
  "committees.time.localOtherDay": "{day} at {time} {place}",
  "committees.time.both": "{paris}, {local}",
  "committees.time.place.971": "in Guadeloupe",
  "committees.time.place.972": "in Martinique",
  "committees.time.place.973": "in French Guiana",
  "committees.time.place.974": "in Réunion",
  "committees.time.place.975": "in Saint Pierre and Miquelon",
  "committees.time.place.976": "in Mayotte",
  "committees.time.place.977": "in Saint Barthélemy",
  "committees.time.place.978": "in Saint Martin",

  "committees.minutes.title": "Minutes of the screening committee",
  "committees.minutes.programme": "Programme: {name}",
  "committees.minutes.session": "Session: {title}",
  "committees.minutes.date": "Date: {date}",
  "committees.minutes.place": "Place: {place}",
  "committees.minutes.video": "Video call: {link}",
  "committees.minutes.closedAt": "Session closed on {date}.",
  "committees.minutes.membersHeading": "Members",
  "committees.minutes.membersNone": "No member is registered for this session.",
  "committees.minutes.side.funder": "funder side",
  "committees.minutes.side.operator": "operator side",
  "committees.minutes.present": "present",
  "committees.minutes.absent": "absent",
  "committees.minutes.member": "{name}, {side}: {presence}",
  "committees.minutes.quorumHeading": "Quorum",
  "committees.minutes.quorumRule":
    "Rule: at least {funder} funder-side member(s) and {operator} operator-side member(s) present.",
  "committees.minutes.quorumPresent": "Present: {funder} funder side, {operator} operator side.",
  "committees.minutes.quorumMet": "The quorum is reached.",
  "committees.minutes.quorumNotMet":
    "The quorum is not reached: the decisions below cannot be validly taken.",
  "committees.minutes.conflictsHeading": "Declared conflicts of interest",
  "committees.minutes.conflictsNone": "No conflict of interest was declared.",
  "committees.minutes.conflict":
    "{member}: application {number} ({organization}). Took part neither in its review nor in its decision.",
  "committees.minutes.decisionsHeading": "Decisions",
  "committees.minutes.decisionsNone": "No application was examined during this session.",
  "committees.minutes.item": "Application {number} – {organization}",
  "committees.minutes.outcome": "Decision: {outcome}",
  "committees.minutes.withoutMembers": "Without the participation of: {names}.",
  "committees.minutes.levelGranted":
    "{level}: granted at a rate of {rate}, that is {amount} of an accepted cost of {cost}.",
  "committees.minutes.levelGrantedNoCost": "{level}: granted at a rate of {rate}.",
  "committees.minutes.levelNotGranted": "{level}: not granted.",
  "committees.minutes.reason": "Reason: {reason}",
  "committees.minutes.message": "Message to the organisation: {message}",
  "committees.minutes.missing": "What is missing to decide: {missing}",
  "committees.minutes.totals":
    "Applications examined: {total}. Accepted: {accepted}, refused: {refused}, postponed: {postponed}.",
  "committees.minutes.totalGranted": "Total amount granted during the session: {amount}.",
  "committees.minutes.signaturesHeading": "Signatures",
  "committees.minutes.signedOn": "Signed on {date}.",
  "committees.minutes.signature": "Signature:",
  "committees.minutes.footer": "{programme} – minutes of {date} – page {page} of {pages}",
  "committees.minutes.hiddenItems":
    "Applications not shown in this copy, because of a conflict of interest you declared: {count}. The totals below do not count them.",

  "committees.decision.accepted": "accepted",
  "committees.decision.refused": "refused",
  "committees.decision.postponed": "postponed",

  "committees.letter.title.accepted": "Your application is accepted",
  "committees.letter.title.refused": "Your application is not selected",
  "committees.letter.title.postponed": "The decision on your application is postponed",
  "committees.letter.attention": "For the attention of {name}",
  "committees.letter.dated": "{date}",
  "committees.letter.subject": "Subject: your application {number} to the {programme} programme",
  "committees.letter.greeting": "Dear Sir or Madam,",
  "committees.letter.accepted.intro":
    "The screening committee that met on {date} examined the application of {organization} and accepted it.",
  "committees.letter.accepted.levelsHeading": "What the programme pays for",
  "committees.letter.accepted.level":
    "{level}: the programme pays {rate} of the cost, that is {amount} of {cost}. Remaining cost for you: {remaining}.",
  "committees.letter.accepted.levelNoCost": "{level}: the programme pays {rate} of the cost.",
  "committees.letter.accepted.levelNotGranted": "{level}: not selected at this session.",
  "committees.letter.accepted.total": "Total amount paid by the programme: {amount}.",
  "committees.letter.accepted.next":
    "Your regional antenna will contact you to organise the support.",
  "committees.letter.refused.intro":
    "The screening committee that met on {date} examined the application of {organization} and could not select it.",
  "committees.letter.refused.reason": "Reason: {reason}",
  "committees.letter.refused.message": "Message from the committee: {message}",
  "committees.letter.refused.next":
    "You may apply again once your project has moved on. Your regional antenna is there to talk it over.",
  "committees.letter.postponed.intro":
    "The screening committee that met on {date} examined the application of {organization} and postponed its decision.",
  "committees.letter.postponed.missing": "To decide, the committee needs: {missing}",
  "committees.letter.postponed.next":
    "As soon as you send these, your application will be presented to a coming committee.",
  "committees.letter.postponed.nextSession":
    "As soon as you send these, your application can be presented to the next committee, planned on {date}.",
  "committees.letter.follow": "You can follow your application online: {url}",
  "committees.letter.closing": "Yours faithfully,",
  "committees.letter.footer": "{programme} – application {number} – page {page} of {pages}",
  "committees.letter.amended":
    "This letter replaces the previous one: the committee corrected its decision by an amendment. Reason for the correction: {reason}",
  "committees.letter.signatoryRole": "On behalf of the screening committee",

  "committees.portfolio.title": "Portfolio balance",
  "committees.portfolio.intro":
    "The applications proposed to this session and those accepted since the start of the programme, against the programme's targets.",
  "committees.portfolio.basis.count": "Shares are computed on the number of applications.",
  "committees.portfolio.basis.amount": "Shares are computed on the amounts.",
  "committees.portfolio.multiple":
    "An application under several axes or levels counts in each: the shares may add up to more than 100%.",
  "committees.portfolio.decidedSummary":
    "Decisions since the start of the programme: {accepted} accepted, {refused} refused, {postponed} postponed.",
  "committees.portfolio.empty":
    "No application is proposed to this session and none has been accepted yet.",
  "committees.portfolio.behindSummary": "More than {threshold} points under target: {list}.",
  "committees.portfolio.behindNone": "Nothing is more than {threshold} points under its target.",
  "committees.portfolio.dimension.axis": "By priority axis",
  "committees.portfolio.dimension.region": "By region",
  "committees.portfolio.dimension.level": "By level",
  "committees.portfolio.dimension.size": "By organisation size",
  "committees.portfolio.column.axis": "Axis",
  "committees.portfolio.column.region": "Region",
  "committees.portfolio.column.level": "Level",
  "committees.portfolio.column.size": "Size",
  "committees.portfolio.column.target": "Target",
  "committees.portfolio.column.proposed": "Proposed to the session",
  "committees.portfolio.column.decided": "Accepted since the start",
  "committees.portfolio.column.projected": "If every proposed one is accepted",
  "committees.portfolio.column.gap": "Gap to target",
  "committees.portfolio.mix.one": "{count} application, {amount}, {share}",
  "committees.portfolio.mix.other": "{count} applications, {amount}, {share}",
  "committees.portfolio.mix.none": "No application",
  "committees.portfolio.noShare": "no share",
  "committees.portfolio.noTarget": "No target",
  "committees.portfolio.gap": "{points} points",
  "committees.portfolio.noGap": "Not applicable",
  "committees.portfolio.behind": "Behind",
  "committees.portfolio.onTrack": "On target",
  "committees.portfolio.size.none": "No employees",
  "committees.portfolio.size.from_1_to_2": "1 to 2 employees",
  "committees.portfolio.size.from_3_to_9": "3 to 9 employees",
  "committees.portfolio.size.from_10_to_49": "10 to 49 employees",
  "committees.portfolio.size.from_50": "50 employees or more",
  "committees.portfolio.unknown": "Not given",
};
