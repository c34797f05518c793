import type { Messages } from "~/platform/i18n/types";

// Where a member reads the session times from (member-place.ts): the form on /comites and the
// date line of a session's page.
export const fr = {
  "committees.session.whenLabel": "Date et heure :",
  "committees.place.title": "L'heure de vos séances",
  "committees.place.label": "Vous lisez l'heure des séances depuis",
  "committees.place.hint":
    "Les séances sont fixées à l'heure de Paris. Si vous vivez outre-mer, nous vous donnons aussi l'heure chez vous, ici, sur chaque séance et dans vos invitations.",
  "committees.place.submit": "Enregistrer",
  "committees.place.saved":
    "C'est enregistré : les heures des séances tiennent compte de votre fuseau.",
  "committees.place.error": "Choisissez un lieu dans la liste.",
  "committees.place.option.paris": "La métropole ou la Corse (heure de Paris)",
  "committees.place.option.971": "La Guadeloupe",
  "committees.place.option.972": "La Martinique",
  "committees.place.option.973": "La Guyane",
  "committees.place.option.974": "La Réunion",
  "committees.place.option.975": "Saint-Pierre-et-Miquelon",
  "committees.place.option.976": "Mayotte",
  "committees.place.option.977": "Saint-Barthélemy",
  "committees.place.option.978": "Saint-Martin",
} as const;

export const en: Messages<typeof fr> = {
  "committees.session.whenLabel": "Date and time:",
  "committees.place.title": "The time of your sessions",
  "committees.place.label": "You read the session times from",
  "committees.place.hint":
    "Sessions are set in Paris time. If you live overseas, we also give you your own time, here, on each session and in your invitations.",
  "committees.place.submit": "Save",
  "committees.place.saved": "Saved: session times now take your time zone into account.",
  "committees.place.error": "Choose a place from the list.",
  "committees.place.option.paris": "Mainland France or Corsica (Paris time)",
  "committees.place.option.971": "Guadeloupe",
  "committees.place.option.972": "Martinique",
  "committees.place.option.973": "French Guiana",
  "committees.place.option.974": "Réunion",
  "committees.place.option.975": "Saint Pierre and Miquelon",
  "committees.place.option.976": "Mayotte",
  "committees.place.option.977": "Saint Barthélemy",
  "committees.place.option.978": "Saint Martin",
};
