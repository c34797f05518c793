/**
 * The application's message catalogue, on the server only: the French source and the English
 * translation of every feature's messages, in named parts. A page is sent only the parts it
 * renders, in the visitor's locale (`pickMessages` in its loader; docs/decisions/0006).
 * Keys are prefixed by their feature, so they never collide (checked by i18n.test.ts).
 */

import { statusEn, statusFr } from "~/features/applications/messages";
import * as applicationsEligibility from "~/features/applications/messages-eligibility";
import * as applicationsFollow from "~/features/applications/messages-follow";
import * as applicationsForm from "~/features/applications/messages-form";
import * as auth from "~/features/auth/messages";
import * as authAccount from "~/features/auth/messages-account";
import * as authAdmin from "~/features/auth/messages-admin";
import * as committees from "~/features/committees/messages";
import * as committeesDocuments from "~/features/committees/messages-documents";
import * as committeesPlace from "~/features/committees/messages-place";
import * as committeesSessions from "~/features/committees/messages-sessions";
import * as diagnostic from "~/features/diagnostic/messages";
import * as eligibility from "~/features/eligibility/messages";
import * as funding from "~/features/funding/messages";
import * as notifications from "~/features/notifications/messages";
import * as operations from "~/features/operations/messages";
import * as organizations from "~/features/organizations/messages";
import * as privacy from "~/features/privacy/messages";
import * as privacyPage from "~/features/privacy/messages-page";
import * as programsAdmin from "~/features/programs/messages-admin";
import * as programsPublic from "~/features/programs/messages-public";
import * as reviewActions from "~/features/review/messages-actions";
import * as reviewCorrection from "~/features/review/messages-correction";
import * as reviewExport from "~/features/review/messages-export";
import * as reviewFile from "~/features/review/messages-file";
import * as reviewInbox from "~/features/review/messages-inbox";
import * as steering from "~/features/steering/messages";
import * as supports from "~/features/supports/messages";
import * as supportsFeedback from "~/features/supports/messages-feedback";
import type { MessageKey, PageMessages } from "~/i18n";
import { type Catalogue, localeFromCookie } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import * as ui from "~/ui/messages";

/** Every part of the catalogue, by the name a loader asks for. */
export const catalogueParts = {
  ui,
  auth,
  "auth.account": authAccount,
  "auth.admin": authAdmin,
  diagnostic,
  organizations,
  "applications.status": { fr: statusFr, en: statusEn },
  "applications.form": applicationsForm,
  "applications.follow": applicationsFollow,
  "applications.eligibility": applicationsEligibility,
  eligibility,
  funding,
  "programs.public": programsPublic,
  "programs.admin": programsAdmin,
  "review.export": reviewExport,
  "review.file": reviewFile,
  "review.correction": reviewCorrection,
  notifications,
  "review.inbox": reviewInbox,
  "review.actions": reviewActions,
  "committees.documents": committeesDocuments,
  "committees.sessions": committeesSessions,
  "committees.place": committeesPlace,
  privacy,
  "privacy.page": privacyPage,
  committees,
  operations,
  supports,
  "supports.feedback": supportsFeedback,
  steering,
} as const;

/** The name of a part of the catalogue. */
export type CataloguePart = keyof typeof catalogueParts;

const partNames = Object.keys(catalogueParts) as CataloguePart[];

/** Each merge already made, by locale and parts: a page asks for the same parts every time. */
const merged = new Map<string, PageMessages>();

/** The messages of `parts` in `locale`, merged (one frozen object per locale and parts). */
export function messagesFor(locale: Locale, parts: readonly CataloguePart[]): PageMessages {
  const key = `${locale}:${parts.join(",")}`;
  let messages = merged.get(key);
  if (!messages) {
    messages = Object.freeze(
      Object.assign({}, ...parts.map((part) => catalogueParts[part][locale])),
    ) as PageMessages;
    merged.set(key, messages);
  }
  return messages;
}

/**
 * What a loader returns as `messages`: the parts its page renders, in the visitor's locale.
 * `useT()` merges the messages of every matched route.
 */
export function pickMessages(request: Request, parts: readonly CataloguePart[]): PageMessages {
  return messagesFor(localeFromCookie(request.headers.get("cookie")), parts);
}

export const fr = messagesFor("fr", partNames) as Readonly<Record<MessageKey, string>>;
export const en = messagesFor("en", partNames) as Readonly<Record<MessageKey, string>>;

/** The whole catalogue, for server code that writes text itself (emails, PDF, API errors). */
export const catalogue: Catalogue<MessageKey> = { fr, en };
