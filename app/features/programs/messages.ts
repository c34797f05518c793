import type { Messages } from "~/platform/i18n/types";
import * as admin from "./messages-admin";
import * as publicPages from "./messages-public";

/** French messages of the programmes feature: public site and API (messages-public), admin area (messages-admin). */
export const fr = { ...publicPages.fr, ...admin.fr } as const;

/** English messages of the programmes feature. */
export const en: Messages<typeof fr> = { ...publicPages.en, ...admin.en };

/** A key of the programmes catalogue. */
export type ProgramsMessageKey = keyof typeof fr;
