/**
 * The closed list of audit action names, one place for the whole application (issue 10). A name
 * is `<entity>.<past verb>` (`application.submitted`, `programme.antenna_updated`); the entity
 * is the `entity_type` of the row, so the trail can be filtered by entity, then by action.
 * Pure: safe for the browser, which labels the names it shows. Add a name here before using it.
 */
export const auditActionsByEntity = {
  application: [
    "draft_created",
    "draft_step_saved",
    "draft_step_autosaved",
    "attachment_added",
    "attachment_removed",
    "message_posted",
    "information_request_posted",
    // State-machine transitions (the table is in features/applications/transition-audit.ts).
    "submitted",
    "review_started",
    "information_requested",
    "information_answered",
    "correction_requested",
    "correction_resubmitted",
    "marked_ready",
    "declared_ineligible",
    "scheduled",
    "accepted",
    "refused",
    "postponed",
    "rescheduled",
    "unscheduled",
    "withdrawn",
    // Review (issue 13): not state changes.
    "reassigned",
    "note_added",
    "scored",
    "information_reminder_mailed",
  ],
  // Screening committees (issue 14): a session and the items of its agenda.
  committee_session: [
    "created",
    "updated",
    "member_added",
    "member_removed",
    "item_added",
    "item_removed",
    "item_moved",
    "pre_review_opened",
    "started",
    "presence_recorded",
    "closed",
    // The members' invitations (or a cancellation) with their .ics file, one event per send.
    "invitations_mailed",
  ],
  // Supports (issue 15): one per level granted, delivered by an antenna.
  support: [
    "planned",
    "started",
    "delivered",
    "closed",
    "abandoned",
    "milestone_recorded",
    "payment_recorded",
    // The feedback survey: the members mailed at the closing, a reminder, the structure's answer.
    "feedback_requested",
    "feedback_reminded",
    "feedback_answered",
  ],
  committee_item: [
    "conflict_declared",
    "scored",
    "decided",
    "amended",
    // The decision e-mail (with its letter) enqueued, once per decision revision.
    "decision_mailed",
  ],
  diagnostic: ["started", "answers_saved", "completed", "organization_attached", "seeded"],
  organization: [
    "created",
    "updated",
    "seeded",
    "member_invited",
    "invitation_accepted",
    "invitation_revoked",
    "join_requested",
    "join_accepted",
    "join_declined",
    "member_left",
    "member_removed",
    "ownership_transferred",
    // Invited to take the diagnostic again, months after its last support closed (issue 15).
    "rediagnostic_invited",
  ],
  programme: [
    "created",
    "seeded",
    "info_updated",
    "level_added",
    "level_updated",
    "level_removed",
    "axis_added",
    "axis_renamed",
    "axis_removed",
    "eligibility_updated",
    "antenna_added",
    "antenna_updated",
    "antenna_removed",
    // A support capacity of an antenna or of one of its consultants (issue 15).
    "capacity_updated",
    "envelope_added",
    "envelope_updated",
    "envelope_removed",
    "committee_cadence_updated",
    "portfolio_targets_updated",
    // The months after the last support before the re-diagnostic invitation (issue 15).
    "rediagnostic_months_updated",
    "criterion_added",
    "criterion_updated",
    "criterion_removed",
  ],
  question_bank_version: ["published"],
  user: [
    "seeded",
    "role_granted",
    "notification_preferences_updated",
    "preference_updated",
    // Personal data (issue 12, ADR 0012).
    "account_deleted",
    // Accounts (issue 12): an administrator's decision, or the user signing out everywhere.
    "deactivated",
    "reactivated",
    "sessions_revoked",
  ],
  export: ["requested", "downloaded"],
  // The nightly retention job (ADR 0012): what it removed, by rule.
  retention: ["enforced"],
  // Background jobs (issue 12): an administrator gave a failed job another attempt.
  job: ["retried"],
} as const;

type ActionsByEntity = typeof auditActionsByEntity;

/** The kinds of entity the trail records. */
export type AuditEntityType = keyof ActionsByEntity;

/** The action names of one entity type, e.g. `AuditActionOf<"programme">`. */
export type AuditActionOf<Entity extends AuditEntityType> = Entity extends AuditEntityType
  ? `${Entity}.${ActionsByEntity[Entity][number]}`
  : never;

/** Every audit action name. */
export type AuditAction = { [Entity in AuditEntityType]: AuditActionOf<Entity> }[AuditEntityType];

/** Every entity type, in declaration order. */
export const auditEntityTypes = Object.keys(auditActionsByEntity) as AuditEntityType[];

/** Every action name of `entity` (all of them without an entity), for filters and checks. */
export function auditActionNames<Entity extends AuditEntityType>(
  entity?: Entity,
): AuditActionOf<Entity>[] {
  const entities = entity ? [entity] : auditEntityTypes;
  return entities.flatMap((type) =>
    auditActionsByEntity[type].map((verb) => `${type}.${verb}` as AuditActionOf<Entity>),
  );
}

/** Whether `name` is a declared action (for a filter read from a URL). */
export function isAuditAction(name: string): name is AuditAction {
  return (auditActionNames() as string[]).includes(name);
}

/** Whether `name` is a declared entity type. */
export function isAuditEntityType(name: string): name is AuditEntityType {
  return Object.hasOwn(auditActionsByEntity, name);
}
