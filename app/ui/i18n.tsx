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

/**
 * Merges already made, by the sequence of messages objects merged: on the server each loader's
 * messages are one frozen object per locale and catalogue parts (i18n.server.ts), so a page's
 * merge is made once, not on every render. Objects that are not frozen are merged each time.
 */
type MergeNode = { merged?: PageMessages; next: WeakMap<object, MergeNode> };
const merges: MergeNode = { next: new WeakMap() };

/** The `messages` of every matched route's loader data, merged (inner routes last). */
export function mergeRouteMessages(loaderData: readonly unknown[]): PageMessages {
  const parts: object[] = [];
  for (const data of loaderData) {
    const messages = (data as { messages?: unknown } | null | undefined)?.messages;
    if (messages && typeof messages === "object") parts.push(messages);
  }
  if (!parts.every(Object.isFrozen)) return Object.assign({}, ...parts);
  let node = merges;
  for (const part of parts) {
    let next = node.next.get(part);
    if (!next) {
      next = { next: new WeakMap() };
      node.next.set(part, next);
    }
    node = next;
  }
  node.merged ??= Object.freeze(Object.assign({}, ...parts));
  return node.merged as PageMessages;
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
