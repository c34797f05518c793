// /comites/:sessionId/points/:itemId: the current item, large, with the whole agenda beside it
// (one link per item, so the meeting moves from item to item without leaving the page layout):
// the application's summary, its requested levels and amounts, the review's scores; the
// member's own pre-review on the grid and, once allowed, the others' scores; the conflict of
// interest declaration; the decision (during the meeting) and its amendment (after closing),
// with the funders' envelopes. Plain forms: everything works without JavaScript.
import { Form, Link } from "react-router";
import {
  commentField,
  SCORE_COMMENT_MAX_LENGTH,
  SCORE_MAX,
  SCORE_MIN,
  scoreField,
} from "~/features/review";
import { centsToInput } from "~/platform/format/money";
import { formatDecimal } from "~/platform/format/numbers";
import { CheckboxField, ChoiceGroup, SelectField, TextareaField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import {
  AMENDMENT_REASON_MAX_LENGTH,
  APPLICANT_MESSAGE_MAX_LENGTH,
  levelField,
  MISSING_MAX_LENGTH,
  refusalReasons,
} from "../committee.schema";
import type { AgendaLevel, DecisionOutcome, DecisionView } from "../queries.server";
import type { EnvelopeBalance, Quorum } from "../rules";
import { DecisionSummary, Envelopes, QuorumState, RequestedLevels, ReviewAverage } from "./parts";
import {
  ConfirmedActionForm,
  FormErrors,
  fieldErrors,
  itemUrl,
  type Reply,
  type SessionHeader,
  SessionStatus,
  sessionUrl,
  typed,
  useSessionTitle,
} from "./shared";

export type ItemPageData = {
  session: SessionHeader;
  agenda: { id: string; position: number; label: string | null; outcome: DecisionOutcome | null }[];
  item: {
    id: string;
    position: number;
    number: string;
    organizationName: string;
    summary: string | null;
    status: string;
    levels: AgendaLevel[];
    review: { average: number | null; count: number };
  };
  grid: {
    id: string;
    label: string;
    description: string;
    weight: number;
    myScore: number | null;
    myComment: string;
  }[];
  scoring: { open: boolean; canScore: boolean; submitted: boolean; submittedCount: number };
  others: {
    members: { memberId: string; name: string; weighted: number | null }[];
    team: { average: number | null; count: number };
  } | null;
  canDeclareConflict: boolean;
  decision: DecisionView | null;
  decide: { open: boolean; allowed: boolean; quorum: Quorum };
  amend: { open: boolean };
  formLevels: {
    kind: string;
    label: string;
    minRatePercent: number;
    maxRatePercent: number;
    requestedCostCents: number | null;
    requestedRatePercent: number;
  }[];
  funders: { id: string; name: string }[];
  envelopes: EnvelopeBalance[];
};

export function ItemPage({ data, reply }: { data: ItemPageData; reply: Reply }) {
  const t = useT();
  const sessionTitle = useSessionTitle(data.session);
  const { item, session } = data;
  const heading = t("committees.item.title", {
    position: item.position,
    number: item.number,
    organization: item.organizationName,
  });
  const labels = new Map(item.levels.map((level) => [level.kind as string, level.label]));
  return (
    <>
      <title>{`${heading} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to={sessionUrl(session.id)}>{t("committees.back.session")}</Link>
      </p>
      <div className="committee-meeting">
        <nav aria-labelledby="agenda-nav-title" className="committee-meeting-agenda">
          <h2 id="agenda-nav-title">{t("committees.agenda.title")}</h2>
          <p>
            {sessionTitle} <SessionStatus status={session.status} />
          </p>
          <ol>
            {data.agenda.map((line) => (
              <li key={line.id}>
                {line.label === null ? (
                  t("committees.agenda.hiddenItem", { position: line.position })
                ) : (
                  <Link
                    to={itemUrl(session.id, line.id)}
                    aria-current={line.id === item.id ? "page" : undefined}
                  >
                    {line.label}
                  </Link>
                )}
                {line.outcome ? ` – ${t(`committees.outcome.${line.outcome}`)}` : ""}
              </li>
            ))}
          </ol>
        </nav>
        <div className="committee-meeting-item">
          <h1>{heading}</h1>
          {item.status === "withdrawn" ? <p>{t("committees.item.withdrawn")}</p> : null}
          <section aria-labelledby="summary-title" className="committee-section">
            <h2 id="summary-title">{t("committees.item.summary")}</h2>
            <p className="committee-prewrap">{item.summary ?? t("committees.item.noSummary")}</p>
            <h3>{t("committees.item.levels")}</h3>
            <RequestedLevels levels={item.levels} />
            <p>
              <ReviewAverage review={item.review} />
            </p>
          </section>
          <PreReview data={data} reply={reply} />
          {data.canDeclareConflict ? (
            <ConfirmedActionForm
              intent="conflict"
              reply={reply}
              keys={{
                title: "committees.conflict.title",
                intro: "committees.conflict.intro",
                confirm: "committees.conflict.confirm",
                submit: "committees.conflict.submit",
              }}
            />
          ) : null}
          <section aria-labelledby="decision-title" className="committee-section">
            <h2 id="decision-title">{t("committees.decision.title")}</h2>
            <FlashNotice target="decision" />
            {data.decision ? (
              <DecisionSummary decision={data.decision} labels={labels} />
            ) : (
              <p>{t("committees.decision.none")}</p>
            )}
            {data.decide.open ? <QuorumState quorum={data.decide.quorum} /> : null}
            {data.decide.open && data.decide.allowed ? (
              <DecisionForm data={data} reply={reply} formId="decision" />
            ) : null}
            {data.decide.open && !data.decide.allowed ? (
              <p>{t("committees.decision.notAllowed")}</p>
            ) : null}
            {data.amend.open && data.decision ? (
              <details className="committee-amend">
                <summary>{t("committees.amend.title")}</summary>
                <p>{t("committees.amend.intro")}</p>
                <DecisionForm data={data} reply={reply} formId="amend" />
              </details>
            ) : null}
            <h3>{t("committees.envelopes.title")}</h3>
            <Envelopes envelopes={data.envelopes} />
          </section>
        </div>
      </div>
    </>
  );
}

function PreReview({ data, reply }: { data: ItemPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  const { scoring } = data;
  const number = (value: number) => formatDecimal(value, locale);
  const scores = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));
  const fieldIds = Object.fromEntries(
    data.grid.flatMap((c) => [
      [scoreField(c.id), scoreField(c.id)],
      [commentField(c.id), commentField(c.id)],
    ]),
  );
  return (
    <section aria-labelledby="prereview-title" className="committee-section">
      <h2 id="prereview-title">{t("committees.score.title")}</h2>
      <FlashNotice target="prereview" />
      <p>{t("committees.score.count", { count: scoring.submittedCount })}</p>
      {scoring.canScore && !scoring.open ? <p>{t("committees.score.closed")}</p> : null}
      {scoring.canScore && scoring.open ? (
        <>
          <p>{t(scoring.submitted ? "committees.score.introAgain" : "committees.score.intro")}</p>
          <FormErrors reply={reply} formId="prereview" fieldIds={fieldIds} />
          <Form method="post" className="form">
            <input type="hidden" name="formId" value="prereview" />
            {data.grid.map((criterion) => {
              const previous = criterion.myScore === null ? null : String(criterion.myScore);
              return (
                <fieldset key={criterion.id} className="field">
                  <legend className="field-label">
                    {criterion.label} ({t("committees.score.weight", { weight: criterion.weight })})
                  </legend>
                  {criterion.description ? (
                    <p className="field-hint">{criterion.description}</p>
                  ) : null}
                  <ChoiceGroup
                    id={scoreField(criterion.id)}
                    type="radio"
                    name={scoreField(criterion.id)}
                    required
                    legend={t("committees.score.score")}
                    errors={fieldErrors(reply, "prereview", scoreField(criterion.id))}
                    defaultValue={typed(reply, "prereview", scoreField(criterion.id)) ?? previous}
                    options={scores.map((value) => ({ value, label: value }))}
                    className="committee-score-choices"
                  />
                  <TextareaField
                    id={commentField(criterion.id)}
                    label={t("committees.score.comment")}
                    errors={fieldErrors(reply, "prereview", commentField(criterion.id))}
                    textareaProps={{
                      name: commentField(criterion.id),
                      maxLength: SCORE_COMMENT_MAX_LENGTH,
                      rows: 2,
                      defaultValue:
                        typed(reply, "prereview", commentField(criterion.id)) ??
                        criterion.myComment,
                    }}
                  />
                </fieldset>
              );
            })}
            <button type="submit" name="intent" value="score" className="button">
              {t("committees.score.submit")}
            </button>
          </Form>
        </>
      ) : null}
      {data.others ? (
        <>
          <h3>{t("committees.score.othersTitle")}</h3>
          <p>
            {data.others.team.average === null
              ? t("committees.score.noAverage")
              : t("committees.score.average", {
                  average: number(data.others.team.average),
                  count: data.others.team.count,
                })}
          </p>
          <ul>
            {data.others.members.map((member) => (
              <li key={member.memberId}>
                {member.name} :{" "}
                {member.weighted === null
                  ? t("committees.score.incomplete")
                  : number(member.weighted)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("committees.score.hidden")}</p>
      )}
    </section>
  );
}

function DecisionForm({
  data,
  reply,
  formId,
}: {
  data: ItemPageData;
  reply: Reply;
  formId: "decision" | "amend";
}) {
  const t = useT();
  const current = data.decision;
  const id = (name: string) => `${formId}-${name}`;
  const value = (name: string) => typed(reply, formId, name);
  const errors = (name: string) => fieldErrors(reply, formId, name);
  const fieldIds: Record<string, string> = {
    outcome: id("outcome"),
    refusalReason: id("refusalReason"),
    applicantMessage: id("applicantMessage"),
    missing: id("missing"),
    confirmOverEnvelope: id("confirmOverEnvelope"),
    amendmentReason: id("amendmentReason"),
  };
  for (const level of data.formLevels) {
    for (const make of Object.values(levelField)) fieldIds[make(level.kind)] = id(make(level.kind));
  }
  const outcome = value("outcome") ?? current?.outcome ?? null;
  const submitted = reply?.formId === formId;
  return (
    <>
      <FormErrors reply={reply} formId={formId} fieldIds={fieldIds} />
      <Form method="post" className="form committee-decision-form">
        <input type="hidden" name="formId" value={formId} />
        <ChoiceGroup
          id={id("outcome")}
          type="radio"
          name="outcome"
          required
          legend={t("committees.decision.outcome")}
          errors={errors("outcome")}
          defaultValue={outcome}
          options={(["accepted", "refused", "postponed"] as const).map((o) => ({
            value: o,
            label: t(`committees.outcome.${o}`),
          }))}
        />
        <fieldset className="field">
          <legend className="field-label">{t("committees.decision.ifAccepted")}</legend>
          {data.formLevels.map((level) => {
            const previous = current?.levels.find((l) => l.kind === level.kind);
            const grantedBefore = submitted
              ? value(levelField.granted(level.kind)) === "on"
              : (previous?.granted ?? level.requestedCostCents !== null);
            const cost = previous?.costCents ?? level.requestedCostCents;
            return (
              <fieldset key={level.kind} className="field committee-level">
                <legend className="field-label">
                  {t("committees.decision.levelLegend", {
                    level: level.label,
                    min: level.minRatePercent,
                    max: level.maxRatePercent,
                  })}
                </legend>
                <CheckboxField
                  id={id(levelField.granted(level.kind))}
                  label={t("committees.decision.granted", { level: level.label })}
                  inputProps={{
                    name: levelField.granted(level.kind),
                    defaultChecked: grantedBefore,
                  }}
                />
                <Field
                  id={id(levelField.rate(level.kind))}
                  label={t("committees.decision.rate", { level: level.label })}
                  hint={t("committees.decision.rateHint", {
                    min: level.minRatePercent,
                    max: level.maxRatePercent,
                  })}
                  errors={errors(levelField.rate(level.kind))}
                  inputProps={{
                    name: levelField.rate(level.kind),
                    inputMode: "numeric",
                    defaultValue:
                      value(levelField.rate(level.kind)) ??
                      String(previous?.ratePercent ?? level.requestedRatePercent),
                  }}
                />
                <Field
                  id={id(levelField.cost(level.kind))}
                  label={t("committees.decision.cost", { level: level.label })}
                  hint={t("committees.decision.costHint")}
                  errors={errors(levelField.cost(level.kind))}
                  inputProps={{
                    name: levelField.cost(level.kind),
                    inputMode: "decimal",
                    defaultValue:
                      value(levelField.cost(level.kind)) ??
                      (cost === null ? "" : centsToInput(cost)),
                  }}
                />
                <SelectField
                  id={id(levelField.funder(level.kind))}
                  label={t("committees.decision.funder", { level: level.label })}
                  errors={errors(levelField.funder(level.kind))}
                  options={data.funders.map((f) => ({ value: f.id, label: f.name }))}
                  selectProps={{
                    name: levelField.funder(level.kind),
                    defaultValue:
                      value(levelField.funder(level.kind)) ??
                      previous?.funderId ??
                      data.funders[0]?.id,
                  }}
                />
              </fieldset>
            );
          })}
          <CheckboxField
            id={id("confirmOverEnvelope")}
            label={t("committees.decision.confirmOverEnvelope")}
            errors={errors("confirmOverEnvelope")}
            inputProps={{ name: "confirmOverEnvelope" }}
          />
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t("committees.decision.ifRefused")}</legend>
          <SelectField
            id={id("refusalReason")}
            label={t("committees.decision.reason")}
            errors={errors("refusalReason")}
            placeholder={t("committees.decision.chooseReason")}
            options={refusalReasons.map((reason) => ({
              value: reason,
              label: t(`committees.refusalReason.${reason}`),
            }))}
            selectProps={{
              name: "refusalReason",
              defaultValue: value("refusalReason") ?? current?.refusalReason ?? "",
            }}
          />
          <TextareaField
            id={id("applicantMessage")}
            label={t("committees.decision.message")}
            hint={t("committees.decision.messageHint")}
            errors={errors("applicantMessage")}
            textareaProps={{
              name: "applicantMessage",
              maxLength: APPLICANT_MESSAGE_MAX_LENGTH,
              defaultValue: value("applicantMessage") ?? current?.applicantMessage ?? "",
            }}
          />
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t("committees.decision.ifPostponed")}</legend>
          <TextareaField
            id={id("missing")}
            label={t("committees.decision.missing")}
            hint={t("committees.decision.missingHint")}
            errors={errors("missing")}
            textareaProps={{
              name: "missing",
              maxLength: MISSING_MAX_LENGTH,
              defaultValue: value("missing") ?? current?.missing ?? "",
            }}
          />
        </fieldset>
        {formId === "amend" ? (
          <TextareaField
            id={id("amendmentReason")}
            label={t("committees.amend.reason")}
            errors={errors("amendmentReason")}
            textareaProps={{
              name: "amendmentReason",
              required: true,
              maxLength: AMENDMENT_REASON_MAX_LENGTH,
              defaultValue: value("amendmentReason") ?? "",
            }}
          />
        ) : null}
        <button
          type="submit"
          name="intent"
          value={formId === "amend" ? "amend" : "decide"}
          className="button"
        >
          {formId === "amend" ? t("committees.amend.submit") : t("committees.decision.submit")}
        </button>
      </Form>
    </>
  );
}
