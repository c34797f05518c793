import type { Messages } from "~/platform/i18n/types";

// The screening committees (/comites): sessions, agenda, pre-review, conflicts of interest,
// decisions, closing, amendments, and the decision e-mail.
export const fr = {
  "committees.list.title": "Comités de criblage",
  "committees.list.intro":
    "Chaque mois, un comité de financeurs et de l'opérateur examine les candidatures prêtes et décide.",
  "committees.list.new": "Créer une séance",
  "committees.list.empty": "Vous n'êtes membre d'aucune séance pour l'instant.",
  "committees.list.emptyPreparer":
    "Aucune séance pour l'instant. Créez la prochaine séance pour y inscrire les candidatures prêtes.",
  "committees.list.caption": "Séances du comité, la plus récente d'abord",
  "committees.list.date": "Date (heure de Paris)",
  "committees.list.where": "Lieu",
  "committees.list.status": "État",
  "committees.list.items": "Points à l'ordre du jour",
  "committees.list.videoOnly": "En visioconférence",

  "committees.back.list": "Retour aux séances",
  "committees.back.session": "Retour à la séance",

  "committees.new.title": "Créer une séance du comité",
  "committees.new.intro":
    "La séance est créée à l'état « Prévue ». Vous y ajoutez ensuite les membres et les candidatures.",
  "committees.new.programme": "Programme",
  "committees.new.choose": "Choisissez…",
  "committees.new.date": "Date",
  "committees.new.dateHint": "Au format jj/mm/aaaa, par exemple 12/03/2026.",
  "committees.new.time": "Heure de début (heure de Paris)",
  "committees.new.timeHint": "Au format hh:mm, par exemple 14:00.",
  "committees.new.place": "Lieu",
  "committees.new.placeHint":
    "L'adresse de la réunion. Indiquez un lieu, un lien de visioconférence, ou les deux.",
  "committees.new.videoUrl": "Lien de visioconférence",
  "committees.new.videoUrlHint": "Une adresse qui commence par https://",
  "committees.new.quorum": "Quorum",
  "committees.new.quorumHint":
    "Le nombre de membres présents nécessaire de chaque côté pour décider (de 0 à 20). Un membre qui déclare un conflit d'intérêts sur un dossier n'est pas compté pour ce dossier.",
  "committees.new.minFunder": "Membres côté financeurs présents, au moins",
  "committees.new.minOperator": "Membres côté opérateur présents, au moins",
  "committees.new.submit": "Créer la séance",

  "committees.session.title": "Comité du {date}",
  "committees.session.placeLabel": "Lieu :",
  "committees.session.videoLabel": "Visioconférence :",
  "committees.session.error.programRequired": "Choisissez le programme de la séance.",
  "committees.session.error.dateRequired": "Indiquez la date de la séance.",
  "committees.session.error.dateInvalid":
    "La date n'est pas valide : écrivez-la au format jj/mm/aaaa, par exemple 12/03/2026.",
  "committees.session.error.timeRequired": "Indiquez l'heure de début.",
  "committees.session.error.timeInvalid":
    "L'heure n'est pas valide : écrivez-la au format hh:mm, par exemple 14:00.",
  "committees.session.error.placeRequired":
    "Indiquez le lieu de la séance ou un lien de visioconférence.",
  "committees.session.error.placeTooLong": "Le lieu est trop long : 300 caractères au plus.",
  "committees.session.error.videoUrlInvalid":
    "Le lien de visioconférence doit être une adresse complète, par exemple https://visio.exemple.fr/comite.",
  "committees.session.error.quorum": "Le quorum de chaque côté est un nombre entier de 0 à 20.",

  "committees.status.title": "État de la séance",
  "committees.status.planned": "Prévue",
  "committees.status.pre_review": "Pré-examen ouvert",
  "committees.status.in_session": "En séance",
  "committees.status.closed": "Close",
  "committees.status.explain.planned":
    "La séance est en préparation : ajoutez les membres et les candidatures, puis ouvrez le pré-examen.",
  "committees.status.explain.pre_review":
    "Chaque membre note seul chaque dossier sur la grille du programme. Il ne voit les notes des autres qu'après avoir donné les siennes.",
  "committees.status.explain.in_session":
    "La séance a lieu : notez les présents, puis décidez de chaque dossier. Les notes de chacun sont visibles.",
  "committees.status.explain.closed":
    "La séance est close : ses décisions sont définitives. Une correction se fait par un avenant.",
  "committees.status.minutes": "Télécharger le procès-verbal (PDF)",
  "committees.status.minutesAccessible":
    "Le procès-verbal reprend les membres, leur présence, le quorum, les conflits déclarés et les décisions, présentés aussi sur cette page.",
  "committees.status.minutesConflict":
    "Votre copie ne présente pas les dossiers sur lesquels vous avez déclaré un conflit d'intérêts.",
  "committees.action.open_pre_review": "Ouvrir le pré-examen",
  "committees.action.start_session": "Commencer la séance",
  "committees.action.close_session": "Clore la séance",

  "committees.quorum.rule":
    "Quorum : au moins {funder} membre(s) côté financeurs et {operator} membre(s) côté opérateur présents.",
  "committees.quorum.met":
    "Quorum atteint : {funder} membre(s) côté financeurs et {operator} membre(s) côté opérateur présents.",
  "committees.quorum.missing":
    "Quorum non atteint : il manque {funder} membre(s) côté financeurs et {operator} membre(s) côté opérateur.",

  "committees.side.funder": "côté financeurs",
  "committees.side.operator": "côté opérateur",

  "committees.members.title": "Membres",
  "committees.members.empty": "Aucun membre pour l'instant.",
  "committees.members.youSit.funder": "Vous siégez côté financeurs.",
  "committees.members.youSit.operator": "Vous siégez côté opérateur.",
  "committees.members.user": "Membre du comité à ajouter",
  "committees.members.choose": "Choisissez une personne…",
  "committees.members.side": "Côté",
  "committees.members.add": "Ajouter le membre",
  "committees.members.remove": "Retirer {name}",
  "committees.members.noneToAdd": "Tous les comptes « membre du comité » siègent déjà.",
  "committees.members.error.userRequired": "Choisissez la personne à ajouter.",
  "committees.members.error.sideRequired": "Choisissez le côté : financeurs ou opérateur.",
  "committees.members.error.notCommitteeMember":
    "Cette personne n'a pas le rôle « membre du comité ».",
  "committees.members.error.alreadyMember": "Cette personne est déjà membre de la séance.",
  "committees.members.error.notMember": "Cette personne n'est pas membre de la séance.",
  "committees.members.error.tookPart":
    "Ce membre a déjà noté un dossier ou déclaré un conflit d'intérêts : il reste membre de la séance.",

  "committees.presence.legend": "Membres présents",
  "committees.presence.submit": "Enregistrer les présents",
  "committees.presence.present": "présent·e",
  "committees.presence.absent": "absent·e",
  "committees.presence.error.unknownMember":
    "Une des personnes cochées n'est pas membre de la séance. Rechargez la page.",

  "committees.agenda.title": "Ordre du jour",
  "committees.agenda.empty": "L'ordre du jour est vide.",
  "committees.agenda.hiddenItem":
    "Point {position} : vous avez déclaré un conflit d'intérêts, son contenu vous est masqué.",
  "committees.agenda.withdrawn": "candidature retirée",
  "committees.agenda.conflicts": "{count} conflit(s) d'intérêts déclaré(s)",
  "committees.agenda.up": "Monter le dossier {item}",
  "committees.agenda.down": "Descendre le dossier {item}",
  "committees.agenda.remove": "Retirer le dossier {item} de l'ordre du jour",
  "committees.agenda.error.applicationRequired": "Choisissez la candidature à ajouter.",
  "committees.agenda.error.itemRequired":
    "Ce point n'est plus à l'ordre du jour. Rechargez la page.",
  "committees.agenda.error.notReady":
    "Cette candidature n'est plus prête pour le comité (elle est peut-être déjà inscrite ailleurs). Rechargez la page.",

  "committees.candidates.title": "Candidatures prêtes pour le comité",
  "committees.candidates.intro":
    "Les candidatures marquées prêtes par l'instruction, et celles ajournées par une séance précédente, la plus ancienne d'abord.",
  "committees.candidates.empty": "Aucune candidature n'attend le comité.",
  "committees.candidates.more":
    "Voici les {shown} plus anciennes des {total} candidatures qui attendent : les suivantes apparaissent à mesure que vous les inscrivez.",
  "committees.candidates.postponed": "ajournée",
  "committees.candidates.submitted": "Déposée le {date}.",
  "committees.candidates.add": "Inscrire le dossier {item} à l'ordre du jour",

  "committees.levels.none": "Aucun échelon demandé.",
  "committees.levels.line":
    "{level} : coût total {cost}, taux demandé {rate}, part du programme {share}",
  "committees.levels.noCost": "{level} : taux {rate}",
  "committees.review.none": "Pas encore de note de l'instruction.",
  "committees.review.average": "Note de l'instruction : {average} sur 5 ({count} évaluation(s)).",

  "committees.envelopes.title": "Enveloppes des financeurs",
  "committees.envelopes.none": "Le programme n'a pas d'enveloppe de financeur.",
  "committees.envelopes.line": "enveloppe {envelope}, accordé {granted}, reste {remaining}",

  "committees.item.title": "Point {position} : {number} – {organization}",
  "committees.item.summary": "Synthèse de l'instruction",
  "committees.item.noSummary": "Pas de synthèse.",
  "committees.item.levels": "Échelons demandés",
  "committees.item.withdrawn":
    "La structure a retiré sa candidature : il n'y a plus de décision à prendre.",

  "committees.score.title": "Pré-examen",
  "committees.score.count": "{count} membre(s) ont donné leurs notes.",
  "committees.score.intro":
    "Notez le dossier seul, de 1 (faible) à 5 (excellent) sur chaque critère. Vous verrez les notes des autres membres une fois les vôtres enregistrées.",
  "committees.score.introAgain":
    "Vous avez noté ce dossier. Vous pouvez changer vos notes jusqu'au début de la séance.",
  "committees.score.closed":
    "Le pré-examen n'est pas ouvert : les notes ne peuvent pas être données maintenant.",
  "committees.score.weight": "poids {weight}",
  "committees.score.score": "Note",
  "committees.score.comment": "Commentaire (facultatif)",
  "committees.score.submit": "Enregistrer mes notes",
  "committees.score.othersTitle": "Notes des membres",
  "committees.score.average": "Moyenne des membres : {average} sur 5 ({count} membre(s)).",
  "committees.score.noAverage": "Aucun membre n'a encore noté tous les critères.",
  "committees.score.incomplete": "notes incomplètes",
  "committees.score.hidden":
    "Les notes des autres membres restent masquées jusqu'à ce que vous ayez donné les vôtres, ou jusqu'au début de la séance.",
  "committees.score.noGrid": "Le programme n'a pas encore de grille d'évaluation.",
  "committees.score.error.range": "Choisissez une note de 1 à 5 pour « {criterion} ».",
  "committees.score.error.commentTooLong":
    "Le commentaire sur « {criterion} » est trop long : 1 000 caractères au plus.",
  "committees.score.error.unknownCriterion":
    "Le critère « {criterion} » ne fait plus partie de la grille. Rechargez la page.",

  "committees.conflict.title": "Conflit d'intérêts",
  "committees.conflict.intro":
    "Si vous avez un lien avec cette structure (membre, salarié, proche, partenaire), déclarez un conflit d'intérêts. Vous ne verrez plus rien de ce dossier et ne prendrez pas part à sa décision. Cette déclaration est définitive.",
  "committees.conflict.confirm": "Je déclare un conflit d'intérêts sur ce dossier",
  "committees.conflict.submit": "Déclarer le conflit d'intérêts",
  "committees.conflict.error.confirm": "Cochez la case pour confirmer la déclaration.",

  "committees.outcome.accepted": "Acceptée",
  "committees.outcome.refused": "Refusée",
  "committees.outcome.postponed": "Ajournée",

  "committees.refusalReason.priorities": "Projet hors des priorités du programme",
  "committees.refusalReason.need_unclear": "Besoin numérique pas assez précis",
  "committees.refusalReason.capacity": "Capacité à porter le projet insuffisante",
  "committees.refusalReason.budget": "Enveloppe du programme insuffisante",
  "committees.refusalReason.other_scheme": "Projet mieux servi par un autre dispositif",
  "committees.refusalReason.other": "Autre motif",

  "committees.decision.title": "Décision",
  "committees.decision.none": "Pas encore de décision.",
  "committees.decision.notAllowed":
    "Seuls les membres présents de la séance, sans conflit d'intérêts sur ce dossier, enregistrent la décision.",
  "committees.decision.outcome": "Décision du comité",
  "committees.decision.ifAccepted": "Si la candidature est acceptée : les échelons accordés",
  "committees.decision.levelLegend": "{level} (taux de {min} à {max}\u00a0%)",
  "committees.decision.granted": "Accorder l'échelon {level}",
  "committees.decision.rate": "Taux de financement de {level}, en %",
  "committees.decision.rateHint": "Un nombre entier de {min} à {max}.",
  "committees.decision.cost": "Coût retenu de {level}, en euros",
  "committees.decision.costHint":
    "Le coût demandé est proposé ; le montant accordé est ce coût multiplié par le taux, arrondi au centime.",
  "committees.decision.funder": "Financeur de {level}",
  "committees.decision.confirmOverEnvelope":
    "Je confirme accorder au-delà de l'enveloppe restante du financeur",
  "committees.decision.ifRefused": "Si la candidature est refusée",
  "committees.decision.reason": "Motif du refus",
  "committees.decision.chooseReason": "Choisissez un motif…",
  "committees.decision.message": "Message à la structure",
  "committees.decision.messageHint":
    "Écrivez simplement : ce texte est envoyé tel quel à la structure. 3 000 caractères au plus.",
  "committees.decision.ifPostponed": "Si la candidature est ajournée",
  "committees.decision.missing": "Ce qui manque pour décider",
  "committees.decision.missingHint":
    "Ce texte est envoyé à la structure. La candidature pourra être inscrite à une prochaine séance.",
  "committees.decision.submit": "Enregistrer la décision",
  "committees.decision.amended": "avenant n° {n}",
  "committees.decision.final": "définitive",
  "committees.decision.grantedLine":
    "{level} accordé : taux {rate}, coût retenu {cost}, montant accordé {amount}, financé par {funder}",
  "committees.decision.notGrantedLine": "{level} : non accordé",
  "committees.decision.reasonLabel": "Motif :",
  "committees.decision.missingLabel": "Ce qui manque :",
  "committees.decision.amendmentReasonLabel": "Motif de l'avenant :",
  "committees.decision.overEnvelopeConfirmed":
    "Accordée au-delà de l'enveloppe restante, avec confirmation.",
  "committees.decision.error.outcomeRequired":
    "Choisissez la décision : acceptée, refusée ou ajournée.",
  "committees.decision.error.noLevelGranted":
    "Accordez au moins un échelon, ou choisissez « Refusée » ou « Ajournée ».",
  "committees.decision.error.rateRequired": "Indiquez le taux de financement de {level}.",
  "committees.decision.error.rateOutOfBounds":
    "Le taux de {level} doit être un nombre entier de {min} à {max}.",
  "committees.decision.error.rateOutOfBoundsNow":
    "Le taux de {level} doit être de {min} à {max}\u00a0% : le programme a peut-être changé. Rechargez la page.",
  "committees.decision.error.costRequired":
    "Indiquez le coût retenu de {level} en euros, par exemple 12 000.",
  "committees.decision.error.funderRequired": "Choisissez le financeur de {level}.",
  "committees.decision.error.unknownFunder":
    "Ce financeur n'a pas d'enveloppe dans le programme. Rechargez la page.",
  "committees.decision.error.unknownLevel":
    "Cet échelon n'est pas demandé par la candidature. Rechargez la page.",
  "committees.decision.error.overEnvelope":
    "Cette décision dépasse l'enveloppe restante de : {funders}. Cochez la case de confirmation pour accorder quand même.",
  "committees.decision.error.reasonRequired": "Choisissez le motif du refus.",
  "committees.decision.error.messageRequired": "Écrivez le message à la structure.",
  "committees.decision.error.messageTooLong":
    "Le message est trop long : 3 000 caractères au plus.",
  "committees.decision.error.missingRequired": "Indiquez ce qui manque pour décider.",
  "committees.decision.error.missingTooLong": "Le texte est trop long : 3 000 caractères au plus.",

  "committees.amend.title": "Corriger la décision par un avenant",
  "committees.amend.intro":
    "La décision est définitive : une correction est enregistrée comme un avenant, avec son motif, et la structure reçoit la décision corrigée. La décision elle-même (acceptée, refusée, ajournée) ne change pas.",
  "committees.amend.reason": "Motif de l'avenant",
  "committees.amend.submit": "Enregistrer l'avenant",
  "committees.amend.error.reasonRequired": "Indiquez le motif de l'avenant.",
  "committees.amend.error.reasonTooLong": "Le motif est trop long : 1 000 caractères au plus.",
  "committees.amend.error.outcomeChange":
    "Un avenant corrige les montants, taux ou messages, pas la décision elle-même : gardez la même décision.",
  "committees.amend.error.supportInvoiced":
    "Cet accompagnement a déjà des montants facturés : l'avenant ne peut plus changer son montant.",
  "committees.amend.error.supportStarted":
    "L'accompagnement de cet échelon a commencé : l'avenant ne peut plus retirer l'échelon.",

  "committees.close.title": "Clore la séance",
  "committees.close.intro":
    "À la clôture, les décisions deviennent définitives, les candidatures changent d'état et chaque structure reçoit sa décision par courriel.",
  "committees.close.confirm": "Je confirme la clôture de la séance",
  "committees.close.submit": "Clore la séance",
  "committees.close.error.confirm": "Cochez la case pour confirmer la clôture.",

  "committees.refusal.sessionClosed":
    "La séance est close : ses décisions sont définitives. Pour corriger une décision, enregistrez un avenant.",
  "committees.refusal.wrongState":
    "Cette action n'est pas possible dans l'état actuel de la séance. Rechargez la page.",
  "committees.refusal.roleNotAllowed": "Votre rôle ne permet pas cette action.",
  "committees.refusal.agendaLocked": "L'ordre du jour ne change plus une fois la séance commencée.",
  "committees.refusal.membersLocked": "Les membres ne changent plus une fois la séance commencée.",
  "committees.refusal.notInSession": "Cette action n'est possible que pendant la séance.",
  "committees.refusal.scoringClosed": "Les notes se donnent pendant le pré-examen seulement.",
  "committees.refusal.emptyAgenda":
    "Ajoutez au moins une candidature à l'ordre du jour avant d'ouvrir le pré-examen.",
  "committees.refusal.noMembers": "Ajoutez au moins un membre avant d'ouvrir le pré-examen.",
  "committees.refusal.notMember": "Seuls les membres de la séance peuvent faire cela.",
  "committees.refusal.notPresent":
    "Vous n'êtes pas noté·e présent·e : enregistrez d'abord votre présence.",
  "committees.refusal.conflicted":
    "Vous avez déclaré un conflit d'intérêts sur ce dossier : vous n'y prenez pas part.",
  "committees.refusal.noQuorum":
    "Le quorum n'est pas atteint pour ce dossier : il manque {funder} membre(s) côté financeurs et {operator} côté opérateur, présents et sans conflit d'intérêts.",
  "committees.refusal.applicationState":
    "La candidature a changé d'état (elle a peut-être été retirée). Rechargez la page.",
  "committees.refusal.undecided":
    "{count} dossier(s) n'ont pas encore de décision : {numbers}. Décidez de chacun avant de clore.",
  "committees.refusal.amendNotClosed":
    "La séance n'est pas close : enregistrez simplement la décision de nouveau.",
  "committees.refusal.noDecision": "Ce dossier n'a pas de décision à corriger.",

  "committees.notice.created": "La séance est créée.",
  "committees.notice.preReviewOpened":
    "Le pré-examen est ouvert : les membres peuvent noter. Chacun reçoit son invitation par e-mail, avec la séance pour son agenda.",
  "committees.notice.started": "La séance a commencé.",
  "committees.notice.memberAdded": "Le membre est ajouté.",
  "committees.notice.memberRemoved": "Le membre est retiré.",
  "committees.notice.itemAdded": "La candidature est inscrite à l'ordre du jour.",
  "committees.notice.itemRemoved": "La candidature est retirée de l'ordre du jour.",
  "committees.notice.itemMoved": "L'ordre du jour est modifié.",
  "committees.notice.presenceRecorded": "Les présents sont enregistrés.",
  "committees.notice.closed":
    "La séance est close. Les décisions sont définitives et les structures sont prévenues.",
  "committees.notice.scored": "Vos notes sont enregistrées.",
  "committees.notice.conflictDeclared":
    "Votre conflit d'intérêts est enregistré : ce dossier vous est désormais masqué.",
  "committees.notice.decided": "La décision est enregistrée.",
  "committees.notice.amended": "L'avenant est enregistré et la structure est prévenue.",

  "committees.email.greeting": "Bonjour,",
  "committees.email.signature": "L'équipe Digit'ESS",
  "committees.email.subject.accepted": "Votre candidature {number} est acceptée",
  "committees.email.subject.refused": "Votre candidature {number} n'est pas retenue",
  "committees.email.subject.postponed": "Votre candidature {number} est ajournée",
  "committees.email.amendedSubject": "Décision corrigée pour votre candidature {number}",
  "committees.email.intro":
    "Le comité Digit'ESS du {date} a examiné la candidature {number} de {organization}.",
  "committees.email.amendedIntro":
    "Cette décision corrige la précédente : c'est celle-ci qui compte désormais.",
  "committees.email.accepted": "Bonne nouvelle : le comité a accepté votre candidature.",
  "committees.email.grantedTitle": "Ce qui vous est accordé :",
  "committees.email.grantedLevel":
    "{level} : {amount} (taux de {rate} sur un coût retenu de {cost})",
  "committees.email.notGranted": "Non accordé : {levels}.",
  "committees.email.acceptedNext":
    "Votre antenne régionale vous contacte pour organiser l'accompagnement.",
  "committees.email.refused": "Le comité n'a pas retenu votre candidature. La raison : {reason}.",
  "committees.email.committeeMessage": "Le message du comité :",
  "committees.email.postponed":
    "Le comité a besoin d'éléments supplémentaires avant de décider. Votre candidature sera examinée à une prochaine séance.",
  "committees.email.missing": "Ce qui manque :",
  "committees.email.link": "Votre dossier : {url}",
  "committees.email.letterAttached":
    "La lettre de décision du comité est jointe à ce courriel (PDF) ; vous pouvez aussi la télécharger depuis la page de votre dossier.",
} as const;

export const en: Messages<typeof fr> = {
  "committees.list.title": "Screening committees",
  "committees.list.intro":
    "Every month, a committee of funders and the operator examines the applications ready for it and decides.",
  "committees.list.new": "Create a session",
  "committees.list.empty": "You are not a member of any session yet.",
  "committees.list.emptyPreparer":
    "No session yet. Create the next session to put the ready applications on its agenda.",
  "committees.list.caption": "Committee sessions, the latest first",
  "committees.list.date": "Date (Paris time)",
  "committees.list.where": "Place",
  "committees.list.status": "Status",
  "committees.list.items": "Items on the agenda",
  "committees.list.videoOnly": "By video",

  "committees.back.list": "Back to the sessions",
  "committees.back.session": "Back to the session",

  "committees.new.title": "Create a committee session",
  "committees.new.intro":
    "The session is created as “Planned”. You then add its members and applications.",
  "committees.new.programme": "Programme",
  "committees.new.choose": "Choose…",
  "committees.new.date": "Date",
  "committees.new.dateHint": "As dd/mm/yyyy, for example 12/03/2026.",
  "committees.new.time": "Start time (Paris time)",
  "committees.new.timeHint": "As hh:mm, for example 14:00.",
  "committees.new.place": "Place",
  "committees.new.placeHint": "The meeting's address. Give a place, a video link, or both.",
  "committees.new.videoUrl": "Video link",
  "committees.new.videoUrlHint": "An address starting with https://",
  "committees.new.quorum": "Quorum",
  "committees.new.quorumHint":
    "How many members of each side must be present to decide (0 to 20). A member who declares a conflict of interest on an application does not count for it.",
  "committees.new.minFunder": "Funder-side members present, at least",
  "committees.new.minOperator": "Operator-side members present, at least",
  "committees.new.submit": "Create the session",

  "committees.session.title": "Committee of {date}",
  "committees.session.placeLabel": "Place:",
  "committees.session.videoLabel": "Video:",
  "committees.session.error.programRequired": "Choose the session's programme.",
  "committees.session.error.dateRequired": "Give the session's date.",
  "committees.session.error.dateInvalid":
    "The date is not valid: write it as dd/mm/yyyy, for example 12/03/2026.",
  "committees.session.error.timeRequired": "Give the start time.",
  "committees.session.error.timeInvalid":
    "The time is not valid: write it as hh:mm, for example 14:00.",
  "committees.session.error.placeRequired": "Give the session's place or a video link.",
  "committees.session.error.placeTooLong": "The place is too long: 300 characters at most.",
  "committees.session.error.videoUrlInvalid":
    "The video link must be a full address, for example https://video.example.org/committee.",
  "committees.session.error.quorum": "Each side's quorum is a whole number from 0 to 20.",

  "committees.status.title": "Session status",
  "committees.status.planned": "Planned",
  "committees.status.pre_review": "Pre-review open",
  "committees.status.in_session": "In session",
  "committees.status.closed": "Closed",
  "committees.status.explain.planned":
    "The session is being prepared: add its members and applications, then open the pre-review.",
  "committees.status.explain.pre_review":
    "Each member scores each application alone on the programme's grid. They see the others' scores only once they have given their own.",
  "committees.status.explain.in_session":
    "The meeting is on: record who is present, then decide on each application. Everyone's scores are visible.",
  "committees.status.explain.closed":
    "The session is closed: its decisions are final. A correction is made by an amendment.",
  "committees.status.minutes": "Download the minutes (PDF)",
  "committees.status.minutesAccessible":
    "The minutes set out the members, their presence, the quorum, the declared conflicts and the decisions, also shown on this page.",
  "committees.status.minutesConflict":
    "Your copy does not show the applications on which you declared a conflict of interest.",
  "committees.action.open_pre_review": "Open the pre-review",
  "committees.action.start_session": "Start the meeting",
  "committees.action.close_session": "Close the session",

  "committees.quorum.rule":
    "Quorum: at least {funder} funder-side and {operator} operator-side member(s) present.",
  "committees.quorum.met":
    "Quorum reached: {funder} funder-side and {operator} operator-side member(s) present.",
  "committees.quorum.missing":
    "Quorum not reached: {funder} funder-side and {operator} operator-side member(s) missing.",

  "committees.side.funder": "funder side",
  "committees.side.operator": "operator side",

  "committees.members.title": "Members",
  "committees.members.empty": "No member yet.",
  "committees.members.youSit.funder": "You sit on the funders' side.",
  "committees.members.youSit.operator": "You sit on the operator's side.",
  "committees.members.user": "Committee member to add",
  "committees.members.choose": "Choose a person…",
  "committees.members.side": "Side",
  "committees.members.add": "Add the member",
  "committees.members.remove": "Remove {name}",
  "committees.members.noneToAdd": "Every “committee member” account already sits.",
  "committees.members.error.userRequired": "Choose the person to add.",
  "committees.members.error.sideRequired": "Choose the side: funders or operator.",
  "committees.members.error.notCommitteeMember":
    "This person does not have the committee member role.",
  "committees.members.error.alreadyMember": "This person is already a member of the session.",
  "committees.members.error.notMember": "This person is not a member of the session.",
  "committees.members.error.tookPart":
    "This member has already scored an application or declared a conflict of interest: they stay a member.",

  "committees.presence.legend": "Members present",
  "committees.presence.submit": "Record who is present",
  "committees.presence.present": "present",
  "committees.presence.absent": "absent",
  "committees.presence.error.unknownMember":
    "One of the people ticked is not a member of the session. Reload the page.",

  "committees.agenda.title": "Agenda",
  "committees.agenda.empty": "The agenda is empty.",
  "committees.agenda.hiddenItem":
    "Item {position}: you declared a conflict of interest, its content is hidden from you.",
  "committees.agenda.withdrawn": "application withdrawn",
  "committees.agenda.conflicts": "{count} conflict(s) of interest declared",
  "committees.agenda.up": "Move application {item} up",
  "committees.agenda.down": "Move application {item} down",
  "committees.agenda.remove": "Take application {item} off the agenda",
  "committees.agenda.error.applicationRequired": "Choose the application to add.",
  "committees.agenda.error.itemRequired": "This item is no longer on the agenda. Reload the page.",
  "committees.agenda.error.notReady":
    "This application is no longer ready for the committee (it may already be on another agenda). Reload the page.",

  "committees.candidates.title": "Applications ready for the committee",
  "committees.candidates.intro":
    "The applications the review marked ready, and those an earlier session postponed, the oldest first.",
  "committees.candidates.empty": "No application is waiting for the committee.",
  "committees.candidates.more":
    "These are the {shown} oldest of the {total} waiting applications: the next ones appear as you put these on the agenda.",
  "committees.candidates.postponed": "postponed",
  "committees.candidates.submitted": "Submitted on {date}.",
  "committees.candidates.add": "Put application {item} on the agenda",

  "committees.levels.none": "No level requested.",
  "committees.levels.line":
    "{level}: total cost {cost}, rate requested {rate}, programme share {share}",
  "committees.levels.noCost": "{level}: rate {rate}",
  "committees.review.none": "No review score yet.",
  "committees.review.average": "Review score: {average} out of 5 ({count} review(s)).",

  "committees.envelopes.title": "Funders' envelopes",
  "committees.envelopes.none": "The programme has no funder envelope.",
  "committees.envelopes.line": "envelope {envelope}, granted {granted}, remaining {remaining}",

  "committees.item.title": "Item {position}: {number} – {organization}",
  "committees.item.summary": "Review summary",
  "committees.item.noSummary": "No summary.",
  "committees.item.levels": "Levels requested",
  "committees.item.withdrawn":
    "The organisation withdrew its application: there is no decision left to take.",

  "committees.score.title": "Pre-review",
  "committees.score.count": "{count} member(s) gave their scores.",
  "committees.score.intro":
    "Score the application alone, from 1 (weak) to 5 (excellent) on each criterion. You will see the other members' scores once yours are saved.",
  "committees.score.introAgain":
    "You scored this application. You may change your scores until the meeting starts.",
  "committees.score.closed": "The pre-review is not open: scores cannot be given now.",
  "committees.score.weight": "weight {weight}",
  "committees.score.score": "Score",
  "committees.score.comment": "Comment (optional)",
  "committees.score.submit": "Save my scores",
  "committees.score.othersTitle": "Members' scores",
  "committees.score.average": "Members' average: {average} out of 5 ({count} member(s)).",
  "committees.score.noAverage": "No member has scored every criterion yet.",
  "committees.score.incomplete": "incomplete scores",
  "committees.score.hidden":
    "The other members' scores stay hidden until you have given yours, or until the meeting starts.",
  "committees.score.noGrid": "The programme has no review grid yet.",
  "committees.score.error.range": "Choose a score from 1 to 5 for “{criterion}”.",
  "committees.score.error.commentTooLong":
    "The comment on “{criterion}” is too long: 1,000 characters at most.",
  "committees.score.error.unknownCriterion":
    "The criterion “{criterion}” is no longer on the grid. Reload the page.",

  "committees.conflict.title": "Conflict of interest",
  "committees.conflict.intro":
    "If you have a link with this organisation (member, employee, relative, partner), declare a conflict of interest. You will see nothing more of this application and take no part in its decision. The declaration is final.",
  "committees.conflict.confirm": "I declare a conflict of interest on this application",
  "committees.conflict.submit": "Declare the conflict of interest",
  "committees.conflict.error.confirm": "Tick the box to confirm the declaration.",

  "committees.outcome.accepted": "Accepted",
  "committees.outcome.refused": "Refused",
  "committees.outcome.postponed": "Postponed",

  "committees.refusalReason.priorities": "Project outside the programme's priorities",
  "committees.refusalReason.need_unclear": "Digital need not precise enough",
  "committees.refusalReason.capacity": "Not enough capacity to carry the project",
  "committees.refusalReason.budget": "Programme envelope insufficient",
  "committees.refusalReason.other_scheme": "Project better served by another scheme",
  "committees.refusalReason.other": "Other reason",

  "committees.decision.title": "Decision",
  "committees.decision.none": "No decision yet.",
  "committees.decision.notAllowed":
    "Only the session's members who are present, without a conflict of interest on this application, record the decision.",
  "committees.decision.outcome": "Committee decision",
  "committees.decision.ifAccepted": "If the application is accepted: the levels granted",
  "committees.decision.levelLegend": "{level} (rate from {min} to {max}\u00a0%)",
  "committees.decision.granted": "Grant the {level} level",
  "committees.decision.rate": "Funding rate of {level}, in %",
  "committees.decision.rateHint": "A whole number from {min} to {max}.",
  "committees.decision.cost": "Cost retained for {level}, in euros",
  "committees.decision.costHint":
    "The cost requested is proposed; the amount granted is this cost times the rate, rounded to the cent.",
  "committees.decision.funder": "Funder of {level}",
  "committees.decision.confirmOverEnvelope":
    "I confirm granting beyond the funder's remaining envelope",
  "committees.decision.ifRefused": "If the application is refused",
  "committees.decision.reason": "Reason for the refusal",
  "committees.decision.chooseReason": "Choose a reason…",
  "committees.decision.message": "Message to the organisation",
  "committees.decision.messageHint":
    "Write simply: this text is sent to the organisation as it is. 3,000 characters at most.",
  "committees.decision.ifPostponed": "If the application is postponed",
  "committees.decision.missing": "What is missing to decide",
  "committees.decision.missingHint":
    "This text is sent to the organisation. The application may be put on a later session's agenda.",
  "committees.decision.submit": "Record the decision",
  "committees.decision.amended": "amendment no. {n}",
  "committees.decision.final": "final",
  "committees.decision.grantedLine":
    "{level} granted: rate {rate}, cost retained {cost}, amount granted {amount}, funded by {funder}",
  "committees.decision.notGrantedLine": "{level}: not granted",
  "committees.decision.reasonLabel": "Reason:",
  "committees.decision.missingLabel": "What is missing:",
  "committees.decision.amendmentReasonLabel": "Reason for the amendment:",
  "committees.decision.overEnvelopeConfirmed":
    "Granted beyond the remaining envelope, with confirmation.",
  "committees.decision.error.outcomeRequired":
    "Choose the decision: accepted, refused or postponed.",
  "committees.decision.error.noLevelGranted":
    "Grant at least one level, or choose “Refused” or “Postponed”.",
  "committees.decision.error.rateRequired": "Give the funding rate of {level}.",
  "committees.decision.error.rateOutOfBounds":
    "The rate of {level} must be a whole number from {min} to {max}.",
  "committees.decision.error.rateOutOfBoundsNow":
    "The rate of {level} must be from {min} to {max}\u00a0%: the programme may have changed. Reload the page.",
  "committees.decision.error.costRequired":
    "Give the cost retained for {level} in euros, for example 12,000.",
  "committees.decision.error.funderRequired": "Choose the funder of {level}.",
  "committees.decision.error.unknownFunder":
    "This funder has no envelope in the programme. Reload the page.",
  "committees.decision.error.unknownLevel":
    "The application does not request this level. Reload the page.",
  "committees.decision.error.overEnvelope":
    "This decision goes beyond the remaining envelope of: {funders}. Tick the confirmation box to grant anyway.",
  "committees.decision.error.reasonRequired": "Choose the reason for the refusal.",
  "committees.decision.error.messageRequired": "Write the message to the organisation.",
  "committees.decision.error.messageTooLong": "The message is too long: 3,000 characters at most.",
  "committees.decision.error.missingRequired": "Say what is missing to decide.",
  "committees.decision.error.missingTooLong": "The text is too long: 3,000 characters at most.",

  "committees.amend.title": "Correct the decision with an amendment",
  "committees.amend.intro":
    "The decision is final: a correction is recorded as an amendment, with its reason, and the organisation receives the corrected decision. The decision itself (accepted, refused, postponed) does not change.",
  "committees.amend.reason": "Reason for the amendment",
  "committees.amend.submit": "Record the amendment",
  "committees.amend.error.reasonRequired": "Give the reason for the amendment.",
  "committees.amend.error.reasonTooLong": "The reason is too long: 1,000 characters at most.",
  "committees.amend.error.outcomeChange":
    "An amendment corrects amounts, rates or messages, not the decision itself: keep the same decision.",
  "committees.amend.error.supportInvoiced":
    "This support already has invoiced amounts: the amendment can no longer change its amount.",
  "committees.amend.error.supportStarted":
    "The support of this level has started: the amendment can no longer withdraw the level.",

  "committees.close.title": "Close the session",
  "committees.close.intro":
    "On closing, the decisions become final, the applications change state and each organisation receives its decision by e-mail.",
  "committees.close.confirm": "I confirm closing the session",
  "committees.close.submit": "Close the session",
  "committees.close.error.confirm": "Tick the box to confirm the closing.",

  "committees.refusal.sessionClosed":
    "The session is closed: its decisions are final. To correct a decision, record an amendment.",
  "committees.refusal.wrongState":
    "This action is not possible in the session's current status. Reload the page.",
  "committees.refusal.roleNotAllowed": "Your role does not allow this action.",
  "committees.refusal.agendaLocked": "The agenda no longer changes once the meeting has started.",
  "committees.refusal.membersLocked": "The members no longer change once the meeting has started.",
  "committees.refusal.notInSession": "This action is only possible during the meeting.",
  "committees.refusal.scoringClosed": "Scores are given during the pre-review only.",
  "committees.refusal.emptyAgenda":
    "Put at least one application on the agenda before opening the pre-review.",
  "committees.refusal.noMembers": "Add at least one member before opening the pre-review.",
  "committees.refusal.notMember": "Only the session's members may do this.",
  "committees.refusal.notPresent": "You are not recorded as present: record your presence first.",
  "committees.refusal.conflicted":
    "You declared a conflict of interest on this application: you take no part in it.",
  "committees.refusal.noQuorum":
    "The quorum is not reached for this application: {funder} funder-side and {operator} operator-side member(s) missing, present and without a conflict of interest.",
  "committees.refusal.applicationState":
    "The application changed state (it may have been withdrawn). Reload the page.",
  "committees.refusal.undecided":
    "{count} application(s) have no decision yet: {numbers}. Decide on each before closing.",
  "committees.refusal.amendNotClosed":
    "The session is not closed: simply record the decision again.",
  "committees.refusal.noDecision": "This application has no decision to correct.",

  "committees.notice.created": "The session is created.",
  "committees.notice.preReviewOpened":
    "The pre-review is open: members may score. Each receives their invitation by e-mail, with the session for their calendar.",
  "committees.notice.started": "The meeting has started.",
  "committees.notice.memberAdded": "The member is added.",
  "committees.notice.memberRemoved": "The member is removed.",
  "committees.notice.itemAdded": "The application is on the agenda.",
  "committees.notice.itemRemoved": "The application is off the agenda.",
  "committees.notice.itemMoved": "The agenda is changed.",
  "committees.notice.presenceRecorded": "Who is present is recorded.",
  "committees.notice.closed":
    "The session is closed. The decisions are final and the organisations are told.",
  "committees.notice.scored": "Your scores are saved.",
  "committees.notice.conflictDeclared":
    "Your conflict of interest is recorded: this application is now hidden from you.",
  "committees.notice.decided": "The decision is recorded.",
  "committees.notice.amended": "The amendment is recorded and the organisation is told.",

  "committees.email.greeting": "Hello,",
  "committees.email.signature": "The Digit'ESS team",
  "committees.email.subject.accepted": "Your application {number} is accepted",
  "committees.email.subject.refused": "Your application {number} is not selected",
  "committees.email.subject.postponed": "Your application {number} is postponed",
  "committees.email.amendedSubject": "Corrected decision on your application {number}",
  "committees.email.intro":
    "The Digit'ESS committee of {date} examined application {number} of {organization}.",
  "committees.email.amendedIntro":
    "This decision corrects the previous one: this is the one that now counts.",
  "committees.email.accepted": "Good news: the committee accepted your application.",
  "committees.email.grantedTitle": "What you are granted:",
  "committees.email.grantedLevel":
    "{level}: {amount} (rate of {rate} on a cost retained of {cost})",
  "committees.email.notGranted": "Not granted: {levels}.",
  "committees.email.acceptedNext":
    "Your regional antenna will contact you to organise the support.",
  "committees.email.refused":
    "The committee did not select your application. The reason: {reason}.",
  "committees.email.committeeMessage": "The committee's message:",
  "committees.email.postponed":
    "The committee needs more before deciding. Your application will be examined at a later session.",
  "committees.email.missing": "What is missing:",
  "committees.email.link": "Your file: {url}",
  "committees.email.letterAttached":
    "The committee's decision letter is attached to this e-mail (PDF); you can also download it from your file's page.",
};
