import type { Messages } from "~/platform/i18n/types";
import * as eligibility from "./messages-eligibility";
import * as follow from "./messages-follow";
import * as form from "./messages-form";

// State labels and next steps are read by applicants, often with little time and on a phone:
// short words, one concrete sentence, no jargon ("instruction", "criblage") in what they see.
export const statusFr = {
  "applications.state.draft": "Brouillon",
  "applications.state.submitted": "Envoyée",
  "applications.state.in_review": "En cours d'examen",
  "applications.state.information_requested": "Compléments demandés",
  "applications.state.correction_requested": "À corriger",
  "applications.state.ready_for_committee": "Prête pour le comité",
  "applications.state.declared_ineligible": "Non éligible",
  "applications.state.scheduled": "Inscrite au comité",
  "applications.state.accepted": "Acceptée",
  "applications.state.refused": "Refusée",
  "applications.state.postponed": "Reportée",
  "applications.state.withdrawn": "Retirée",

  "applications.nextStep.draft":
    "Votre candidature n'est pas encore envoyée. Complétez-la puis cliquez sur « Envoyer ma candidature ».",
  "applications.nextStep.submitted":
    "Nous avons bien reçu votre candidature. Une personne de l'équipe va la lire et vous contactera si besoin.",
  "applications.nextStep.in_review":
    "L'équipe examine votre candidature. Vous n'avez rien à faire pour le moment.",
  "applications.nextStep.information_requested":
    "L'équipe a besoin d'informations en plus. Lisez sa question et répondez-y pour que l'examen continue.",
  "applications.nextStep.correction_requested":
    "L'équipe vous demande de corriger une partie de votre candidature. Ouvrez les étapes indiquées, corrigez-les puis renvoyez la candidature.",
  "applications.nextStep.ready_for_committee":
    "Votre candidature est complète. Elle sera présentée à un prochain comité, qui se réunit chaque mois.",
  "applications.nextStep.declared_ineligible":
    "Votre structure ne remplit pas les conditions de ce programme. Le message de l'équipe vous explique pourquoi.",
  "applications.nextStep.scheduled":
    "Votre candidature sera étudiée au prochain comité. Vous recevrez la réponse après la réunion.",
  "applications.nextStep.accepted":
    "Bonne nouvelle : votre candidature est acceptée. L'équipe va vous contacter pour organiser l'accompagnement.",
  "applications.nextStep.refused":
    "Le comité n'a pas retenu votre candidature. Le message de l'équipe vous explique pourquoi. Vous pourrez déposer une nouvelle candidature plus tard.",
  "applications.nextStep.postponed":
    "Le comité a reporté sa décision. Votre candidature sera présentée à nouveau à un prochain comité.",
  "applications.nextStep.withdrawn":
    "Vous avez retiré cette candidature. Vous pourrez en déposer une nouvelle quand vous le souhaitez.",

  "applications.action.submit": "Envoyer ma candidature",
  "applications.action.start_review": "Commencer l'examen",
  "applications.action.request_information": "Demander des compléments",
  "applications.action.answer_information": "Envoyer mes réponses",
  "applications.action.request_correction": "Demander une correction",
  "applications.action.resubmit_correction": "Renvoyer ma candidature corrigée",
  "applications.action.mark_ready": "Déclarer prête pour le comité",
  "applications.action.declare_ineligible": "Déclarer non éligible",
  "applications.action.schedule": "Inscrire au comité",
  "applications.action.accept": "Accepter",
  "applications.action.refuse": "Refuser",
  "applications.action.postpone": "Reporter",
  "applications.action.reschedule": "Remettre en attente d'un comité",
  "applications.action.unschedule": "Retirer de l'ordre du jour du comité",
  "applications.action.withdraw": "Retirer ma candidature",

  "applications.refusal.not_allowed_from_state":
    "Cette action n'est pas possible à cette étape de la candidature. Rechargez la page pour voir son état actuel.",
  "applications.refusal.role_not_allowed": "Vous n'avez pas les droits pour faire cette action.",
} as const;

export const statusEn: Messages<typeof statusFr> = {
  "applications.state.draft": "Draft",
  "applications.state.submitted": "Sent",
  "applications.state.in_review": "Being reviewed",
  "applications.state.information_requested": "More information requested",
  "applications.state.correction_requested": "To be corrected",
  "applications.state.ready_for_committee": "Ready for the committee",
  "applications.state.declared_ineligible": "Not eligible",
  "applications.state.scheduled": "On the committee's agenda",
  "applications.state.accepted": "Accepted",
  "applications.state.refused": "Refused",
  "applications.state.postponed": "Postponed",
  "applications.state.withdrawn": "Withdrawn",

  "applications.nextStep.draft":
    "Your application has not been sent yet. Complete it, then click “Send my application”.",
  "applications.nextStep.submitted":
    "We have received your application. Someone from the team will read it and contact you if needed.",
  "applications.nextStep.in_review":
    "The team is reviewing your application. There is nothing to do for now.",
  "applications.nextStep.information_requested":
    "The team needs more information. Read their question and answer it so the review can go on.",
  "applications.nextStep.correction_requested":
    "The team asks you to correct part of your application. Open the steps shown, correct them, then send the application again.",
  "applications.nextStep.ready_for_committee":
    "Your application is complete. It will be presented to an upcoming committee, which meets every month.",
  "applications.nextStep.declared_ineligible":
    "Your organisation does not meet the conditions of this programme. The team's message explains why.",
  "applications.nextStep.scheduled":
    "Your application will be examined at the next committee. You will get the answer after the meeting.",
  "applications.nextStep.accepted":
    "Good news: your application is accepted. The team will contact you to organise the support.",
  "applications.nextStep.refused":
    "The committee did not select your application. The team's message explains why. You may apply again later.",
  "applications.nextStep.postponed":
    "The committee postponed its decision. Your application will be presented again at an upcoming committee.",
  "applications.nextStep.withdrawn":
    "You withdrew this application. You may send a new one whenever you wish.",

  "applications.action.submit": "Send my application",
  "applications.action.start_review": "Start the review",
  "applications.action.request_information": "Ask for more information",
  "applications.action.answer_information": "Send my answers",
  "applications.action.request_correction": "Ask for a correction",
  "applications.action.resubmit_correction": "Send my corrected application",
  "applications.action.mark_ready": "Mark as ready for the committee",
  "applications.action.declare_ineligible": "Declare not eligible",
  "applications.action.schedule": "Put on the committee's agenda",
  "applications.action.accept": "Accept",
  "applications.action.refuse": "Refuse",
  "applications.action.postpone": "Postpone",
  "applications.action.reschedule": "Put back on the committee waiting list",
  "applications.action.unschedule": "Take off the committee's agenda",
  "applications.action.withdraw": "Withdraw my application",

  "applications.refusal.not_allowed_from_state":
    "This action is not possible at this stage of the application. Reload the page to see its current state.",
  "applications.refusal.role_not_allowed": "You are not allowed to do this action.",
};

/** Every message of the feature: states and actions, the form, the follow-up, e-mails, receipt. */
export const fr = { ...statusFr, ...form.fr, ...follow.fr, ...eligibility.fr } as const;

export const en: Messages<typeof fr> = {
  ...statusEn,
  ...form.en,
  ...follow.en,
  ...eligibility.en,
};
