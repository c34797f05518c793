// /instruction/candidatures/:id/evaluation: score every criterion of the grid, with the team average.
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { formatDecimal } from "~/platform/format/numbers";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import { commentField, scoreField } from "../actions.form";
import { SCORE_COMMENT_MAX_LENGTH, SCORE_MAX, SCORE_MIN } from "../scoring";
import { ActionFrame, type ActionReply, fieldErrors, typed } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export type ScorePageData = {
  criteria: {
    id: string;
    label: string;
    description: string;
    weight: number;
    previousScore: number | null;
    previousComment: string;
  }[];
  team: { average: number | null; count: number };
};

export function ScorePage({
  data,
  reply,
}: {
  data: ActionPageData & ScorePageData;
  reply: ActionReply;
}) {
  const t = useT();
  const locale = useLocale();
  const fieldIds = Object.fromEntries(
    data.criteria.flatMap((c) => [
      [scoreField(c.id), scoreField(c.id)],
      [commentField(c.id), commentField(c.id)],
    ]),
  );
  const scores = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));
  return (
    <ActionFrame
      title={t("review.actions.score.title")}
      header={data.header}
      reply={reply}
      open={data.open && data.criteria.length > 0}
      closedMessage={
        data.open ? t("review.actions.score.noGrid") : t("review.actions.score.notInReview")
      }
      fieldIds={fieldIds}
    >
      <section aria-labelledby="team-average">
        <h2 id="team-average">{t("review.actions.score.averageTitle")}</h2>
        <p>
          {data.team.average === null
            ? t("review.actions.score.noAverage")
            : t("review.actions.score.average", {
                average: formatDecimal(data.team.average, locale),
                count: data.team.count,
              })}
        </p>
      </section>
      <p>{t("review.actions.score.intro")}</p>
      <Form method="post" className="form">
        {data.criteria.map((criterion) => {
          const previous =
            criterion.previousScore === null ? null : String(criterion.previousScore);
          return (
            <fieldset key={criterion.id} className="field">
              <legend className="field-label">
                {criterion.label} ({t("review.actions.score.weight", { weight: criterion.weight })})
              </legend>
              {criterion.description ? <p className="field-hint">{criterion.description}</p> : null}
              {previous ? (
                <p className="field-hint">
                  {t("review.actions.score.yourScore", { score: previous })}
                </p>
              ) : null}
              <ChoiceGroup
                id={scoreField(criterion.id)}
                type="radio"
                name={scoreField(criterion.id)}
                required
                legend={t("review.actions.score.score")}
                errors={fieldErrors(reply, scoreField(criterion.id))}
                defaultValue={typed(reply, scoreField(criterion.id)) ?? previous}
                options={scores.map((value) => ({ value, label: value }))}
              />
              <TextareaField
                id={commentField(criterion.id)}
                label={t("review.actions.score.comment")}
                errors={fieldErrors(reply, commentField(criterion.id))}
                textareaProps={{
                  name: commentField(criterion.id),
                  maxLength: SCORE_COMMENT_MAX_LENGTH,
                  rows: 3,
                  defaultValue:
                    typed(reply, commentField(criterion.id)) ?? criterion.previousComment,
                }}
              />
            </fieldset>
          );
        })}
        <SubmitButton label={t("review.actions.score.submit")} />
      </Form>
    </ActionFrame>
  );
}
