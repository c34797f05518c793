import type { Messages } from "~/platform/i18n/types";

// The review actions (/instruction/candidatures/:id/examen, /complements, /non-eligible,
// /evaluation, /prete, /attribution), their refusals and the e-mails they send.
export const fr = {
  "review.actions.backToFile": "Retour au dossier",
  "review.actions.fileOf": "Dossier {number} – {organization}",
  "review.actions.currentState": "État actuel : {state}",
  "review.actions.notAvailable":
    "Cette action n'est pas possible dans l'état actuel du dossier. Retournez au dossier pour voir ce qu'il est possible de faire.",
  "review.actions.error.wrongState":
    "Cette action n'est plus possible : le dossier a changé d'état. Retournez au dossier et rechargez la page.",
  "review.actions.errorSummary": "Le formulaire contient une erreur : corrigez le champ signalé.",

  "review.actions.start.title": "Prendre le dossier en examen",
  "review.actions.start.intro":
    "Le dossier passe à l'état « En cours d'examen ». S'il n'est encore attribué à personne, il vous est attribué.",
  "review.actions.start.submit": "Prendre en examen",
  "review.actions.start.done": "Le dossier est pris en examen.",

  "review.actions.information.title": "Demander des compléments",
  "review.actions.information.intro":
    "La structure reçoit votre message par courriel et le dossier passe à l'état « Compléments demandés ». Un rappel lui est envoyé au bout de 7 jours sans réponse.",
  "review.actions.information.message": "Message à la structure",
  "review.actions.information.messageHint": "5 000 caractères au plus.",
  "review.actions.information.items": "Pièces ou informations manquantes",
  "review.actions.information.itemsHint":
    "Une par ligne, 20 au plus, 200 caractères au plus chacune.",
  "review.actions.information.submit": "Envoyer la demande",
  "review.actions.information.done": "La demande de compléments est envoyée à la structure.",
  "review.actions.information.error.messageRequired": "Écrivez le message à la structure.",
  "review.actions.information.error.messageTooLong":
    "Le message est trop long : 5 000 caractères au plus.",
  "review.actions.information.error.itemsRequired":
    "Indiquez au moins une pièce ou information manquante.",
  "review.actions.information.error.itemsTooMany": "Indiquez 20 éléments manquants au plus.",
  "review.actions.information.error.itemTooLong":
    "Chaque élément manquant tient en 200 caractères au plus.",

  "review.actions.ineligible.title": "Déclarer le dossier non éligible",
  "review.actions.ineligible.intro":
    "Cette décision est définitive. La structure reçoit un courriel qui explique pourquoi, en termes simples, et qui l'oriente vers d'autres aides.",
  "review.actions.ineligible.category": "Motif",
  "review.actions.ineligible.reason": "Explication pour la structure",
  "review.actions.ineligible.reasonHint":
    "Écrivez simplement, sans jargon : ce texte est envoyé tel quel à la structure. 2 000 caractères au plus.",
  "review.actions.ineligible.submit": "Déclarer non éligible",
  "review.actions.ineligible.done":
    "Le dossier est déclaré non éligible ; la structure est prévenue.",
  "review.actions.ineligible.error.categoryRequired": "Choisissez un motif.",
  "review.actions.ineligible.error.reasonRequired": "Expliquez à la structure pourquoi.",
  "review.actions.ineligible.error.reasonTooLong":
    "L'explication est trop longue : 2 000 caractères au plus.",
  "review.actions.ineligible.reason.legal_form": "Forme juridique hors du programme",
  "review.actions.ineligible.reason.too_young": "Structure trop récente (moins de 3 ans)",
  "review.actions.ineligible.reason.outside_territory": "Hors du territoire du programme",
  "review.actions.ineligible.reason.outside_purpose": "Hors de l'objet du programme",
  "review.actions.ineligible.reason.other": "Autre motif",

  "review.actions.score.title": "Évaluer le dossier",
  "review.actions.score.intro":
    "Notez chaque critère de la grille du programme de 1 (faible) à 5 (excellent). Vous pouvez revenir modifier vos notes tant que le dossier est en examen.",
  "review.actions.score.weight": "Poids {weight}",
  "review.actions.score.score": "Note de 1 à 5",
  "review.actions.score.comment": "Commentaire (facultatif)",
  "review.actions.score.submit": "Enregistrer mes notes",
  "review.actions.score.done": "Vos notes sont enregistrées.",
  "review.actions.score.averageTitle": "Moyenne de l'équipe",
  "review.actions.score.average":
    "Moyenne pondérée : {average} sur 5 ({count} évaluation(s) complète(s)).",
  "review.actions.score.noAverage": "Personne n'a encore noté tous les critères de ce dossier.",
  "review.actions.score.yourScore": "Votre note précédente : {score} sur 5",
  "review.actions.score.noGrid":
    "Le programme n'a pas encore de grille d'évaluation : un administrateur doit la configurer.",
  "review.actions.score.notInReview":
    "Les notes se donnent pendant l'examen du dossier : il doit être « En cours d'examen ».",
  "review.actions.score.error.range": "{criterion} : donnez une note entière de 1 à 5.",
  "review.actions.score.error.commentTooLong":
    "{criterion} : le commentaire est trop long (1 000 caractères au plus).",
  "review.actions.score.error.unknownCriterion":
    "Le critère « {criterion} » ne fait pas partie de la grille du programme.",

  "review.actions.ready.title": "Déclarer le dossier prêt pour le comité",
  "review.actions.ready.intro":
    "Le dossier passe à l'état « Prêt pour le comité ». Votre synthèse est lue par les membres du comité.",
  "review.actions.ready.summary": "Synthèse pour le comité",
  "review.actions.ready.summaryHint": "3 000 caractères au plus.",
  "review.actions.ready.submit": "Déclarer prêt pour le comité",
  "review.actions.ready.done": "Le dossier est prêt pour le comité.",
  "review.actions.ready.scoreFirst":
    "Évaluez d'abord le dossier sur la grille du programme, puis déclarez-le prêt pour le comité.",
  "review.actions.ready.error.summaryRequired": "Écrivez la synthèse pour le comité.",
  "review.actions.ready.error.summaryTooLong":
    "La synthèse est trop longue : 3 000 caractères au plus.",

  "review.actions.reassign.title": "Attribuer le dossier",
  "review.actions.reassign.intro":
    "Choisissez l'antenne et la personne qui suivent ce dossier. La personne choisie est prévenue.",
  "review.actions.reassign.current": "Aujourd'hui : {antenna}, suivi par {person}.",
  "review.actions.reassign.noAntenna": "aucune antenne",
  "review.actions.reassign.nobody": "personne",
  "review.actions.reassign.antenna": "Antenne",
  "review.actions.reassign.person": "Personne chargée du dossier",
  "review.actions.reassign.personNone": "Personne pour l'instant",
  "review.actions.reassign.personHint":
    "Les chargés de mission et administrateurs, ou un responsable de l'antenne choisie.",
  "review.actions.reassign.reason": "Raison du changement",
  "review.actions.reassign.reasonHint": "500 caractères au plus ; elle reste dans le journal.",
  "review.actions.reassign.submit": "Attribuer",
  "review.actions.reassign.done": "Le dossier est attribué.",
  "review.actions.reassign.closed":
    "Ce dossier est clos : il ne peut plus être attribué à quelqu'un d'autre.",
  "review.actions.reassign.error.antennaRequired": "Choisissez une antenne du programme.",
  "review.actions.reassign.error.unknownAntenna":
    "Cette antenne n'appartient pas au programme du dossier.",
  "review.actions.reassign.error.unknownPerson":
    "Cette personne ne peut pas suivre le dossier : choisissez un chargé de mission, un administrateur ou un responsable de l'antenne choisie.",
  "review.actions.reassign.error.reasonRequired": "Indiquez la raison du changement.",
  "review.actions.reassign.error.reasonTooLong": "La raison tient en 500 caractères au plus.",

  "review.email.greeting": "Bonjour,",
  "review.email.signature": "L'équipe Digit'ESS",
  "review.email.ineligible.subject": "Votre candidature {number} n'est pas retenue",
  "review.email.ineligible.intro":
    "Nous avons examiné la candidature {number} de {organization}. Elle ne peut pas être accompagnée par le programme.",
  "review.email.ineligible.category": "La raison : {category}.",
  "review.email.ineligible.explanation": "L'explication de l'équipe :",
  "review.email.ineligible.otherHelp":
    "D'autres aides existent pour votre structure, et elles sont souvent gratuites :",
  "review.email.ineligible.franceActive":
    "France Active accompagne et finance les structures de l'économie sociale et solidaire : francactive.org",
  "review.email.ineligible.dla":
    "Le DLA (Dispositif local d'accompagnement) aide gratuitement les associations à se renforcer, près de chez vous : info-dla.fr",
  "review.email.ineligible.pointNumerique":
    "Un « Point numérique » ou une maison France services près de chez vous aide aux démarches et aux outils numériques : france-services.gouv.fr",
  "review.email.ineligible.solidatech":
    "Solidatech propose aux associations des logiciels et du matériel à prix réduit : solidatech.fr",
  "review.email.ineligible.link": "Votre dossier reste consultable ici : {url}",
  "review.email.reminder.subject":
    "Rappel : des compléments sont attendus pour la candidature {number}",
  "review.email.reminder.intro":
    "Le {date}, l'équipe Digit'ESS vous a demandé des compléments pour la candidature {number} de {organization}. Nous n'avons pas encore reçu votre réponse.",
  "review.email.reminder.items": "Ce qui manque :",
  "review.email.reminder.link": "Répondre depuis votre espace : {url}",
  "review.email.assigned.subject": "Le dossier {number} vous est attribué",
  "review.email.assigned.intro": "{actor} vous a attribué le dossier {number} de {organization}.",
  "review.email.assigned.reason": "Raison : {reason}",
  "review.email.assigned.link": "Ouvrir le dossier : {url}",
} as const;

export const en: Messages<typeof fr> = {
  "review.actions.backToFile": "Back to the file",
  "review.actions.fileOf": "File {number} – {organization}",
  "review.actions.currentState": "Current state: {state}",
  "review.actions.notAvailable":
    "This action is not possible in the file's current state. Go back to the file to see what can be done.",
  "review.actions.error.wrongState":
    "This action is no longer possible: the file changed state. Go back to the file and reload the page.",
  "review.actions.errorSummary": "The form has an error: correct the field shown.",

  "review.actions.start.title": "Take the file into review",
  "review.actions.start.intro":
    'The file moves to "Being reviewed". If nobody is assigned to it yet, it is assigned to you.',
  "review.actions.start.submit": "Take into review",
  "review.actions.start.done": "The file is now being reviewed.",

  "review.actions.information.title": "Ask for more information",
  "review.actions.information.intro":
    'The organisation receives your message by e-mail and the file moves to "Information requested". A reminder is sent after 7 days without an answer.',
  "review.actions.information.message": "Message to the organisation",
  "review.actions.information.messageHint": "5,000 characters at most.",
  "review.actions.information.items": "Missing documents or information",
  "review.actions.information.itemsHint": "One per line, 20 at most, 200 characters at most each.",
  "review.actions.information.submit": "Send the request",
  "review.actions.information.done": "The request for information was sent to the organisation.",
  "review.actions.information.error.messageRequired": "Write the message to the organisation.",
  "review.actions.information.error.messageTooLong":
    "The message is too long: 5,000 characters at most.",
  "review.actions.information.error.itemsRequired":
    "Name at least one missing document or piece of information.",
  "review.actions.information.error.itemsTooMany": "Name 20 missing items at most.",
  "review.actions.information.error.itemTooLong": "Each missing item fits in 200 characters.",

  "review.actions.ineligible.title": "Declare the file ineligible",
  "review.actions.ineligible.intro":
    "This decision is final. The organisation receives an e-mail that explains why, in plain words, and points to other help.",
  "review.actions.ineligible.category": "Reason",
  "review.actions.ineligible.reason": "Explanation for the organisation",
  "review.actions.ineligible.reasonHint":
    "Write simply, without jargon: this text is sent as it is to the organisation. 2,000 characters at most.",
  "review.actions.ineligible.submit": "Declare ineligible",
  "review.actions.ineligible.done": "The file is declared ineligible; the organisation is told.",
  "review.actions.ineligible.error.categoryRequired": "Choose a reason.",
  "review.actions.ineligible.error.reasonRequired": "Explain why to the organisation.",
  "review.actions.ineligible.error.reasonTooLong":
    "The explanation is too long: 2,000 characters at most.",
  "review.actions.ineligible.reason.legal_form": "Legal form outside the programme",
  "review.actions.ineligible.reason.too_young": "Organisation too recent (under 3 years)",
  "review.actions.ineligible.reason.outside_territory": "Outside the programme's territory",
  "review.actions.ineligible.reason.outside_purpose": "Outside the programme's purpose",
  "review.actions.ineligible.reason.other": "Other reason",

  "review.actions.score.title": "Score the file",
  "review.actions.score.intro":
    "Score each criterion of the programme's grid from 1 (weak) to 5 (excellent). You may change your scores while the file is being reviewed.",
  "review.actions.score.weight": "Weight {weight}",
  "review.actions.score.score": "Score from 1 to 5",
  "review.actions.score.comment": "Comment (optional)",
  "review.actions.score.submit": "Save my scores",
  "review.actions.score.done": "Your scores are saved.",
  "review.actions.score.averageTitle": "The team's average",
  "review.actions.score.average":
    "Weighted average: {average} out of 5 ({count} complete review(s)).",
  "review.actions.score.noAverage": "Nobody has scored every criterion of this file yet.",
  "review.actions.score.yourScore": "Your previous score: {score} out of 5",
  "review.actions.score.noGrid":
    "The programme has no review grid yet: an administrator must set it up.",
  "review.actions.score.notInReview":
    'Scores are given while the file is reviewed: it must be "Being reviewed".',
  "review.actions.score.error.range": "{criterion}: give a whole score from 1 to 5.",
  "review.actions.score.error.commentTooLong":
    "{criterion}: the comment is too long (1,000 characters at most).",
  "review.actions.score.error.unknownCriterion":
    'The criterion "{criterion}" is not part of the programme\'s grid.',

  "review.actions.ready.title": "Mark the file ready for committee",
  "review.actions.ready.intro":
    'The file moves to "Ready for committee". Committee members read your summary.',
  "review.actions.ready.summary": "Summary for the committee",
  "review.actions.ready.summaryHint": "3,000 characters at most.",
  "review.actions.ready.submit": "Mark ready for committee",
  "review.actions.ready.done": "The file is ready for committee.",
  "review.actions.ready.scoreFirst":
    "Score the file on the programme's grid first, then mark it ready for committee.",
  "review.actions.ready.error.summaryRequired": "Write the summary for the committee.",
  "review.actions.ready.error.summaryTooLong": "The summary is too long: 3,000 characters at most.",

  "review.actions.reassign.title": "Assign the file",
  "review.actions.reassign.intro":
    "Choose the antenna and the person who follow this file. The person chosen is told.",
  "review.actions.reassign.current": "Today: {antenna}, followed by {person}.",
  "review.actions.reassign.noAntenna": "no antenna",
  "review.actions.reassign.nobody": "nobody",
  "review.actions.reassign.antenna": "Antenna",
  "review.actions.reassign.person": "Person in charge of the file",
  "review.actions.reassign.personNone": "Nobody for now",
  "review.actions.reassign.personHint":
    "Programme officers and administrators, or a manager of the chosen antenna.",
  "review.actions.reassign.reason": "Reason for the change",
  "review.actions.reassign.reasonHint": "500 characters at most; it stays in the audit trail.",
  "review.actions.reassign.submit": "Assign",
  "review.actions.reassign.done": "The file is assigned.",
  "review.actions.reassign.closed":
    "This file is closed: it can no longer be assigned to someone else.",
  "review.actions.reassign.error.antennaRequired": "Choose one of the programme's antennas.",
  "review.actions.reassign.error.unknownAntenna":
    "This antenna does not belong to the file's programme.",
  "review.actions.reassign.error.unknownPerson":
    "This person cannot follow the file: choose a programme officer, an administrator or a manager of the chosen antenna.",
  "review.actions.reassign.error.reasonRequired": "Give the reason for the change.",
  "review.actions.reassign.error.reasonTooLong": "The reason fits in 500 characters.",

  "review.email.greeting": "Hello,",
  "review.email.signature": "The Digit'ESS team",
  "review.email.ineligible.subject": "Your application {number} is not accepted",
  "review.email.ineligible.intro":
    "We reviewed application {number} of {organization}. The programme cannot support it.",
  "review.email.ineligible.category": "The reason: {category}.",
  "review.email.ineligible.explanation": "The team's explanation:",
  "review.email.ineligible.otherHelp":
    "Other help exists for your organisation, and it is often free:",
  "review.email.ineligible.franceActive":
    "France Active supports and finances social and solidarity economy organisations: francactive.org",
  "review.email.ineligible.dla":
    "The DLA (Dispositif local d'accompagnement) helps associations grow stronger, free of charge, near you: info-dla.fr",
  "review.email.ineligible.pointNumerique":
    'A "Point numérique" or a France services office near you helps with online procedures and digital tools: france-services.gouv.fr',
  "review.email.ineligible.solidatech":
    "Solidatech offers associations software and equipment at reduced prices: solidatech.fr",
  "review.email.ineligible.link": "Your file can still be read here: {url}",
  "review.email.reminder.subject": "Reminder: information is awaited for application {number}",
  "review.email.reminder.intro":
    "On {date}, the Digit'ESS team asked you for more information about application {number} of {organization}. We have not received your answer yet.",
  "review.email.reminder.items": "What is missing:",
  "review.email.reminder.link": "Answer from your space: {url}",
  "review.email.assigned.subject": "File {number} is assigned to you",
  "review.email.assigned.intro": "{actor} assigned file {number} of {organization} to you.",
  "review.email.assigned.reason": "Reason: {reason}",
  "review.email.assigned.link": "Open the file: {url}",
};
