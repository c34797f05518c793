// What a survey link's page shows (answer-feedback.server.ts reads it, ui/feedback-page.tsx draws
// it): one type for both sides, safe for the browser.
import type { LevelKind } from "~/features/applications";

/** The support a survey link is about, as its page names it. */
export type FeedbackSupportView = {
  levelKind: LevelKind;
  organizationName: string;
  programme: string;
};

/** One answer as the structure gave it (the survey's field names). */
export type FeedbackAnswerView = {
  satisfaction: number;
  consultantQuality: number;
  needsFit: number;
  beneficiaryChanges: string | null;
  recommendation: number;
  comment: string | null;
  answeredAt: string;
};

/** What the page of a survey link shows. */
export type FeedbackLinkView =
  /** Malformed, badly signed, an unknown support, a member who left, a support not closed: 404. */
  | { state: "invalid" }
  /** Signed by us, but more than 30 days old: 410. */
  | { state: "expired" }
  /** The form. */
  | { state: "form"; expiresAt: string; support: FeedbackSupportView }
  /** This member answered: the thanks, with their answers. */
  | { state: "answered"; support: FeedbackSupportView; answer: FeedbackAnswerView }
  /** Another member of the structure answered. */
  | { state: "alreadyAnswered"; support: FeedbackSupportView };
