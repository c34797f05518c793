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
};
