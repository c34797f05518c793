/** The translator of the current request's locale, for components. */
import { createContext, useContext } from "react";
import { catalogue, type MessageKey } from "~/i18n";
import { createTranslator, type Translate } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";

const LocaleContext = createContext<Locale>("fr");

export const LocaleProvider = LocaleContext.Provider;

/** The current locale ("fr" unless the visitor chose English). */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `t(key, params)` for the current locale. */
export function useT(): Translate<MessageKey> {
  return createTranslator(catalogue, useLocale());
}

/** Translates a validation message when it is a catalogue key; leaves other text unchanged. */
export function translateError(t: Translate<MessageKey>, message: string): string {
  return message in catalogue.fr ? t(message as MessageKey) : message;
}
