import type { Messages } from "~/platform/i18n/types";

// The sessions' own life (issue 14, "Sessions"): editing a session while it is prepared
// (/comites/:sessionId/modifier), and the message to the preparers when the daily job prepared
// the next session from the programme's cadence.
export const fr = {
  "committees.edit.link": "Modifier la date, le lieu ou le quorum",
  "committees.edit.title": "Modifier la séance",
  "committees.edit.intro":
    "Changez la date, l'heure, le lieu, le lien de visioconférence ou le quorum tant que la séance n'a pas commencé.",
  "committees.edit.submit": "Enregistrer les modifications",
  "committees.edit.notice": "La séance est modifiée.",
  "committees.edit.locked":
    "La séance a commencé : sa date, son lieu et son quorum ne changent plus.",
  "committees.edit.error.started":
    "La séance a commencé : sa date, son lieu et son quorum ne changent plus.",
  "committees.edit.error.closed":
    "La séance est close : sa date, son lieu et son quorum ne changent plus.",

  "committees.prepared.subject": "Séance du comité préparée : {programme}, {date}",
  "committees.prepared.greeting": "Bonjour,",
  "committees.prepared.intro":
    "La prochaine séance du comité du programme {programme} est préparée pour le {date}, selon le rythme du programme.",
  "committees.prepared.members":
    "Membres repris de la séance précédente : {count}. Vérifiez-les avant d'ouvrir le pré-examen.",
  "committees.prepared.noMembers":
    "Aucun membre : il n'y a pas de séance précédente. Ajoutez les membres de la séance.",
  "committees.prepared.items":
    "Candidatures inscrites à l'ordre du jour (prêtes pour le comité ou ajournées, les plus anciennes d'abord) : {count}.",
  "committees.prepared.where": "Lieu et visioconférence repris de la séance précédente.",
  "committees.prepared.noPlace": "Le lieu de la séance reste à préciser : modifiez la séance.",
  "committees.prepared.link": "Pour la voir : {url}",
  "committees.prepared.signature": "L'équipe Digit'ESS",
  "committees.prepared.line":
    "La séance du comité du {date} ({programme}) est préparée : {items} candidature(s) à l'ordre du jour.",

  "committees.edit.noticeResent":
    "La séance est modifiée : chaque membre reçoit l'invitation mise à jour par e-mail.",

  // The invitation e-mail (with its .ics file), sent when the pre-review opens, again when the
  // date, place or video link changes, to a member added later, and a cancellation to a member
  // removed.
  "committees.invitation.subject.invite": "Invitation au comité {programme} : {day}",
  "committees.invitation.subject.update": "Séance du comité modifiée : {programme}, {day}",
  "committees.invitation.subject.cancel": "Vous ne siégez plus au comité {programme} du {day}",
  "committees.invitation.greeting": "Bonjour {name},",
  "committees.invitation.intro.invite":
    "Vous êtes membre de la séance du comité de sélection du programme {programme}, {when}.",
  "committees.invitation.intro.update":
    "La séance du comité de sélection du programme {programme} a changé : elle a lieu {when}.",
  "committees.invitation.intro.cancel":
    "Vous ne faites plus partie des membres de la séance du comité de sélection du programme {programme}, {when}.",
  "committees.invitation.place": "Lieu : {place}",
  "committees.invitation.video": "Visioconférence : {link}",
  "committees.invitation.noPlace": "Le lieu de la séance vous sera précisé.",
  "committees.invitation.items": "{count} candidature(s) à l'ordre du jour.",
  "committees.invitation.preReview":
    "Le pré-examen est ouvert : notez chaque candidature avant la séance, sans voir les notes des autres, et déclarez tout conflit d'intérêts.",
  "committees.invitation.calendar":
    "Le fichier joint (invitation.ics) ajoute la séance à votre agenda ; il est mis à jour si elle change.",
  "committees.invitation.calendarCancel": "Le fichier joint retire la séance de votre agenda.",
  "committees.invitation.link": "Pour ouvrir la séance : {url}",
  "committees.invitation.signature": "L'équipe Digit'ESS",
  "committees.invitation.ics.summary": "Comité de sélection : {programme}",
  "committees.invitation.ics.description":
    "Séance du comité de sélection du programme {programme}. Ordre du jour et pré-examen : {url}",
} as const;

export const en: Messages<typeof fr> = {
  "committees.edit.link": "Change the date, place or quorum",
  "committees.edit.title": "Edit the session",
  "committees.edit.intro":
    "Change the date, time, place, video link or quorum as long as the session has not started.",
  "committees.edit.submit": "Save the changes",
  "committees.edit.notice": "The session is updated.",
  "committees.edit.locked": "The session has started: its date, place and quorum no longer change.",
  "committees.edit.error.started":
    "The session has started: its date, place and quorum no longer change.",
  "committees.edit.error.closed":
    "The session is closed: its date, place and quorum no longer change.",

  "committees.prepared.subject": "Committee session prepared: {programme}, {date}",
  "committees.prepared.greeting": "Hello,",
  "committees.prepared.intro":
    "The next committee session of the {programme} programme is prepared for {date}, following the programme's cadence.",
  "committees.prepared.members":
    "Members taken from the previous session: {count}. Check them before opening the pre-review.",
  "committees.prepared.noMembers":
    "No members: there is no previous session. Add the session's members.",
  "committees.prepared.items":
    "Applications on the agenda (ready for committee or postponed, oldest first): {count}.",
  "committees.prepared.where": "Place and video link taken from the previous session.",
  "committees.prepared.noPlace": "The session's place is still to be set: edit the session.",
  "committees.prepared.link": "To see it: {url}",
  "committees.prepared.signature": "The Digit'ESS team",
  "committees.prepared.line":
    "The committee session of {date} ({programme}) is prepared: {items} application(s) on the agenda.",

  "committees.edit.noticeResent":
    "The session is updated: each member receives the updated invitation by e-mail.",

  "committees.invitation.subject.invite": "Invitation to the {programme} committee: {day}",
  "committees.invitation.subject.update": "Committee session changed: {programme}, {day}",
  "committees.invitation.subject.cancel": "You no longer sit on the {programme} committee of {day}",
  "committees.invitation.greeting": "Hello {name},",
  "committees.invitation.intro.invite":
    "You are a member of the selection committee session of the {programme} programme, {when}.",
  "committees.invitation.intro.update":
    "The selection committee session of the {programme} programme has changed: it takes place {when}.",
  "committees.invitation.intro.cancel":
    "You are no longer a member of the selection committee session of the {programme} programme, {when}.",
  "committees.invitation.place": "Place: {place}",
  "committees.invitation.video": "Video call: {link}",
  "committees.invitation.noPlace": "The session's place will be given to you.",
  "committees.invitation.items": "{count} application(s) on the agenda.",
  "committees.invitation.preReview":
    "The pre-review is open: score each application before the session, without seeing the others' scores, and declare any conflict of interest.",
  "committees.invitation.calendar":
    "The attached file (invitation.ics) adds the session to your calendar; it is updated if the session changes.",
  "committees.invitation.calendarCancel":
    "The attached file removes the session from your calendar.",
  "committees.invitation.link": "To open the session: {url}",
  "committees.invitation.signature": "The Digit'ESS team",
  "committees.invitation.ics.summary": "Selection committee: {programme}",
  "committees.invitation.ics.description":
    "Selection committee session of the {programme} programme. Agenda and pre-review: {url}",
};
