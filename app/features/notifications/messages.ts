import type { Messages } from "~/platform/i18n/types";

// The notification preferences page, the e-mails of events a user may choose to hear of, and the
// daily digest.
export const fr = {
  "notifications.page.title": "Mes notifications",
  "notifications.page.intro":
    "Choisissez, pour chaque type d'événement, comment vous voulez en être prévenu·e.",
  "notifications.page.none": "Aucune notification n'est proposée pour votre compte.",
  "notifications.page.save": "Enregistrer mes choix",
  "notifications.page.saved": "Vos choix de notification sont enregistrés.",
  "notifications.page.required": "Courriels toujours envoyés",
  "notifications.page.requiredIntro":
    "Certains courriels ne sont pas optionnels : vous les recevez toujours.",
  "notifications.required.account":
    "La vérification de votre adresse et le changement de mot de passe",
  "notifications.required.acknowledgement": "L'accusé de réception d'une candidature envoyée",
  "notifications.required.decision": "Les décisions sur une candidature",
  "notifications.required.invitation": "Les invitations à rejoindre une structure",

  "notifications.delivery.immediate": "Un courriel à chaque fois",
  "notifications.delivery.digest": "Un résumé par jour",
  "notifications.delivery.none": "Rien",
  "notifications.error.delivery": "Choisissez une des trois possibilités.",

  "notifications.kind.applicant_message": "Une structure vous écrit au sujet d'une candidature",
  "notifications.kind.information_answered": "Une structure répond à une demande de compléments",
  "notifications.kind.correction_resubmitted": "Une structure renvoie sa candidature corrigée",
  "notifications.kind.application_assigned": "Une candidature vous est attribuée",
  "notifications.kind.committee_session_prepared":
    "La prochaine séance du comité est préparée (si vous préparez les comités)",
  "notifications.kind.staff_message": "L'équipe du programme vous écrit",
  "notifications.kind.information_requested": "L'équipe vous demande des compléments",
  "notifications.kind.correction_requested": "L'équipe vous demande de corriger votre candidature",
  "notifications.kind.information_reminder": "Un rappel d'une demande de compléments sans réponse",

  "notifications.email.greeting": "Bonjour,",
  "notifications.email.signature": "L'équipe Digit'ESS",
  "notifications.email.link": "Pour la voir : {url}",
  "notifications.email.preferences": "Vous pouvez choisir comment être prévenu·e : {url}",
  "notifications.event.applicant_message.subject":
    "Nouveau message sur la candidature {application}",
  "notifications.event.applicant_message.line":
    "{author} ({organization}) a écrit sur la candidature {application}.",
  "notifications.event.information_answered.subject":
    "Réponse reçue pour la candidature {application}",
  "notifications.event.information_answered.line":
    "{author} ({organization}) a répondu à la demande de compléments sur la candidature {application}.",
  "notifications.event.correction_resubmitted.subject":
    "Candidature {application} corrigée et renvoyée",
  "notifications.event.correction_resubmitted.line":
    "{author} ({organization}) a renvoyé la candidature {application} corrigée.",
  "notifications.event.application_assigned.subject":
    "La candidature {application} vous est attribuée",
  "notifications.event.application_assigned.line":
    "La candidature {application} ({organization}) vous est attribuée par {author}.",
  "notifications.event.staff_message.subject": "Nouveau message sur la candidature {application}",
  "notifications.event.staff_message.line":
    "{author}, de l'équipe du programme, a écrit sur la candidature {application} de {organization}.",
  "notifications.event.information_requested.subject":
    "Compléments demandés pour la candidature {application}",
  "notifications.event.information_requested.line":
    "{author}, de l'équipe du programme, demande des compléments sur la candidature {application} de {organization}. L'examen reprendra dès votre réponse.",
  "notifications.event.correction_requested.subject":
    "Corrections demandées pour votre candidature {application}",
  "notifications.event.correction_requested.line":
    "L'équipe du programme vous demande de corriger la candidature {application} de {organization}, puis de la renvoyer.",
  "notifications.event.information_reminder.subject":
    "Rappel : informations attendues pour votre candidature {application}",
  "notifications.event.information_reminder.line":
    "L'équipe du programme attend toujours votre réponse sur la candidature {application} de {organization}.",

  "notifications.digest.subject": "Votre résumé du jour : {count} événement(s)",
  "notifications.digest.intro": "Voici ce qui s'est passé depuis votre dernier résumé :",
  "notifications.digest.item": "{line} {url}",
} as const;

export const en: Messages<typeof fr> = {
  "notifications.page.title": "My notifications",
  "notifications.page.intro": "Choose, for each kind of event, how you want to be told.",
  "notifications.page.none": "No notification is offered for your account.",
  "notifications.page.save": "Save my choices",
  "notifications.page.saved": "Your notification choices are saved.",
  "notifications.page.required": "E-mails always sent",
  "notifications.page.requiredIntro": "Some e-mails are not optional: you always receive them.",
  "notifications.required.account": "The verification of your address and password changes",
  "notifications.required.acknowledgement": "The acknowledgement of a submitted application",
  "notifications.required.decision": "Decisions on an application",
  "notifications.required.invitation": "Invitations to join an organisation",

  "notifications.delivery.immediate": "An e-mail each time",
  "notifications.delivery.digest": "A daily summary",
  "notifications.delivery.none": "Nothing",
  "notifications.error.delivery": "Choose one of the three options.",

  "notifications.kind.applicant_message": "An organisation writes about an application",
  "notifications.kind.information_answered": "An organisation answers a request for information",
  "notifications.kind.correction_resubmitted":
    "An organisation resubmits its corrected application",
  "notifications.kind.application_assigned": "An application is assigned to you",
  "notifications.kind.committee_session_prepared":
    "The next committee session is prepared (if you prepare committees)",
  "notifications.kind.staff_message": "The programme team writes to you",
  "notifications.kind.information_requested": "The team asks you for more information",
  "notifications.kind.correction_requested": "The team asks you to correct your application",
  "notifications.kind.information_reminder": "A reminder of an unanswered request for information",

  "notifications.email.greeting": "Hello,",
  "notifications.email.signature": "The Digit'ESS team",
  "notifications.email.link": "To see it: {url}",
  "notifications.email.preferences": "You can choose how you are told: {url}",
  "notifications.event.applicant_message.subject": "New message on application {application}",
  "notifications.event.applicant_message.line":
    "{author} ({organization}) wrote on application {application}.",
  "notifications.event.information_answered.subject":
    "Answer received for application {application}",
  "notifications.event.information_answered.line":
    "{author} ({organization}) answered the request for information on application {application}.",
  "notifications.event.correction_resubmitted.subject":
    "Application {application} corrected and resubmitted",
  "notifications.event.correction_resubmitted.line":
    "{author} ({organization}) resubmitted application {application}, corrected.",
  "notifications.event.application_assigned.subject":
    "Application {application} is assigned to you",
  "notifications.event.application_assigned.line":
    "Application {application} ({organization}) is assigned to you by {author}.",
  "notifications.event.staff_message.subject": "New message on application {application}",
  "notifications.event.staff_message.line":
    "{author}, of the programme team, wrote on application {application} of {organization}.",
  "notifications.event.information_requested.subject":
    "More information requested for application {application}",
  "notifications.event.information_requested.line":
    "{author}, of the programme team, asks for more information on application {application} of {organization}. The review goes on as soon as you answer.",
  "notifications.event.correction_requested.subject":
    "Corrections requested for your application {application}",
  "notifications.event.correction_requested.line":
    "The programme team asks you to correct application {application} of {organization}, then resubmit it.",
  "notifications.event.information_reminder.subject":
    "Reminder: information awaited for your application {application}",
  "notifications.event.information_reminder.line":
    "The programme team is still waiting for your answer on application {application} of {organization}.",

  "notifications.digest.subject": "Your daily summary: {count} event(s)",
  "notifications.digest.intro": "Here is what happened since your last summary:",
  "notifications.digest.item": "{line} {url}",
};
