/**
 * The translator of the current page, for components. The catalogue is server-only: each matched
 * route's loader returns the `messages` its page renders (`pickMessages`), and `MessagesProvider`
 * merges them for `useT()` (docs/decisions/0006-messages-per-page.md).
 */
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { useMatches } from "react-router";
import type { MessageKey, PageMessages } from "~/i18n";
import type { Translate } from "~/platform/i18n/translator";
import { interpolate, type Locale } from "~/platform/i18n/types";
import { fr as shellFrench } from "./messages";

const LocaleContext = createContext<Locale>("fr");
const MessagesContext = createContext<PageMessages>({});

export const LocaleProvider = LocaleContext.Provider;

/** The current locale ("fr" unless the visitor chose English). */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The `messages` of every matched route's loader data, merged (inner routes last). */
export function mergeRouteMessages(loaderData: readonly unknown[]): PageMessages {
  const merged: Record<string, string> = {};
  for (const data of loaderData) {
    const messages = (data as { messages?: unknown } | null | undefined)?.messages;
    if (messages && typeof messages === "object") Object.assign(merged, messages);
  }
  return merged;
}

/**
 * Gives `useT()` the messages the matched routes' loaders sent. When the root itself renders the
 * error page of a refused action (a 413 or 415 thrown before any loader ran), no loader data
 * exists: the shell and the error page then read the shell's own French messages, shipped for
 * that case only (about 2 KB gzipped).
 */
export function MessagesProvider({ children }: { children: ReactNode }) {
  const matches = useMatches();
  const messages = useMemo(() => {
    const loaderData = matches.map((match) => match.loaderData);
    return loaderData[0] ? mergeRouteMessages(loaderData) : { ...shellFrench };
  }, [matches]);
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

/** A translator over the page's messages; a key the loaders did not send shows as itself. */
export function translatorFor(messages: PageMessages): Translate<MessageKey> {
  return (key, params) => interpolate(messages[key] ?? key, params);
}

/** `t(key, params)` for the current locale. */
export function useT(): Translate<MessageKey> {
  const messages = useContext(MessagesContext);
  return useMemo(() => translatorFor(messages), [messages]);
}

/**
 * Translates a validation message when it is a catalogue key; leaves other text unchanged
 * (the translator shows an unknown key as itself).
 */
export function translateError(t: Translate<MessageKey>, message: string): string {
  return t(message as MessageKey);
}
