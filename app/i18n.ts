/**
 * The application's message catalogue: the French source and the English translation of every
 * feature's `messages.ts`, merged. Keys are prefixed by their feature, so they never collide
 * (checked by i18n.test.ts).
 */
import * as applications from "~/features/applications/messages";
import * as auth from "~/features/auth/messages";
import * as diagnostic from "~/features/diagnostic/messages";
import * as eligibility from "~/features/eligibility/messages";
import * as funding from "~/features/funding/messages";
import * as organizations from "~/features/organizations/messages";
import * as programs from "~/features/programs/messages";
import type { Catalogue } from "~/platform/i18n/translator";
import * as ui from "~/ui/messages";

export const catalogueParts = {
  ui,
  auth,
  diagnostic,
  organizations,
  applications,
  eligibility,
  funding,
  programs,
} as const;

export const fr = {
  ...ui.fr,
  ...auth.fr,
  ...diagnostic.fr,
  ...organizations.fr,
  ...applications.fr,
  ...eligibility.fr,
  ...funding.fr,
  ...programs.fr,
};
export const en = {
  ...ui.en,
  ...auth.en,
  ...diagnostic.en,
  ...organizations.en,
  ...applications.en,
  ...eligibility.en,
  ...funding.en,
  ...programs.en,
};

export type MessageKey = keyof typeof fr;

export const catalogue: Catalogue<MessageKey> = { fr, en };
