/**
 * The application's message catalogue: the French source and the English translation of every
 * feature's `messages.ts`, merged. Keys are prefixed by their feature, so they never collide
 * (checked by i18n.test.ts).
 */
import * as auth from "./features/auth/messages";
import type { Catalogue } from "./platform/i18n/translator";
import * as ui from "./ui/messages";

export const catalogueParts = { ui, auth } as const;

export const fr = { ...ui.fr, ...auth.fr };
export const en = { ...ui.en, ...auth.en };

export type MessageKey = keyof typeof fr;

export const catalogue: Catalogue<MessageKey> = { fr, en };
