/**
 * Calendar days in Paris of the volume's instants, as ~/platform/format/dates writes them
 * (`calendarDateIn`), remembered per hour: the app builds an Intl formatter per call, too slow for
 * the hundreds of thousands of dates of a volume, and Paris is a whole number of hours from UTC.
 */
import { calendarDateIn, instantInZone, PARIS } from "~/platform/format/dates";

const HOUR = 3_600_000;
const days = new Map<number, string>();

/** The "YYYY-MM-DD" of `instant` in Paris. */
export function parisDay(instant: Date): string {
  const hour = Math.floor(instant.getTime() / HOUR);
  let day = days.get(hour);
  if (day === undefined) {
    day = calendarDateIn(new Date(hour * HOUR), PARIS);
    days.set(hour, day);
  }
  return day;
}

const instants = new Map<string, Date>();

/** The instant a Paris wall clock shows `time` ("HH:MM") on `date` ("YYYY-MM-DD"), remembered. */
export function parisInstant(date: string, time: string): Date {
  const key = `${date} ${time}`;
  let found = instants.get(key);
  if (found === undefined) {
    const at = instantInZone(date, time, PARIS);
    if (!at) throw new Error(`volume dates: no instant for ${key}`);
    found = at;
    instants.set(key, found);
  }
  return new Date(found.getTime());
}
