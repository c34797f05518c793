// /avis/:token: the feedback survey of a closed support, opened from the personal link of the
// e-mail, without signing in. The form (three 1-5 scales, the 0-10 recommendation, two free
// texts), then the thanks with the answers given; or why the link does not work (broken,
// expired, already answered by someone else of the structure). A plain form post: it works
// without JavaScript. Radios are stacked one per line, so the page reads at 320 px.

import type { SubmissionResult } from "@conform-to/react";
import { Form } from "react-router";
import { formatDay } from "~/platform/format/dates";
import { ChoiceGroup, type ChoiceOption, TextareaField } from "~/ui/controls";
import { ErrorSummary, type SummaryError } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import {
  FEEDBACK_TEXT_MAX_LENGTH,
  NPS_MAX,
  NPS_MIN,
  SCORE_MAX,
  SCORE_MIN,
} from "../feedback.schema";
import type { FeedbackAnswerView, FeedbackLinkView, FeedbackSupportView } from "../feedback-view";
import { FeedbackAnswers, feedbackLabelKeys } from "./feedback-answers";

type SupportView = FeedbackSupportView;
type AnswerView = FeedbackAnswerView;

/** What the loader gives the page. */
export type FeedbackPageData = FeedbackLinkView;

/** What the action answers when the form must be corrected or is refused. */
export type FeedbackReply = {
  formId: string;
  result: SubmissionResult<string[]>;
  refused: string | null;
} | null;

const dayMs = 24 * 60 * 60 * 1000;

const ids = {
  satisfaction: "feedback-satisfaction",
  consultantQuality: "feedback-consultant-quality",
  needsFit: "feedback-needs-fit",
  beneficiaryChanges: "feedback-beneficiary-changes",
  recommendation: "feedback-recommendation",
  comment: "feedback-comment",
} as const;
type FieldName = keyof typeof ids;
const fieldNames = Object.keys(ids) as FieldName[];

const labelKeys = feedbackLabelKeys;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

function useSupportLine(support: SupportView): string {
  const t = useT();
  return t("supports.feedback.about", {
    level: t(`supports.level.${support.levelKind}`),
    organization: support.organizationName,
    programme: support.programme,
  });
}

function Message({ title, body, status }: { title: string; body: string; status?: string }) {
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <h1>{title}</h1>
      {status ? (
        <p className="notice" role="status">
          {status}
        </p>
      ) : null}
      <p>{body}</p>
    </>
  );
}

export function FeedbackPage({ data, reply }: { data: FeedbackPageData; reply: FeedbackReply }) {
  const t = useT();
  if (data.state === "invalid") {
    return (
      <Message
        title={t("supports.feedback.invalid.title")}
        body={t("supports.feedback.invalid.body")}
      />
    );
  }
  if (data.state === "expired") {
    return (
      <Message
        title={t("supports.feedback.expired.title")}
        body={t("supports.feedback.expired.body")}
      />
    );
  }
  if (data.state === "alreadyAnswered" || reply?.refused === "already_answered") {
    return (
      <Message
        title={t("supports.feedback.alreadyAnswered.title")}
        body={t("supports.feedback.alreadyAnswered.body")}
      />
    );
  }
  if (data.state === "answered") return <Thanks support={data.support} answer={data.answer} />;
  return <SurveyForm support={data.support} expiresAt={data.expiresAt} reply={reply} />;
}

function Thanks({ support, answer }: { support: SupportView; answer: AnswerView }) {
  const t = useT();
  const locale = useLocale();
  const about = useSupportLine(support);
  return (
    <>
      <title>{`${t("supports.feedback.thanks.title")} – Digit'ESS`}</title>
      <h1>{t("supports.feedback.thanks.title")}</h1>
      <p className="notice notice-success" role="status">
        {t("supports.feedback.thanks.body")}
      </p>
      <p>{about}</p>
      <h2>{t("supports.feedback.thanks.yourAnswers")}</h2>
      <FeedbackAnswers answer={answer} />
      <p>
        {t("supports.feedback.thanks.answeredOn", { date: formatDay(answer.answeredAt, locale) })}
      </p>
    </>
  );
}

function SurveyForm({
  support,
  expiresAt,
  reply,
}: {
  support: SupportView;
  expiresAt: string;
  reply: FeedbackReply;
}) {
  const t = useT();
  const locale = useLocale();
  const about = useSupportLine(support);
  const errors = (name: string): string[] | undefined => {
    const messages = reply?.result.error?.[name];
    return messages && messages.length > 0 ? messages : undefined;
  };
  const value = (name: FieldName): string | undefined => {
    const typed = (reply?.result.initialValue as Record<string, unknown> | undefined)?.[name];
    return typeof typed === "string" ? typed : undefined;
  };
  // Each message names its question already ("Choisissez une note de 1 à 5 pour…").
  const summary: SummaryError[] = [
    ...(errors("") ?? []).map((message) => ({ message })),
    ...fieldNames.flatMap((name) =>
      (errors(name) ?? []).map((message) => ({ fieldId: ids[name], message })),
    ),
  ];
  const scale: ChoiceOption[] = range(SCORE_MIN, SCORE_MAX).map((score) => ({
    value: String(score),
    label: `${score} – ${t(`supports.feedback.scale.${score as 1 | 2 | 3 | 4 | 5}`)}`,
  }));
  const recommendation: ChoiceOption[] = range(NPS_MIN, NPS_MAX).map((score) => ({
    value: String(score),
    label:
      score === NPS_MIN
        ? t("supports.feedback.recommendation.low")
        : score === NPS_MAX
          ? t("supports.feedback.recommendation.high")
          : String(score),
  }));
  // The last day the link surely works (it counts 30 × 24 hours from the sending).
  const validUntil = formatDay(new Date(new Date(expiresAt).getTime() - dayMs), locale);
  const rated = (name: "satisfaction" | "consultantQuality" | "needsFit") => (
    <ChoiceGroup
      id={ids[name]}
      type="radio"
      name={name}
      legend={t(labelKeys[name])}
      hint={t("supports.feedback.scaleHint")}
      errors={errors(name)}
      options={scale}
      defaultValue={value(name)}
      required
    />
  );
  const textarea = (name: "beneficiaryChanges" | "comment", hint: string) => (
    <TextareaField
      id={ids[name]}
      label={t(labelKeys[name])}
      hint={hint}
      errors={errors(name)}
      textareaProps={{
        name,
        rows: 5,
        maxLength: FEEDBACK_TEXT_MAX_LENGTH,
        defaultValue: value(name),
      }}
    />
  );
  return (
    <>
      <title>{`${t("supports.feedback.title")} – Digit'ESS`}</title>
      <h1>{t("supports.feedback.title")}</h1>
      <p className="lead">{about}</p>
      <p>{t("supports.feedback.intro")}</p>
      <p>
        {t("supports.feedback.noSignIn")} {t("supports.feedback.validUntil", { date: validUntil })}
      </p>
      <ErrorSummary errors={summary} />
      <Form method="post" className="form" noValidate>
        {rated("satisfaction")}
        {rated("consultantQuality")}
        {rated("needsFit")}
        {textarea(
          "beneficiaryChanges",
          `${t("supports.feedback.beneficiaryChanges.hint")} ${t("supports.feedback.textHint")}`,
        )}
        <ChoiceGroup
          id={ids.recommendation}
          type="radio"
          name="recommendation"
          legend={t(labelKeys.recommendation)}
          hint={t("supports.feedback.recommendation.hint")}
          errors={errors("recommendation")}
          options={recommendation}
          defaultValue={value("recommendation")}
          required
        />
        {textarea("comment", t("supports.feedback.textHint"))}
        <button type="submit" className="button">
          {t("supports.feedback.submit")}
        </button>
      </Form>
    </>
  );
}
