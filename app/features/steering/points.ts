// Points of the diagnostic's 0-100 scale given in tenths (123 is 12.3), written in the visitor's
// language: "12,3" in French, "12.3" in English; a gain carries its sign ("+12,3", "-3,0").
import { intlTag } from "~/platform/format/dates";
import type { Locale } from "~/platform/i18n/types";

const formats = new Map<string, Intl.NumberFormat>();

function formatOf(locale: Locale, signed: boolean): Intl.NumberFormat {
  const id = `${locale}:${signed}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    formats.set(id, format);
  }
  return format;
}

/** A mean score in tenths: "45,0". */
export function formatTenths(tenths: number, locale: Locale): string {
  return formatOf(locale, false).format(tenths / 10);
}

/** A gain in tenths, signed: "+12,3", "-3,0", "0,0". */
export function formatSignedTenths(tenths: number, locale: Locale): string {
  return formatOf(locale, true).format(tenths / 10);
}

/** Whether "point" takes the singular in this language for this many tenths (fr: under 2). */
export function isSingularPoints(tenths: number, locale: Locale): boolean {
  return (
    new Intl.PluralRules(intlTag(locale), { minimumFractionDigits: 1 }).select(
      Math.abs(tenths) / 10,
    ) === "one"
  );
}
