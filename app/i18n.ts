/**
 * Browser-safe types of the message catalogue. The messages themselves are server-only
 * (`~/i18n.server`): each page's loader sends the parts it renders (docs/decisions/0006).
 */
import type * as applications from "~/features/applications/messages";
import type * as auth from "~/features/auth/messages";
import type * as authAccount from "~/features/auth/messages-account";
import type * as authAdmin from "~/features/auth/messages-admin";
import type * as committees from "~/features/committees/messages";
import type * as committeesDocuments from "~/features/committees/messages-documents";
import type * as committeesPlace from "~/features/committees/messages-place";
import type * as committeesSessions from "~/features/committees/messages-sessions";
import type * as diagnostic from "~/features/diagnostic/messages";
import type * as eligibility from "~/features/eligibility/messages";
import type * as funding from "~/features/funding/messages";
import type * as notifications from "~/features/notifications/messages";
import type * as operations from "~/features/operations/messages";
import type * as organizations from "~/features/organizations/messages";
import type * as privacy from "~/features/privacy/messages";
import type * as privacyPage from "~/features/privacy/messages-page";
import type * as programs from "~/features/programs/messages";
import type * as reviewActions from "~/features/review/messages-actions";
import type * as reviewCorrection from "~/features/review/messages-correction";
import type * as reviewExport from "~/features/review/messages-export";
import type * as reviewFile from "~/features/review/messages-file";
import type * as reviewInbox from "~/features/review/messages-inbox";
import type * as steering from "~/features/steering/messages";
import type * as supports from "~/features/supports/messages";
import type * as supportsFeedback from "~/features/supports/messages-feedback";
import type * as ui from "~/ui/messages";

/** A key of the catalogue (every feature's messages). */
export type MessageKey =
  | keyof typeof ui.fr
  | keyof typeof auth.fr
  | keyof typeof authAccount.fr
  | keyof typeof authAdmin.fr
  | keyof typeof diagnostic.fr
  | keyof typeof organizations.fr
  | keyof typeof applications.fr
  | keyof typeof eligibility.fr
  | keyof typeof funding.fr
  | keyof typeof programs.fr
  | keyof typeof reviewExport.fr
  | keyof typeof reviewFile.fr
  | keyof typeof reviewCorrection.fr
  | keyof typeof notifications.fr
  | keyof typeof reviewInbox.fr
  | keyof typeof reviewActions.fr
  | keyof typeof committeesDocuments.fr
  | keyof typeof committeesSessions.fr
  | keyof typeof committeesPlace.fr
  | keyof typeof supports.fr
  | keyof typeof supportsFeedback.fr
  | keyof typeof privacy.fr
  | keyof typeof privacyPage.fr
  | keyof typeof committees.fr
  | keyof typeof steering.fr
  | keyof typeof operations.fr;

/** The messages a loader sends for its page, in the visitor's locale (`pickMessages`). */
export type PageMessages = Readonly<Record<string, string>>;
