/** Builds a `t(key, params)` function over a catalogue for one locale. */
import { interpolate, type Locale } from "./types";

export type Catalogue<Key extends string> = Record<Locale, Readonly<Record<Key, string>>>;

export type Translate<Key extends string> = (
  key: Key,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** Returns the translator of `locale`, falling back to French for a missing entry. */
export function createTranslator<Key extends string>(
  catalogue: Catalogue<Key>,
  locale: Locale,
): Translate<Key> {
  const messages = catalogue[locale];
  return (key, params) => interpolate(messages[key] ?? catalogue.fr[key] ?? key, params);
}

/** Reads the locale from the `lang` cookie of a request; French unless "en" was chosen. */
export function localeFromCookie(cookieHeader: string | null): Locale {
  const match = /(?:^|;\s*)lang=(fr|en)(?:;|$)/.exec(cookieHeader ?? "");
  return match?.[1] === "en" ? "en" : "fr";
}
