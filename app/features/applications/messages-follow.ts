import type { Messages } from "~/platform/i18n/types";

// Following an application (list, timeline, messages, withdrawal), the e-mails and the receipt.
export const fr = {
  "applications.list.title": "Mes candidatures",
  "applications.list.for": "Candidatures de {organization}",
  "applications.list.empty": "Vous n'avez pas encore de candidature",
  "applications.list.emptyBody":
    "Le programme est ouvert toute l'année : vous pouvez candidater quand vous le souhaitez. Comptez une demi-heure ; vous pouvez vous arrêter et reprendre plus tard.",
  "applications.list.start": "Déposer une candidature",
  "applications.list.startAnother": "Déposer une autre candidature",
  "applications.list.saved":
    "Votre brouillon est enregistré. Vous pourrez le reprendre quand vous voudrez.",
  "applications.list.numbered": "Candidature {number}",
  "applications.list.draftOf": "Brouillon commencé le {date}",
  "applications.list.submittedOn": "envoyée le {date}",
  "applications.list.resume": "Reprendre ma candidature",
  "applications.list.follow": "Voir le suivi",

  "applications.new.title": "Déposer une candidature",
  "applications.new.intro": "Choisissez le programme auquel {organization} veut candidater.",
  "applications.new.none": "Aucun programme n'est ouvert aux candidatures pour le moment.",
  "applications.new.howLong":
    "Six étapes, une demi-heure environ. Préparez les statuts et les derniers comptes (ou le budget) de votre structure.",
  "applications.new.start": "Commencer ma candidature",
  "applications.new.followUp.title": "La suite de votre candidature {number}",
  "applications.new.followUp.body":
    "Votre nouvelle candidature reprendra les réponses de la candidature {number} : la situation de votre structure, ses besoins, ses objectifs, les personnes accompagnées et leur nombre par an, les axes du projet et la fonction de la personne qui signe. Vous pourrez tout relire et modifier.",
  "applications.new.followUp.level": "Le niveau « {level} » sera déjà coché.",
  "applications.new.followUp.again":
    "À redonner : les documents, le coût et le devis de chaque niveau, et la signature.",

  "applications.follow.draftTitle": "Candidature en brouillon",
  "applications.follow.submitted":
    "Votre candidature {number} est envoyée. Un accusé de réception vous a été envoyé par courriel ; vous pouvez aussi le télécharger ci-dessous.",
  "applications.follow.withdrawn": "Votre candidature est retirée.",
  "applications.follow.answered":
    "Votre réponse est envoyée à l'équipe. L'examen de votre candidature reprend.",
  "applications.follow.messageSent": "Votre message est envoyé à l'équipe.",
  "applications.follow.status": "Où en est votre candidature",
  "applications.follow.submittedAt": "Envoyée le {date}.",
  "applications.follow.answerTitle": "Répondre à la demande de l'équipe",
  "applications.follow.answerBody": "Votre réponse",
  "applications.follow.answerFiles": "Documents à joindre (facultatif)",
  "applications.follow.answerFilesHint": "Jusqu'à 5 fichiers de 10 Mo au plus chacun.",
  "applications.follow.sent": "Ce que vous avez envoyé",
  "applications.follow.levelAmounts":
    "coût total {total}, taux demandé {rate}\u00a0%, part du programme {share}, reste à charge {remaining}",
  "applications.follow.files": "Documents",
  "applications.follow.receipt": "Télécharger l'accusé de réception (PDF)",
  "applications.follow.decisionLetter": "Télécharger la lettre de décision du comité (PDF)",
  "applications.follow.timeline": "Historique",
  "applications.follow.byTeam": "par l'équipe du programme",
  "applications.follow.messages": "Échanges avec l'équipe",
  "applications.follow.noMessages": "Aucun message pour le moment.",
  "applications.follow.you": "Vous",
  "applications.follow.team": "l'équipe du programme",
  "applications.follow.teamMember": "{name} (équipe du programme)",
  "applications.follow.informationRequest": "demande de compléments",
  "applications.follow.missingItems": "Ce qui manque :",
  "applications.follow.newMessage": "Écrire à l'équipe",
  "applications.follow.newMessageHint":
    "L'équipe reçoit votre message et vous répond ici ; vous serez prévenu·e par courriel.",
  "applications.follow.send": "Envoyer le message",
  "applications.follow.withdrawTitle": "Retirer la candidature",
  "applications.follow.withdrawIntro":
    "Si votre structure ne souhaite plus être accompagnée, vous pouvez retirer cette candidature. Vous pourrez en déposer une autre plus tard.",
  "applications.error.messageRequired": "Écrivez votre message.",
  "applications.error.messageTooLong": "Votre message est trop long : 5 000 caractères au plus.",
  "applications.error.tooManyFiles": "Joignez 5 fichiers au plus.",
  "applications.error.fileRefused":
    "Un fichier a été refusé : vérifiez son format et sa taille (10 Mo au plus).",
  "applications.error.notAllowed":
    "Cette action n'est plus possible : la candidature a changé d'état. Rechargez la page.",

  "applications.timeline.create": "Candidature commencée",
  "applications.timeline.submit": "Candidature envoyée",
  "applications.timeline.start_review": "Examen commencé",
  "applications.timeline.request_information": "Compléments demandés",
  "applications.timeline.answer_information": "Compléments envoyés",
  "applications.timeline.mark_ready": "Candidature complète, prête pour le comité",
  "applications.timeline.declare_ineligible": "Candidature déclarée non éligible",
  "applications.timeline.schedule": "Inscrite à un comité",
  "applications.timeline.accept": "Candidature acceptée",
  "applications.timeline.refuse": "Candidature refusée",
  "applications.timeline.postpone": "Décision reportée",
  "applications.timeline.reschedule": "En attente d'un prochain comité",
  "applications.timeline.unschedule": "Retirée de l'ordre du jour du comité",
  "applications.timeline.withdraw": "Candidature retirée",
  "applications.timeline.submit_flagged": "Candidature envoyée, conditions à vérifier",
  "applications.timeline.other": "Étape de la candidature",

  "applications.correction.title": "Corrections demandées par l'équipe",
  "applications.correction.steps": "Étapes à corriger",
  "applications.correction.fields": "Champs à revoir",
  "applications.correction.onlyThese":
    "Vous ne pouvez modifier que ces étapes. Quand vos corrections sont faites, renvoyez la candidature.",
  "applications.correction.resubmit": "Renvoyer ma candidature corrigée",
  "applications.correction.stepLocked":
    "Cette étape n'est pas à corriger : l'équipe ne vous a pas demandé de la modifier.",
  "applications.correction.saved":
    "Vos corrections sont enregistrées. Renvoyez la candidature quand tout est corrigé.",
  "applications.correction.resubmitIntro":
    "L'équipe reprendra l'examen de la candidature {number} avec vos corrections.",
  "applications.correction.problems": "Avant de renvoyer, corrigez ces points :",
  "applications.correction.problemAt": "Étape {step} : {message}",
  "applications.correction.confirm": "Renvoyer ma candidature",
  "applications.correction.cancel": "Revenir au suivi",
  "applications.correction.resubmitted":
    "Votre candidature corrigée est renvoyée à l'équipe. L'examen reprend.",
  "applications.withdraw.title": "Retirer la candidature",
  "applications.withdraw.question": "Voulez-vous vraiment retirer « {application} » ?",
  "applications.withdraw.consequence":
    "L'équipe ne l'examinera plus et vous ne pourrez pas l'envoyer de nouveau. Vous pourrez déposer une autre candidature plus tard.",
  "applications.withdraw.reason": "Pourquoi la retirez-vous ? (facultatif)",
  "applications.withdraw.reasonHint": "Votre réponse aide l'équipe à améliorer le programme.",
  "applications.withdraw.confirm": "Oui, retirer ma candidature",
  "applications.withdraw.cancel": "Non, revenir au suivi",

  "applications.email.greeting": "Bonjour {name},",
  "applications.email.greetingAnonymous": "Bonjour,",
  "applications.email.signature": "L'équipe Digit'ESS",
  "applications.email.ack.subject": "Candidature {number} bien reçue",
  "applications.email.ack.intro":
    "Nous avons bien reçu la candidature de {organization} au programme {program}, envoyée le {date}.",
  "applications.email.ack.number": "Numéro de la candidature : {number}",
  "applications.email.ack.levels": "Accompagnement demandé :",
  "applications.email.ack.level":
    "{level} : coût total {total}, taux demandé {rate}\u00a0%, part du programme {share}, reste à charge {remaining}",
  "applications.email.ack.levelNoCost": "{level} : pris en charge à {rate}\u00a0%",
  "applications.email.ack.files": "Documents joints :",
  "applications.email.ack.file": "{name} ({kind}, {size})",
  "applications.email.ack.flagged":
    "Certaines conditions du programme seront vérifiées par l'équipe, qui pourra vous demander des précisions.",
  "applications.email.ack.next": "La suite : {next}",
  "applications.email.ack.follow": "Suivre votre candidature : {url}",
  "applications.email.ack.receipt": "Télécharger l'accusé de réception (PDF) : {url}",
  "applications.email.message.message.subject": "Nouveau message sur la candidature {application}",
  "applications.email.message.message.intro":
    "{author} a écrit un nouveau message sur la candidature {application} ({organization}).",
  "applications.email.message.request.subject":
    "Compléments demandés pour la candidature {application}",
  "applications.email.message.request.intro":
    "{author} demande des compléments sur la candidature {application} ({organization}). L'examen reprendra dès votre réponse.",
  "applications.email.message.link": "Lire le message et répondre (connexion nécessaire) : {url}",

  "applications.receipt.title": "Accusé de réception de candidature",
  "applications.receipt.number": "Numéro",
  "applications.receipt.submittedAt": "Envoyée le",
  "applications.receipt.submittedBy": "Envoyée par",
  "applications.receipt.organization": "Structure",
  "applications.receipt.levels": "Accompagnement demandé",
  "applications.receipt.levelNoCost": "Pris en charge à {rate}\u00a0% par le programme.",
  "applications.receipt.attachments": "Documents joints",
  "applications.receipt.file": "{kind} : {name} ({size})",
  "applications.receipt.declarations": "Déclarations",
  "applications.receipt.sworn":
    "Déclaration sur l'honneur de l'exactitude des informations, signée par {name} ({role}).",
  "applications.receipt.consent": "Accord donné sur le traitement des données personnelles.",
  "applications.receipt.footer": "Document établi par Digit'ESS le {date}.",
} as const;

export const en: Messages<typeof fr> = {
  "applications.list.title": "My applications",
  "applications.list.for": "Applications of {organization}",
  "applications.list.empty": "You have no application yet",
  "applications.list.emptyBody":
    "The programme is open all year: you may apply whenever you wish. Allow half an hour; you can stop and come back later.",
  "applications.list.start": "Apply",
  "applications.list.startAnother": "Send another application",
  "applications.list.saved": "Your draft is saved. You can come back to it whenever you like.",
  "applications.list.numbered": "Application {number}",
  "applications.list.draftOf": "Draft started on {date}",
  "applications.list.submittedOn": "sent on {date}",
  "applications.list.resume": "Resume my application",
  "applications.list.follow": "See the follow-up",

  "applications.new.title": "Apply",
  "applications.new.intro": "Choose the programme {organization} wants to apply to.",
  "applications.new.none": "No programme is open to applications for now.",
  "applications.new.howLong":
    "Six steps, about half an hour. Have your organisation's statutes and last accounts (or budget) at hand.",
  "applications.new.start": "Start my application",
  "applications.new.followUp.title": "The next step after your application {number}",
  "applications.new.followUp.body":
    "Your new application will take over the answers of application {number}: your organisation's situation, its needs, its goals, the people you support and how many each year, the project's axes and the role of the person who signs. You can read and change everything.",
  "applications.new.followUp.level": "The “{level}” level will already be ticked.",
  "applications.new.followUp.again":
    "To give again: the documents, each level's cost and quote, and the signature.",

  "applications.follow.draftTitle": "Draft application",
  "applications.follow.submitted":
    "Your application {number} has been sent. An acknowledgement was sent to you by e-mail; you can also download it below.",
  "applications.follow.withdrawn": "Your application is withdrawn.",
  "applications.follow.answered":
    "Your answer was sent to the team. The review of your application goes on.",
  "applications.follow.messageSent": "Your message was sent to the team.",
  "applications.follow.status": "Where your application stands",
  "applications.follow.submittedAt": "Sent on {date}.",
  "applications.follow.answerTitle": "Answer the team's request",
  "applications.follow.answerBody": "Your answer",
  "applications.follow.answerFiles": "Documents to attach (optional)",
  "applications.follow.answerFilesHint": "Up to 5 files of at most 10 MB each.",
  "applications.follow.sent": "What you sent",
  "applications.follow.levelAmounts":
    "total cost {total}, rate requested {rate}\u00a0%, programme's share {share}, remaining cost {remaining}",
  "applications.follow.files": "Documents",
  "applications.follow.receipt": "Download the acknowledgement (PDF)",
  "applications.follow.decisionLetter": "Download the committee's decision letter (PDF)",
  "applications.follow.timeline": "History",
  "applications.follow.byTeam": "by the programme team",
  "applications.follow.messages": "Messages with the team",
  "applications.follow.noMessages": "No message yet.",
  "applications.follow.you": "You",
  "applications.follow.team": "the programme team",
  "applications.follow.teamMember": "{name} (programme team)",
  "applications.follow.informationRequest": "request for more information",
  "applications.follow.missingItems": "What is missing:",
  "applications.follow.newMessage": "Write to the team",
  "applications.follow.newMessageHint":
    "The team receives your message and answers here; you will be told by e-mail.",
  "applications.follow.send": "Send the message",
  "applications.follow.withdrawTitle": "Withdraw the application",
  "applications.follow.withdrawIntro":
    "If your organisation no longer wishes to be supported, you can withdraw this application. You may send another one later.",
  "applications.error.messageRequired": "Write your message.",
  "applications.error.messageTooLong": "Your message is too long: 5,000 characters at most.",
  "applications.error.tooManyFiles": "Attach 5 files at most.",
  "applications.error.fileRefused":
    "A file was refused: check its format and size (10 MB at most).",
  "applications.error.notAllowed":
    "This action is no longer possible: the application changed state. Reload the page.",

  "applications.timeline.create": "Application started",
  "applications.timeline.submit": "Application sent",
  "applications.timeline.start_review": "Review started",
  "applications.timeline.request_information": "More information requested",
  "applications.timeline.answer_information": "More information sent",
  "applications.timeline.mark_ready": "Application complete, ready for the committee",
  "applications.timeline.declare_ineligible": "Application declared not eligible",
  "applications.timeline.schedule": "Put on a committee's agenda",
  "applications.timeline.accept": "Application accepted",
  "applications.timeline.refuse": "Application refused",
  "applications.timeline.postpone": "Decision postponed",
  "applications.timeline.reschedule": "Waiting for an upcoming committee",
  "applications.timeline.unschedule": "Taken off the committee's agenda",
  "applications.timeline.withdraw": "Application withdrawn",
  "applications.timeline.submit_flagged": "Application sent, conditions to be checked",
  "applications.timeline.other": "Application step",

  "applications.correction.title": "Corrections asked by the team",
  "applications.correction.steps": "Steps to correct",
  "applications.correction.fields": "Fields to review",
  "applications.correction.onlyThese":
    "You can only change these steps. Once your corrections are done, resubmit the application.",
  "applications.correction.resubmit": "Resubmit my corrected application",
  "applications.correction.stepLocked":
    "This step is not to correct: the team did not ask you to change it.",
  "applications.correction.saved":
    "Your corrections are saved. Resubmit the application once everything is corrected.",
  "applications.correction.resubmitIntro":
    "The team will resume the review of application {number} with your corrections.",
  "applications.correction.problems": "Before resubmitting, correct these points:",
  "applications.correction.problemAt": "Step {step}: {message}",
  "applications.correction.confirm": "Resubmit my application",
  "applications.correction.cancel": "Back to the follow-up",
  "applications.correction.resubmitted":
    "Your corrected application is sent back to the team. The review resumes.",
  "applications.withdraw.title": "Withdraw the application",
  "applications.withdraw.question": "Do you really want to withdraw “{application}”?",
  "applications.withdraw.consequence":
    "The team will no longer review it and you will not be able to send it again. You may send another application later.",
  "applications.withdraw.reason": "Why are you withdrawing it? (optional)",
  "applications.withdraw.reasonHint": "Your answer helps the team improve the programme.",
  "applications.withdraw.confirm": "Yes, withdraw my application",
  "applications.withdraw.cancel": "No, back to the follow-up",

  "applications.email.greeting": "Hello {name},",
  "applications.email.greetingAnonymous": "Hello,",
  "applications.email.signature": "The Digit'ESS team",
  "applications.email.ack.subject": "Application {number} received",
  "applications.email.ack.intro":
    "We have received the application of {organization} to the {program} programme, sent on {date}.",
  "applications.email.ack.number": "Application number: {number}",
  "applications.email.ack.levels": "Support requested:",
  "applications.email.ack.level":
    "{level}: total cost {total}, rate requested {rate}\u00a0%, programme's share {share}, remaining cost {remaining}",
  "applications.email.ack.levelNoCost": "{level}: {rate}\u00a0% paid",
  "applications.email.ack.files": "Documents attached:",
  "applications.email.ack.file": "{name} ({kind}, {size})",
  "applications.email.ack.flagged":
    "Some of the programme's conditions will be checked by the team, who may ask you for details.",
  "applications.email.ack.next": "What comes next: {next}",
  "applications.email.ack.follow": "Follow your application: {url}",
  "applications.email.ack.receipt": "Download the acknowledgement (PDF): {url}",
  "applications.email.message.message.subject": "New message on application {application}",
  "applications.email.message.message.intro":
    "{author} wrote a new message on application {application} ({organization}).",
  "applications.email.message.request.subject":
    "More information requested for application {application}",
  "applications.email.message.request.intro":
    "{author} asks for more information on application {application} ({organization}). The review goes on as soon as you answer.",
  "applications.email.message.link": "Read the message and answer (sign-in needed): {url}",

  "applications.receipt.title": "Application acknowledgement",
  "applications.receipt.number": "Number",
  "applications.receipt.submittedAt": "Sent on",
  "applications.receipt.submittedBy": "Sent by",
  "applications.receipt.organization": "Organisation",
  "applications.receipt.levels": "Support requested",
  "applications.receipt.levelNoCost": "{rate}\u00a0% paid by the programme.",
  "applications.receipt.attachments": "Documents attached",
  "applications.receipt.file": "{kind}: {name} ({size})",
  "applications.receipt.declarations": "Declarations",
  "applications.receipt.sworn":
    "Sworn statement that the information is accurate, signed by {name} ({role}).",
  "applications.receipt.consent": "Consent given to the processing of personal data.",
  "applications.receipt.footer": "Document issued by Digit'ESS on {date}.",
};
