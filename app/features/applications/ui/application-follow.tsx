// /espace/candidatures/:id: where the application stands and what comes next, what was sent
// (with the PDF receipt), the timeline of its events, the message thread with the staff (and
// the answer to an information request, with files), and the way to withdraw it.
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useNavigation } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { formatEuros } from "~/platform/format/money";
import { TextareaField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useLocale, useT } from "~/ui/i18n";
import { formatBytes } from "../format";
import type { SnapshotAttachment, SnapshotLevel } from "../snapshot";
import { type ApplicationState, applicationActions, isApplicationState } from "../state-machine";
import { stepUrl } from "./step-frame";

export type FollowView = {
  application: {
    id: string;
    number: string | null;
    status: string;
    currentStep: number;
    programName: string;
    organizationName: string;
    submittedAt: string | null;
  };
  timeline: {
    id: number;
    action: string;
    occurredAt: string;
    actorName: string | null;
    byApplicant: boolean;
  }[];
  messages: {
    id: string;
    body: string;
    authorName: string | null;
    fromApplicant: boolean;
    isInformationRequest: boolean;
    /** What the team listed as missing, for an information request. */
    missingItems: string[];
    createdAt: string;
    files: { id: string; fileName: string; sizeBytes: number }[];
  }[];
  submission: { levels: SnapshotLevel[]; attachments: SnapshotAttachment[] } | null;
  canWithdraw: boolean;
  canAnswer: boolean;
  canMessage: boolean;
  /** The open correction request, while the application is to correct. */
  correction: {
    message: string;
    steps: number[];
    fields: string[];
    requestedAt: string;
  } | null;
};

/** What the follow page's action answers for a form to correct (the form pipeline's reply). */
export type FollowReply = { formId: string; result: SubmissionResult<string[]> };

/** The errors (already translated) and the typed text of `form` in the reply, if it is its reply. */
function replyOf(reply: FollowReply | null, form: "answer" | "message") {
  if (reply?.formId !== form) return null;
  const errors = Object.values(reply.result.error ?? {}).flatMap((messages) => messages ?? []);
  const body = reply.result.initialValue?.body;
  return {
    errors,
    bodyErrors: reply.result.error?.body ?? [],
    body: typeof body === "string" ? body : "",
  };
}

// Every application action has a timeline label, plus "create" and the flagged submission.
const timelineKey = (action: string) =>
  (action === "create" ||
  action === "submit_flagged" ||
  (applicationActions as readonly string[]).includes(action)
    ? `applications.timeline.${action}`
    : "applications.timeline.other") as "applications.timeline.other";

/** The missing items of an information request, when the team listed some. */
function MissingItems({ items }: { items: readonly string[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <>
      <p>{t("applications.follow.missingItems")}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The follow page. */
export function ApplicationFollow({
  view,
  messageToken,
  reply,
  decisionLetter = false,
}: {
  view: FollowView;
  /** The hidden token of this rendering's forms: sent twice, it stores one message. */
  messageToken: string;
  reply: FollowReply | null;
  /** A closed committee decided on it: its decision letter (PDF) is downloadable. */
  decisionLetter?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const { application } = view;
  const state: ApplicationState = isApplicationState(application.status)
    ? application.status
    : "draft";
  const title = application.number
    ? t("applications.list.numbered", { number: application.number })
    : t("applications.follow.draftTitle");
  const answer = replyOf(reply, "answer");
  const messageReply = replyOf(reply, "message");
  const lastRequest = [...view.messages].reverse().find((message) => message.isInformationRequest);
  // Once a message is stored the thread grows, and the form is drawn anew, empty (with
  // JavaScript the page is not reloaded, so the text typed would otherwise stay in the box).
  const threadKey = view.messages.at(-1)?.id ?? "empty";
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/espace/candidatures">{t("applications.list.title")}</Link>
      </p>
      <h1 className="application-title">{title}</h1>
      <p className="lead">
        {application.programName} – {application.organizationName}
      </p>
      <section className="status-box" aria-labelledby="status-title">
        <h2 id="status-title">{t("applications.follow.status")}</h2>
        <p>
          <span className={`status-badge status-${state}`}>{t(`applications.state.${state}`)}</span>
        </p>
        <p>{t(`applications.nextStep.${state}`)}</p>
        {state === "draft" ? (
          <p>
            <Link to={stepUrl(application.id, application.currentStep)} className="button">
              {t("applications.list.resume")}
            </Link>
          </p>
        ) : null}
        {application.submittedAt ? (
          <p>
            {t("applications.follow.submittedAt", {
              date: formatDateTime(application.submittedAt, locale),
            })}
          </p>
        ) : null}
        {decisionLetter ? (
          <p>
            <a
              href={`/espace/candidatures/${application.id}/decision.pdf`}
              className="button button-secondary"
            >
              {t("applications.follow.decisionLetter")}
            </a>
          </p>
        ) : null}
      </section>

      {view.correction ? (
        <CorrectionBox applicationId={application.id} correction={view.correction} />
      ) : null}

      {view.canAnswer ? (
        <section className="answer-box" aria-labelledby="answer-title">
          <h2 id="answer-title">{t("applications.follow.answerTitle")}</h2>
          {lastRequest ? (
            <blockquote className="message-quote">
              <p className="pre-line">{lastRequest.body}</p>
              <MissingItems items={lastRequest.missingItems} />
              <footer>
                {lastRequest.authorName ?? t("applications.follow.team")},{" "}
                {formatDateTime(lastRequest.createdAt, locale)}
              </footer>
            </blockquote>
          ) : null}
          {answer && answer.errors.length > 0 ? (
            <div className="error-summary" role="alert">
              <p>
                <a href="#answer-body">{answer.errors[0]}</a>
              </p>
            </div>
          ) : null}
          <Form key={threadKey} method="post" encType="multipart/form-data" className="form">
            <input type="hidden" name="intent" value="answer" />
            <input type="hidden" name="token" value={messageToken} />
            <TextareaField
              id="answer-body"
              label={t("applications.follow.answerBody")}
              errors={answer?.bodyErrors.length ? answer.bodyErrors : undefined}
              textareaProps={{
                name: "body",
                required: true,
                maxLength: 5000,
                rows: 5,
                defaultValue: answer?.body ?? "",
              }}
            />
            <Field
              id="answer-files"
              label={t("applications.follow.answerFiles")}
              hint={t("applications.follow.answerFilesHint")}
              inputProps={{ type: "file", name: "files", multiple: true }}
            />
            <button type="submit" className="button" disabled={busy}>
              {t("applications.action.answer_information")}
            </button>
          </Form>
        </section>
      ) : null}

      {view.submission ? (
        <section aria-labelledby="sent-title">
          <h2 id="sent-title">{t("applications.follow.sent")}</h2>
          <ul className="summary-levels">
            {view.submission.levels.map((level) => (
              <li key={level.kind}>
                <strong>{level.label}</strong>
                {level.totalCostCents === null
                  ? ` – ${t("applications.levels.fixedRate", { rate: level.ratePercent })}`
                  : ` – ${t("applications.follow.levelAmounts", {
                      total: formatEuros(level.totalCostCents, locale),
                      rate: level.ratePercent,
                      share: formatEuros(level.programmeShareCents ?? 0, locale),
                      remaining: formatEuros(level.remainingCents ?? 0, locale),
                    })}`}
              </li>
            ))}
          </ul>
          <h3>{t("applications.follow.files")}</h3>
          <ul className="file-list">
            {view.submission.attachments.map((file) => (
              <li key={file.id}>
                {t(`applications.attachmentKind.${file.kind}` as never)} :{" "}
                <a href={`/espace/candidatures/${application.id}/pieces/${file.id}`}>
                  {file.fileName}
                </a>{" "}
                ({formatBytes(file.sizeBytes, locale)})
              </li>
            ))}
          </ul>
          <p>
            <a
              href={`/espace/candidatures/${application.id}/recu.pdf`}
              className="button button-secondary"
            >
              {t("applications.follow.receipt")}
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("applications.follow.timeline")}</h2>
        <ol className="timeline">
          {view.timeline.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time> –{" "}
              {t(timelineKey(event.action))}
              {event.byApplicant || !event.actorName ? "" : ` (${t("applications.follow.byTeam")})`}
            </li>
          ))}
        </ol>
      </section>

      {view.canMessage ? (
        <section aria-labelledby="messages-title">
          <h2 id="messages-title">{t("applications.follow.messages")}</h2>
          {view.messages.length === 0 ? (
            <p>{t("applications.follow.noMessages")}</p>
          ) : (
            <ol className="message-thread">
              {view.messages.map((message) => (
                <li
                  key={message.id}
                  className={
                    message.fromApplicant ? "message message-mine" : "message message-staff"
                  }
                >
                  <p className="message-meta">
                    <strong>
                      {message.fromApplicant
                        ? (message.authorName ?? t("applications.follow.you"))
                        : t("applications.follow.teamMember", {
                            name: message.authorName ?? t("applications.follow.team"),
                          })}
                    </strong>
                    {message.isInformationRequest
                      ? ` – ${t("applications.follow.informationRequest")}`
                      : ""}{" "}
                    –{" "}
                    <time dateTime={message.createdAt}>
                      {formatDateTime(message.createdAt, locale)}
                    </time>
                  </p>
                  <p className="pre-line">{message.body}</p>
                  <MissingItems items={message.missingItems} />
                  {message.files.length > 0 ? (
                    <ul className="file-list">
                      {message.files.map((file) => (
                        <li key={file.id}>
                          <a href={`/espace/candidatures/${application.id}/pieces/${file.id}`}>
                            {file.fileName}
                          </a>{" "}
                          ({formatBytes(file.sizeBytes, locale)})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          {!view.canAnswer ? (
            <Form key={threadKey} method="post" className="form">
              <input type="hidden" name="intent" value="message" />
              <input type="hidden" name="token" value={messageToken} />
              <TextareaField
                id="message-body"
                label={t("applications.follow.newMessage")}
                hint={t("applications.follow.newMessageHint")}
                errors={messageReply?.errors.length ? messageReply.errors : undefined}
                textareaProps={{
                  name: "body",
                  required: true,
                  maxLength: 5000,
                  rows: 4,
                  defaultValue: messageReply?.body ?? "",
                }}
              />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t("applications.follow.send")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {view.canWithdraw ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t("applications.follow.withdrawTitle")}</h2>
          <p>{t("applications.follow.withdrawIntro")}</p>
          <p>
            <Link to={`/espace/candidatures/${application.id}/retrait`}>
              {t("applications.action.withdraw")}
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** The open correction request: the team's message, the steps to correct (links) and fields. */
function CorrectionBox({
  applicationId,
  correction,
}: {
  applicationId: string;
  correction: NonNullable<FollowView["correction"]>;
}) {
  const t = useT();
  const locale = useLocale();
  const fieldLabel = (name: string) => {
    const key = `review.correction.field.${name}` as const;
    const label = t(key as never);
    return label === key ? name : label;
  };
  return (
    <section className="answer-box" aria-labelledby="correction-title">
      <h2 id="correction-title">{t("applications.correction.title")}</h2>
      <blockquote className="message-quote">
        <p className="pre-line">{correction.message}</p>
        <footer>
          {t("applications.follow.team")}, {formatDateTime(correction.requestedAt, locale)}
        </footer>
      </blockquote>
      <h3>{t("applications.correction.steps")}</h3>
      <ul>
        {correction.steps.map((step) => (
          <li key={step}>
            <Link to={stepUrl(applicationId, step)}>
              {t(`review.correction.step.${step}` as never)}
            </Link>
          </li>
        ))}
      </ul>
      {correction.fields.length > 0 ? (
        <>
          <h3>{t("applications.correction.fields")}</h3>
          <ul>
            {correction.fields.map((field) => (
              <li key={field}>{fieldLabel(field)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t("applications.correction.onlyThese")}</p>
      <p>
        <Link to={`/espace/candidatures/${applicationId}/renvoyer`} className="button">
          {t("applications.correction.resubmit")}
        </Link>
      </p>
    </section>
  );
}
