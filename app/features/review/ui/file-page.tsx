/**
 * The staff file of one application (/instruction/candidatures/:id), read top to bottom with a
 * table of contents of anchors: the header (number, organisation, status and age in it, antenna,
 * person in charge, flag), the actions of the user's role, then the reading sections, the private
 * notes, the message thread and the timeline. Works without JavaScript (plain forms), at 320 px.
 */
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useNavigation } from "react-router";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { TextareaField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import { FILE_TEXT_MAX_LENGTH } from "../file-forms";
import type { FileView } from "../file-view.server";
import { CorrectionChanges } from "./correction-changes";
import {
  AttachmentsSection,
  CompletenessSection,
  DiagnosticSection,
  EarlierSection,
  EligibilitySection,
  SubmittedSection,
} from "./file-sections";

/** What the file's action answers for a form to correct (the form pipeline's reply). */
export type FileReply = { formId: string; result: SubmissionResult<string[]> };

function replyOf(reply: FileReply | null, form: "note" | "message") {
  if (reply?.formId !== form) return null;
  const errors = Object.values(reply.result.error ?? {}).flatMap((messages) => messages ?? []);
  const body = reply.result.initialValue?.body;
  return { errors, body: typeof body === "string" ? body : "" };
}

const sections = [
  ["actions", "review.file.section.actions"],
  ["submitted", "review.file.section.submitted"],
  ["corrections-heading", "review.correction.history"],
  ["attachments", "review.file.section.attachments"],
  ["diagnostic", "review.file.section.diagnostic"],
  ["earlier", "review.file.section.earlier"],
  ["eligibility", "review.file.section.eligibility"],
  ["completeness", "review.file.section.completeness"],
  ["notes", "review.file.section.notes"],
  ["messages", "review.file.section.messages"],
  ["timeline", "review.file.section.timeline"],
] as const;

function Header({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  const { application, organization } = view;
  const late = application.ageDays > application.alertDays;
  return (
    <>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t("review.file.organization")}</dt>
          <dd>
            <Link to={`/instruction/structures/${organization.id}`}>{organization.name}</Link>
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t("review.file.program")}</dt>
          <dd>{application.programName}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("review.file.status")}</dt>
          <dd>
            <span className={`status-badge status-${application.state}`}>
              {t(`applications.state.${application.state}`)}
            </span>{" "}
            {t("review.file.since", {
              date: formatDate(application.statusChangedAt, locale),
              days: application.ageDays,
            })}
            {late ? (
              <strong> – {t("review.file.ageAlert", { days: application.alertDays })}</strong>
            ) : null}
          </dd>
        </div>
        {application.submittedAt ? (
          <div className="summary-row">
            <dt>{t("review.file.submittedAt")}</dt>
            <dd>{formatDateTime(application.submittedAt, locale)}</dd>
          </div>
        ) : null}
        <div className="summary-row">
          <dt>{t("review.file.antenna")}</dt>
          <dd>
            {application.antenna
              ? t("review.file.antennaValue", application.antenna)
              : t("review.file.noAntenna")}
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t("review.file.assignee")}</dt>
          <dd>{application.assigneeName ?? t("review.file.unassigned")}</dd>
        </div>
        {application.committeeSummary ? (
          <div className="summary-row">
            <dt>{t("review.file.committeeSummary")}</dt>
            <dd className="pre-line">{application.committeeSummary}</dd>
          </div>
        ) : null}
      </dl>
      {application.flagged ? (
        <p className="notice" role="note">
          {t("review.file.flagged")}
        </p>
      ) : null}
    </>
  );
}

function ActionsSection({ view }: { view: FileView }) {
  const t = useT();
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t("review.file.section.actions")}</h2>
      {view.actions.length === 0 ? (
        <p className="empty-state">{t("review.file.actionsNone")}</p>
      ) : (
        <ul className="inline-actions plain-list">
          {view.actions.map((action) => (
            <li key={action.id}>
              <Link to={action.href} className="button button-secondary">
                {t(`review.file.action.${action.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NotesSection({ view, reply }: { view: FileView; reply: FileReply | null }) {
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const form = replyOf(reply, "note");
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">{t("review.file.section.notes")}</h2>
      <p className="field-hint">{t("review.file.notesPrivate")}</p>
      <FlashNotice target="notes" />
      {view.notes.length === 0 ? (
        <p className="empty-state">{t("review.file.notesEmpty")}</p>
      ) : (
        <ol className="message-thread">
          {view.notes.map((note) => (
            <li key={note.id} className="message">
              <p className="message-meta">
                {t("review.file.noteBy", {
                  name: note.authorName ?? t("review.file.someone"),
                  date: formatDateTime(note.createdAt, locale),
                })}
              </p>
              <p className="pre-line">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="note" />
        <TextareaField
          id="note-body"
          label={t("review.file.noteBody")}
          hint={t("review.file.noteHint")}
          errors={form?.errors.length ? form.errors : undefined}
          textareaProps={{
            name: "body",
            required: true,
            maxLength: FILE_TEXT_MAX_LENGTH,
            rows: 4,
            defaultValue: form?.body ?? "",
          }}
        />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t("review.file.noteSubmit")}
        </button>
      </Form>
    </section>
  );
}

function MessagesSection({
  view,
  messageToken,
  reply,
}: {
  view: FileView;
  messageToken: string;
  reply: FileReply | null;
}) {
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const form = replyOf(reply, "message");
  const id = view.application.id;
  // A stored reply grows the thread: the form is drawn anew, empty (the page is not reloaded
  // with JavaScript, so the text would otherwise stay and a second click send it again).
  const threadKey = view.messages.at(-1)?.id ?? "empty";
  return (
    <section aria-labelledby="messages">
      <h2 id="messages">{t("review.file.section.messages")}</h2>
      <FlashNotice target="messages" />
      {view.messages.length === 0 ? (
        <p className="empty-state">{t("review.file.messagesEmpty")}</p>
      ) : (
        <ol className="message-thread">
          {view.messages.map((message) => {
            const name = message.authorName ?? t("review.file.someone");
            return (
              <li
                key={message.id}
                className={message.fromApplicant ? "message" : "message message-mine"}
              >
                <p className="message-meta">
                  <strong>
                    {message.fromApplicant
                      ? t("review.file.fromApplicant", { name })
                      : t("review.file.fromStaff", { name })}
                  </strong>
                  {message.isInformationRequest ? ` – ${t("review.file.informationRequest")}` : ""}{" "}
                  –{" "}
                  <time dateTime={message.createdAt}>
                    {formatDateTime(message.createdAt, locale)}
                  </time>
                </p>
                <p className="pre-line">{message.body}</p>
                {message.files.length > 0 ? (
                  <ul className="file-list">
                    {message.files.map((file) => (
                      <li key={file.id}>
                        <a href={`/espace/candidatures/${id}/pieces/${file.id}`}>{file.fileName}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <Form key={threadKey} method="post" className="form">
        <input type="hidden" name="intent" value="message" />
        <input type="hidden" name="token" value={messageToken} />
        <TextareaField
          id="message-body"
          label={t("review.file.replyBody")}
          hint={t("review.file.replyHint")}
          errors={form?.errors.length ? form.errors : undefined}
          textareaProps={{
            name: "body",
            required: true,
            maxLength: FILE_TEXT_MAX_LENGTH,
            rows: 4,
            defaultValue: form?.body ?? "",
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("review.file.replySubmit")}
        </button>
      </Form>
    </section>
  );
}

function TimelineSection({ view }: { view: FileView }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t("review.file.section.timeline")}</h2>
      {view.timeline.length === 0 ? (
        <p className="empty-state">{t("review.file.timelineEmpty")}</p>
      ) : (
        <ol className="timeline">
          {view.timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time> –{" "}
              {event.action === "create" || !event.toStatus
                ? t("review.file.timeline.created")
                : t("review.file.timeline.entry", {
                    state: t(`applications.state.${event.toStatus}`),
                  })}
              {event.actorName ? ` ${t("review.file.timeline.by", { name: event.actorName })}` : ""}
              {event.reason ? (
                <>
                  {" "}
                  <span className="pre-line">
                    ({t("review.file.timeline.reason", { reason: event.reason })})
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The whole file below the shell. */
export function FilePage({
  view,
  messageToken,
  reply,
}: {
  view: FileView;
  /** The hidden token of the reply form of this rendering (one message however often sent). */
  messageToken: string;
  reply: FileReply | null;
}) {
  const t = useT();
  const title = view.application.number
    ? t("review.file.title", { number: view.application.number })
    : t("review.file.titleNoNumber");
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/instruction">{t("review.file.back")}</Link>
      </p>
      <p className="field-hint">{t("review.file.kicker")}</p>
      <h1 className="application-title">{title}</h1>
      <Header view={view} />
      <nav aria-labelledby="toc">
        <h2 id="toc">{t("review.file.toc")}</h2>
        <ol>
          {sections.map(([anchor, key]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{t(key)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <ActionsSection view={view} />
      <SubmittedSection view={view} />
      <CorrectionChanges corrections={view.corrections} />
      <AttachmentsSection view={view} />
      <DiagnosticSection view={view} />
      <EarlierSection view={view} />
      <EligibilitySection view={view} />
      <CompletenessSection view={view} />
      <NotesSection view={view} reply={reply} />
      <MessagesSection view={view} messageToken={messageToken} reply={reply} />
      <TimelineSection view={view} />
    </>
  );
}
