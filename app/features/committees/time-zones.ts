/**
 * A committee session's time as each member reads it: Paris time (the programme's reference) and,
 * for a member overseas, the time of their own zone, with their own day when it differs:
 * "jeudi 14 janvier 2027 à 14 h 00 (heure de Paris), 17 h 00 à La Réunion". Pure: the caller
 * gives the translator (useT() in a component, createTranslator(catalogue, locale) on the server),
 * so the same text goes on the page, in the e-mail and in the invitation.
 *
 * The zones are those of `timeZoneOfDepartement` (~/platform/format/dates). Nouvelle-Calédonie,
 * Polynésie française and Wallis-et-Futuna have no code in the app's list of départements
 * (~/platform/geo), so a member cannot be placed there; they would read Paris time only.
 */
import {
  calendarDateIn,
  formatClockTime,
  formatWeekdayDay,
  OVERSEAS_TIME_ZONES,
  PARIS,
  timeZoneOfDepartement,
} from "~/platform/format/dates";
import type { Translate } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import type { fr } from "./messages-documents";

type DocumentsKey = keyof typeof fr;

/** An overseas code with its own zone. */
export type OverseasCode = keyof typeof OVERSEAS_TIME_ZONES;

/** Where a member lives, as the sentence says it: "à La Réunion", "en Guyane". */
export const placeKeys = {
  "971": "committees.time.place.971",
  "972": "committees.time.place.972",
  "973": "committees.time.place.973",
  "974": "committees.time.place.974",
  "975": "committees.time.place.975",
  "976": "committees.time.place.976",
  "977": "committees.time.place.977",
  "978": "committees.time.place.978",
} as const satisfies Record<OverseasCode, DocumentsKey>;

/** The parts of a session's time for one member, already formatted. */
export interface SessionTime {
  /** The day and time in Paris. */
  readonly paris: { readonly day: string; readonly time: string };
  /** The member's own zone, or null when they live on Paris time (or nowhere known). */
  readonly local: {
    readonly code: OverseasCode;
    readonly timeZone: string;
    readonly day: string;
    readonly time: string;
    /** False when the session falls on another calendar day there (e.g. 1 h 00 the next day). */
    readonly sameDay: boolean;
  } | null;
}

function overseasCode(departement: string | null | undefined): OverseasCode | null {
  if (!departement || !(departement in OVERSEAS_TIME_ZONES)) return null;
  return departement as OverseasCode;
}

/** The session's day and time in Paris and, for a member overseas, in their zone. */
export function sessionTime(
  startsAt: Date,
  departement: string | null | undefined,
  locale: Locale,
): SessionTime {
  const paris = {
    day: formatWeekdayDay(startsAt, locale, PARIS),
    time: formatClockTime(startsAt, locale, PARIS),
  };
  const code = overseasCode(departement);
  if (code === null) return { paris, local: null };
  const timeZone = timeZoneOfDepartement(code);
  return {
    paris,
    local: {
      code,
      timeZone,
      day: formatWeekdayDay(startsAt, locale, timeZone),
      time: formatClockTime(startsAt, locale, timeZone),
      sameDay: calendarDateIn(startsAt, timeZone) === calendarDateIn(startsAt, PARIS),
    },
  };
}

/**
 * The sentence: "jeudi 14 janvier 2027 à 14 h 00 (heure de Paris)", followed for a member
 * overseas by ", 17 h 00 à La Réunion" (or ", vendredi 15 janvier 2027 à 1 h 00 à La Réunion"
 * when it is already the next day there).
 */
export function sessionTimeText(
  t: Translate<DocumentsKey>,
  startsAt: Date,
  departement: string | null | undefined,
  locale: Locale,
): string {
  const { paris, local } = sessionTime(startsAt, departement, locale);
  const parisText = t("committees.time.paris", paris);
  if (local === null) return parisText;
  const place = t(placeKeys[local.code]);
  const localText = local.sameDay
    ? t("committees.time.local", { time: local.time, place })
    : t("committees.time.localOtherDay", { day: local.day, time: local.time, place });
  return t("committees.time.both", { paris: parisText, local: localText });
}
