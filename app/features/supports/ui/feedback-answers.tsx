// A structure's answers to the feedback survey, question by question: on the thanks page of the
// survey link and in the structure's own space (its application's page).
import { useT } from "~/ui/i18n";
import type { FeedbackAnswerView } from "../feedback-view";

/** The survey's questions, in the form's order, with their label. */
export const feedbackLabelKeys = {
  satisfaction: "supports.feedback.satisfaction.label",
  consultantQuality: "supports.feedback.consultantQuality.label",
  needsFit: "supports.feedback.needsFit.label",
  beneficiaryChanges: "supports.feedback.beneficiaryChanges.label",
  recommendation: "supports.feedback.recommendation.label",
  comment: "supports.feedback.comment.label",
} as const;

export type FeedbackFieldName = keyof typeof feedbackLabelKeys;

export function FeedbackAnswers({ answer }: { answer: Omit<FeedbackAnswerView, "answeredAt"> }) {
  const t = useT();
  const of5 = (score: number) =>
    t("supports.feedback.thanks.scoreOf5", {
      score,
      label: t(`supports.feedback.scale.${score as 1 | 2 | 3 | 4 | 5}`),
    });
  const text = (value: string | null) => value ?? t("supports.feedback.thanks.none");
  const rows: [FeedbackFieldName, string][] = [
    ["satisfaction", of5(answer.satisfaction)],
    ["consultantQuality", of5(answer.consultantQuality)],
    ["needsFit", of5(answer.needsFit)],
    ["beneficiaryChanges", text(answer.beneficiaryChanges)],
    ["recommendation", t("supports.feedback.thanks.scoreOf10", { score: answer.recommendation })],
    ["comment", text(answer.comment)],
  ];
  return (
    <dl className="summary-list">
      {rows.map(([name, value]) => (
        <div key={name} className="summary-row">
          <dt>{t(feedbackLabelKeys[name])}</dt>
          <dd style={{ whiteSpace: "pre-line" }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
