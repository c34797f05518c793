// The audit name of each state-machine transition, in one table: the action the user takes
// (`withdraw`) is recorded as what happened to the application (`application.withdrawn`).
import type { AuditActionOf } from "~/platform/audit-actions";
import type { ApplicationAction } from "./state-machine";

export const transitionAuditActions = {
  submit: "application.submitted",
  start_review: "application.review_started",
  request_information: "application.information_requested",
  answer_information: "application.information_answered",
  request_correction: "application.correction_requested",
  resubmit_correction: "application.correction_resubmitted",
  mark_ready: "application.marked_ready",
  declare_ineligible: "application.declared_ineligible",
  schedule: "application.scheduled",
  accept: "application.accepted",
  refuse: "application.refused",
  postpone: "application.postponed",
  reschedule: "application.rescheduled",
  unschedule: "application.unscheduled",
  withdraw: "application.withdrawn",
} as const satisfies Record<ApplicationAction, AuditActionOf<"application">>;
