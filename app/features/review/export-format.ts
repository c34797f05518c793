// The two formattings an export repeats on every row, made cheap: the Paris calendar date of an
// instant (the text of calendarDateIn) and an amount in euros (the text of formatEuros). Both
// build an Intl formatter per call, which costs about 100 µs and 40 µs: tens of seconds over
// 100 000 rows. Here the formatters are built once per locale, and the dates of one export are
// kept per UTC hour (Paris changes its offset only on the hour, so one hour is one calendar day).
// The texts are the same as theirs: export-format.test.ts compares them.
import { intlTag, PARIS } from "~/platform/format/dates";
import type { Locale } from "~/platform/i18n/types";

const HOUR_MS = 60 * 60 * 1000;

let parisDays: Intl.DateTimeFormat | undefined;

/** The calendar date ("YYYY-MM-DD") of `instant` in Paris: calendarDateIn(instant). */
export function parisCalendarDate(instant: Date): string {
  parisDays ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: PARIS,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const parts = parisDays.formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * parisCalendarDate with a memory of the UTC hours already seen, for one export: an hour whose
 * first and last milliseconds fall on the same Paris day is that day throughout (an offset
 * change happens on the hour there); any other hour is computed instant by instant.
 */
export function parisCalendarDates(limit = 100_000): (instant: Date) => string {
  const days = new Map<number, string | null>();
  return (instant) => {
    const time = instant.getTime();
    if (!Number.isFinite(time)) return parisCalendarDate(instant);
    const hour = Math.floor(time / HOUR_MS);
    let day = days.get(hour);
    if (day === undefined) {
      const first = parisCalendarDate(new Date(hour * HOUR_MS));
      const last = parisCalendarDate(new Date(hour * HOUR_MS + HOUR_MS - 1));
      day = first === last ? first : null;
      if (days.size >= limit) days.clear();
      days.set(hour, day);
    }
    return day ?? parisCalendarDate(instant);
  };
}

const euroFormats = new Map<Locale, Intl.NumberFormat>();

/** An amount of integer cents in euros for display: formatEuros(cents, locale). */
export function eurosText(cents: number, locale: Locale = "fr"): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: 2,
    });
    euroFormats.set(locale, format);
  }
  return format.format(cents / 100);
}
