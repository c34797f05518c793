/**
 * The Intl formatters, one per locale and options: building one costs tens of microseconds (a
 * committee's agenda writes hundreds of amounts and dates per page), using one costs almost
 * nothing. The options of each call site are few and fixed, so the maps stay small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRulesByKey = new Map<string, Intl.PluralRules>();

function kept<T>(map: Map<string, T>, key: string, make: () => T): T {
  let found = map.get(key);
  if (!found) {
    found = make();
    map.set(key, found);
  }
  return found;
}

const keyOf = (locale: string, options: object) => `${locale}|${JSON.stringify(options)}`;

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return kept(numberFormats, keyOf(locale, options), () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
  return kept(
    dateTimeFormats,
    keyOf(locale, options),
    () => new Intl.DateTimeFormat(locale, options),
  );
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}) {
  return kept(
    pluralRulesByKey,
    keyOf(locale, options),
    () => new Intl.PluralRules(locale, options),
  );
}
