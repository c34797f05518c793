// One support, for the staff (/accompagnements/:supportId): where it stands (status, progress,
// antenna, consultant, dates), the status moves the user may make (abandoning with a reason),
// the planning, the milestones (a deliverable carries its file) and the money (the programme's
// share split across funders, each part committed, invoiced and paid). Every form is a plain
// POST: the page works without JavaScript.
import { Form, Link } from "react-router";
import { formatBytes } from "~/platform/format/bytes";
import { formatDay } from "~/platform/format/dates";
import { formatEuros, formatPercent } from "~/platform/format/money";
import { ChoiceGroup, SelectField, TextareaField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { FormErrors, fieldErrors, type Reply, typed } from "~/ui/form-reply";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import type { SupportPageData } from "../pages.server";

const dayText = (day: string | null, locale: "fr" | "en") =>
  day ? formatDay(`${day.slice(0, 10)}T12:00:00Z`, locale) : null;

export function SupportPage({ data, reply }: { data: SupportPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  const { support } = data;
  const level = t(`supports.level.${support.levelKind}` as never);
  return (
    <>
      <title>{`${level} – ${support.organizationName} – Digit'ESS`}</title>
      <p>
        <Link to="/accompagnements">{t("supports.page.back")}</Link>
      </p>
      <h1>{t("supports.page.title", { level, organization: support.organizationName })}</h1>
      <p>
        <span className={`support-status support-status-${support.status}`}>
          {t(`supports.status.${support.status}`)}
        </span>{" "}
        {t("supports.page.application")}{" "}
        <a href={`/instruction/candidatures/${support.applicationId}`}>{support.number}</a>
      </p>

      <section aria-labelledby="where-title" className="support-section">
        <h2 id="where-title">{t("supports.page.where")}</h2>
        {data.progress.kind === "steps" ? (
          <p>
            <label htmlFor="support-progress">
              {t("supports.progress.label", { step: data.progress.step, of: data.progress.of })}{" "}
              {t(`supports.progress.step.${data.progress.label}`)}
            </label>{" "}
            <progress
              id="support-progress"
              className="support-progress"
              max={100}
              value={data.progress.percent}
            >
              {data.progress.percent} %
            </progress>
          </p>
        ) : (
          <p>
            {t("supports.page.abandoned", {
              reason: t(`supports.abandon.reason.${support.abandonReason ?? "other"}` as never),
            })}
          </p>
        )}
        <dl className="summary-list">
          <dt>{t("supports.page.antenna")}</dt>
          <dd>{support.antennaName ?? t("supports.noAntenna")}</dd>
          <dt>{t("supports.page.consultant")}</dt>
          <dd>{support.consultantName ?? t("supports.noConsultant")}</dd>
          <dt>{t("supports.page.planned")}</dt>
          <dd>
            {support.plannedStart || support.plannedEnd
              ? t("supports.page.plannedDates", {
                  start: dayText(support.plannedStart, locale) ?? "…",
                  end: dayText(support.plannedEnd, locale) ?? "…",
                })
              : t("supports.page.notPlanned")}
          </dd>
          <dt>{t("supports.page.decided")}</dt>
          <dd>{formatDay(support.decidedAt, locale)}</dd>
        </dl>
      </section>

      <StatusForms data={data} reply={reply} />
      <Milestones data={data} reply={reply} />
      <Money data={data} reply={reply} />
      {data.mayPlan ? <PlanForm data={data} reply={reply} /> : null}
    </>
  );
}

function StatusForms({ data, reply }: { data: SupportPageData; reply: Reply }) {
  const t = useT();
  const moves = data.actions.filter((action) => action !== "abandon");
  const mayAbandon = data.actions.includes("abandon");
  if (moves.length === 0 && !mayAbandon) return null;
  return (
    <section aria-labelledby="status-title" className="support-section">
      <h2 id="status-title">{t("supports.status.title")}</h2>
      <FormErrors
        reply={reply}
        formId="status"
        fieldIds={{ reason: "abandon-reason", details: "abandon-details" }}
      />
      {moves.map((action) => (
        <Form method="post" key={action}>
          <input type="hidden" name="formId" value="status" />
          <input type="hidden" name="action" value={action} />
          <p>{t(`supports.status.explain.${action}`)}</p>
          <button type="submit" name="intent" value="status" className="button">
            {t(`supports.status.action.${action}`)}
          </button>
        </Form>
      ))}
      {mayAbandon ? (
        <Form method="post" className="support-form">
          <input type="hidden" name="formId" value="status" />
          <input type="hidden" name="action" value="abandon" />
          <h3>{t("supports.abandon.title")}</h3>
          <SelectField
            id="abandon-reason"
            label={t("supports.abandon.reason")}
            placeholder={t("supports.abandon.choose")}
            options={data.abandonReasons.map((reason) => ({
              value: reason,
              label: t(`supports.abandon.reason.${reason}`),
            }))}
            errors={fieldErrors(reply, "status", "reason")}
            selectProps={{ name: "reason", defaultValue: typed(reply, "status", "reason") ?? "" }}
          />
          <TextareaField
            id="abandon-details"
            label={t("supports.abandon.details")}
            hint={t("supports.abandon.detailsHint")}
            errors={fieldErrors(reply, "status", "details")}
            textareaProps={{ name: "details", defaultValue: typed(reply, "status", "details") }}
          />
          <button type="submit" name="intent" value="status" className="button button-secondary">
            {t("supports.status.action.abandon")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function Milestones({ data, reply }: { data: SupportPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  const { support } = data;
  return (
    <section aria-labelledby="milestones-title" className="support-section">
      <h2 id="milestones-title">{t("supports.milestones.title")}</h2>
      <FlashNotice target="milestones" />
      {data.milestones.length === 0 ? (
        <p>{t("supports.milestones.empty")}</p>
      ) : (
        <ul className="support-milestones">
          {data.milestones.map((milestone) => (
            <li key={milestone.id}>
              <p className="support-heading">
                {t(`supports.milestone.kind.${milestone.kind}` as never)} : {milestone.title}
              </p>
              <p>
                {dayText(milestone.happenedOn, locale)}
                {milestone.createdByName
                  ? ` · ${t("supports.milestones.by", { name: milestone.createdByName })}`
                  : null}
              </p>
              {milestone.note ? <p className="support-prewrap">{milestone.note}</p> : null}
              {milestone.hasFile && milestone.fileName ? (
                <p>
                  <a href={`/accompagnements/${support.id}/livrables/${milestone.id}`}>
                    {t("supports.milestones.download", { name: milestone.fileName })}
                  </a>{" "}
                  ({formatBytes(milestone.sizeBytes ?? 0, locale)})
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {data.recordable.length > 0 ? (
        <Form method="post" encType="multipart/form-data" className="support-form">
          <input type="hidden" name="formId" value="milestone" />
          <h3>{t("supports.milestones.add")}</h3>
          <FormErrors
            reply={reply}
            formId="milestone"
            fieldIds={{
              kind: "milestone-kind",
              title: "milestone-title",
              happenedOn: "milestone-date",
              note: "milestone-note",
              file: "milestone-file",
            }}
          />
          <ChoiceGroup
            id="milestone-kind"
            type="radio"
            name="kind"
            required
            legend={t("supports.milestone.kind")}
            options={data.recordable.map((kind) => ({
              value: kind,
              label: t(`supports.milestone.kind.${kind}`),
              hint: t(`supports.milestone.kindHint.${kind}`),
            }))}
            defaultValue={typed(reply, "milestone", "kind") ?? data.recordable[0] ?? null}
            errors={fieldErrors(reply, "milestone", "kind")}
          />
          <Field
            id="milestone-title"
            label={t("supports.milestone.title")}
            hint={t("supports.milestone.titleHint")}
            errors={fieldErrors(reply, "milestone", "title")}
            inputProps={{
              name: "title",
              required: true,
              maxLength: 200,
              defaultValue: typed(reply, "milestone", "title"),
            }}
          />
          <Field
            id="milestone-date"
            label={t("supports.milestone.date")}
            errors={fieldErrors(reply, "milestone", "happenedOn")}
            inputProps={{
              name: "happenedOn",
              type: "date",
              required: true,
              defaultValue: typed(reply, "milestone", "happenedOn"),
            }}
          />
          <TextareaField
            id="milestone-note"
            label={t("supports.milestone.note")}
            errors={fieldErrors(reply, "milestone", "note")}
            textareaProps={{ name: "note", defaultValue: typed(reply, "milestone", "note") }}
          />
          <Field
            id="milestone-file"
            label={t("supports.milestone.file")}
            hint={t("supports.milestone.fileHint")}
            errors={fieldErrors(reply, "milestone", "file")}
            inputProps={{ name: "file", type: "file" }}
          />
          <button type="submit" name="intent" value="milestone" className="button">
            {t("supports.milestones.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function Money({ data, reply }: { data: SupportPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  const { support, funding } = data;
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <section aria-labelledby="money-title" className="support-section">
      <h2 id="money-title">{t("supports.money.title")}</h2>
      <FlashNotice target="money" />
      <dl className="summary-list">
        <dt>{t("supports.money.cost")}</dt>
        <dd>{euros(support.costCents)}</dd>
        <dt>{t("supports.money.share")}</dt>
        <dd>
          {t("supports.money.shareValue", {
            amount: euros(support.shareCents),
            rate: formatPercent(support.ratePercent, locale),
          })}
        </dd>
        <dt>{t("supports.money.remaining")}</dt>
        <dd>{euros(support.remainingCents)}</dd>
      </dl>
      {funding.parts.length === 0 ? (
        <p>{t("supports.money.noParts")}</p>
      ) : (
        <ul className="support-parts">
          {funding.parts.map((part) => (
            <li key={part.id}>
              <p className="support-heading">{part.funderName}</p>
              <p>
                {t("supports.money.part", {
                  committed: euros(part.committedCents),
                  invoiced: euros(part.invoicedCents),
                  paid: euros(part.paidCents),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {funding.payments.length > 0 ? (
        <>
          <h3>{t("supports.money.history")}</h3>
          <ul className="support-milestones">
            {funding.payments.map((payment) => (
              <li key={payment.id}>
                {t(`supports.money.kind.${payment.kind}` as never)} ·{" "}
                {funding.parts.find((part) => part.id === payment.partId)?.funderName} ·{" "}
                {euros(payment.cents)} · {dayText(payment.on, locale)}
                {payment.reference ? ` · ${payment.reference}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.mayRecordPayments && funding.parts.length > 0 ? (
        <Form method="post" className="support-form">
          <input type="hidden" name="formId" value="payment" />
          <h3>{t("supports.payment.title")}</h3>
          <FormErrors
            reply={reply}
            formId="payment"
            fieldIds={{
              partId: "payment-part",
              kind: "payment-kind",
              amount: "payment-amount",
              on: "payment-on",
              reference: "payment-reference",
            }}
          />
          <SelectField
            id="payment-part"
            label={t("supports.payment.part")}
            options={funding.parts.map((part) => ({ value: part.id, label: part.funderName }))}
            errors={fieldErrors(reply, "payment", "partId")}
            selectProps={{
              name: "partId",
              required: true,
              defaultValue: typed(reply, "payment", "partId"),
            }}
          />
          <ChoiceGroup
            id="payment-kind"
            type="radio"
            name="kind"
            required
            legend={t("supports.payment.kind")}
            options={(["invoiced", "paid"] as const).map((kind) => ({
              value: kind,
              label: t(`supports.money.kind.${kind}`),
            }))}
            defaultValue={typed(reply, "payment", "kind") ?? "invoiced"}
            errors={fieldErrors(reply, "payment", "kind")}
          />
          <Field
            id="payment-amount"
            label={t("supports.payment.amount")}
            hint={t("supports.payment.amountHint")}
            errors={fieldErrors(reply, "payment", "amount")}
            inputProps={{
              name: "amount",
              required: true,
              inputMode: "decimal",
              defaultValue: typed(reply, "payment", "amount"),
            }}
          />
          <Field
            id="payment-on"
            label={t("supports.payment.on")}
            errors={fieldErrors(reply, "payment", "on")}
            inputProps={{
              name: "on",
              type: "date",
              required: true,
              defaultValue: typed(reply, "payment", "on"),
            }}
          />
          <Field
            id="payment-reference"
            label={t("supports.payment.reference")}
            hint={t("supports.payment.referenceHint")}
            errors={fieldErrors(reply, "payment", "reference")}
            inputProps={{
              name: "reference",
              maxLength: 100,
              defaultValue: typed(reply, "payment", "reference"),
            }}
          />
          <button type="submit" name="intent" value="payment" className="button">
            {t("supports.payment.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function PlanForm({ data, reply }: { data: SupportPageData; reply: Reply }) {
  const t = useT();
  const { support } = data;
  if (support.status === "closed" || support.status === "abandoned") return null;
  return (
    <section aria-labelledby="plan-title" className="support-section">
      <h2 id="plan-title">{t("supports.plan.title")}</h2>
      <FlashNotice target="plan" />
      <Form method="post" className="support-form">
        <input type="hidden" name="formId" value="plan" />
        <FormErrors
          reply={reply}
          formId="plan"
          fieldIds={{
            consultantId: "plan-consultant",
            plannedStart: "plan-start",
            plannedEnd: "plan-end",
            notes: "plan-notes",
          }}
        />
        <SelectField
          id="plan-consultant"
          label={t("supports.plan.consultant")}
          placeholder={t("supports.plan.noConsultant")}
          options={data.consultants.map((person) => ({ value: person.id, label: person.name }))}
          errors={fieldErrors(reply, "plan", "consultantId")}
          selectProps={{
            name: "consultantId",
            defaultValue: typed(reply, "plan", "consultantId") ?? support.consultantId ?? "",
          }}
        />
        <Field
          id="plan-start"
          label={t("supports.plan.start")}
          errors={fieldErrors(reply, "plan", "plannedStart")}
          inputProps={{
            name: "plannedStart",
            type: "date",
            defaultValue: typed(reply, "plan", "plannedStart") ?? support.plannedStart ?? "",
          }}
        />
        <Field
          id="plan-end"
          label={t("supports.plan.end")}
          errors={fieldErrors(reply, "plan", "plannedEnd")}
          inputProps={{
            name: "plannedEnd",
            type: "date",
            defaultValue: typed(reply, "plan", "plannedEnd") ?? support.plannedEnd ?? "",
          }}
        />
        <TextareaField
          id="plan-notes"
          label={t("supports.plan.notes")}
          hint={t("supports.plan.notesHint")}
          errors={fieldErrors(reply, "plan", "notes")}
          textareaProps={{
            name: "notes",
            rows: 4,
            defaultValue: typed(reply, "plan", "notes") ?? support.notes,
          }}
        />
        <button type="submit" name="intent" value="plan" className="button">
          {t("supports.plan.submit")}
        </button>
      </Form>
    </section>
  );
}
