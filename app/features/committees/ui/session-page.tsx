// /comites/:sessionId: one session on one page, for the meeting as for its preparation: its
// date, place and status, the actions its status allows, the members (and their presence during
// the meeting), the quorum, the whole agenda in order (each item links to its page, where the
// current item is shown large), the applications that may join the agenda, the funders'
// envelopes, and closing. Plain forms: everything works without JavaScript.
import { Form, Link } from "react-router";
import { formatClockTime, formatDate, timeZoneOfDepartement } from "~/platform/format/dates";
import { formatInteger } from "~/platform/format/numbers";
import { CheckboxField, ChoiceGroup, SelectField } from "~/ui/controls";
import { useLocale, useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";
import type { Portfolio } from "../portfolio";
import type { AgendaItem } from "../queries.server";
import type { EnvelopeBalance, MemberSide, Quorum } from "../rules";
import { type SessionAction, sessionDetailsEditable } from "../session-state";
import { type OverseasCode, placeKeys } from "../time-zones";
import { Envelopes, QuorumState, RequestedLevels, ReviewAverage } from "./parts";
import { type PortfolioLabels, PortfolioPanel } from "./portfolio-panel";
import { SessionWhere } from "./session-where";
import {
  ConfirmedActionForm,
  FormErrors,
  fieldErrors,
  itemUrl,
  type Reply,
  type SessionHeader,
  SessionStatus,
  sessionUrl,
  useSessionTitle,
} from "./shared";

export type SessionPageData = {
  session: SessionHeader & { minFunderPresent: number; minOperatorPresent: number };
  viewer: {
    canPrepare: boolean;
    canTakePart: boolean;
    canRecordPresence: boolean;
    canClose: boolean;
    side: MemberSide | null;
  };
  actions: SessionAction[];
  editable: { agenda: boolean; members: boolean };
  meeting: boolean;
  members: {
    userId: string;
    name: string;
    side: MemberSide;
    present: boolean;
    /** Where the member reads the times from, when overseas. */
    place: OverseasCode | null;
  }[];
  addable: { id: string; name: string; email: string }[];
  agenda: { items: AgendaItem[]; hidden: { id: string; position: number }[] };
  conflicts: Record<string, number>;
  candidates: {
    id: string;
    number: string;
    organizationName: string;
    status: string;
    submittedAt: string | null;
    summary: string | null;
    review: { average: number | null; count: number };
  }[];
  /** Every candidate, of which `candidates` are the oldest. */
  candidateCount: number;
  quorum: Quorum;
  envelopes: EnvelopeBalance[];
  /** The balance of the agenda the reader sees against the programme's decisions and targets. */
  portfolio: { portfolio: Portfolio; labels: PortfolioLabels };
};

export function SessionPage({ data, reply }: { data: SessionPageData; reply: Reply }) {
  const t = useT();
  const title = useSessionTitle(data.session);
  const { session, viewer } = data;
  const lines = [
    ...data.agenda.items.map((item) => ({ position: item.position, item, hidden: null })),
    ...data.agenda.hidden.map((hidden) => ({ position: hidden.position, item: null, hidden })),
  ].sort((a, b) => a.position - b.position);
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/comites">{t("committees.back.list")}</Link>
      </p>
      <h1>{title}</h1>
      <div className="committee-header">
        <p>
          <SessionStatus status={session.status} /> {session.programName}
        </p>
        <SessionWhere session={session} />
        {viewer.side ? <p>{t(`committees.members.youSit.${viewer.side}`)}</p> : null}
        {viewer.canPrepare && sessionDetailsEditable(session.status) ? (
          <p>
            <Link to={`${sessionUrl(session.id)}/modifier`}>{t("committees.edit.link")}</Link>
          </p>
        ) : null}
      </div>

      <StatusActions data={data} reply={reply} />

      <section aria-labelledby="agenda-title" className="committee-section">
        <h2 id="agenda-title">{t("committees.agenda.title")}</h2>
        <FlashNotice target="agenda" />
        <FormErrors reply={reply} formId="agenda" />
        {lines.length === 0 ? (
          <p>{t("committees.agenda.empty")}</p>
        ) : (
          <ol className="committee-agenda">
            {lines.map((line, index) =>
              line.item ? (
                <AgendaLine
                  key={line.item.id}
                  sessionId={session.id}
                  item={line.item}
                  conflicts={data.conflicts[line.item.id] ?? 0}
                  canMove={viewer.canPrepare && data.editable.agenda}
                  first={index === 0}
                  last={index === lines.length - 1}
                />
              ) : (
                <li key={line.hidden?.id} className="committee-agenda-hidden">
                  {t("committees.agenda.hiddenItem", { position: line.position })}
                </li>
              ),
            )}
          </ol>
        )}
      </section>

      <PortfolioPanel portfolio={data.portfolio.portfolio} labels={data.portfolio.labels} />

      {viewer.canPrepare && data.editable.agenda ? <Candidates data={data} /> : null}

      <Members data={data} reply={reply} />

      <section aria-labelledby="envelopes-title" className="committee-section">
        <h2 id="envelopes-title">{t("committees.envelopes.title")}</h2>
        <Envelopes envelopes={data.envelopes} />
      </section>

      {data.meeting && viewer.canClose ? (
        <ConfirmedActionForm
          intent="close"
          reply={reply}
          keys={{
            title: "committees.close.title",
            intro: "committees.close.intro",
            confirm: "committees.close.confirm",
            submit: "committees.close.submit",
          }}
        />
      ) : null}
    </>
  );
}

function StatusActions({ data, reply }: { data: SessionPageData; reply: Reply }) {
  const t = useT();
  const { session } = data;
  return (
    <section aria-labelledby="status-title" className="committee-section">
      <h2 id="status-title">{t("committees.status.title")}</h2>
      <p>{t(`committees.status.explain.${session.status}`)}</p>
      {session.status === "closed" ? (
        <>
          <p>{t("committees.status.minutesAccessible")}</p>
          {data.agenda.hidden.length > 0 ? <p>{t("committees.status.minutesConflict")}</p> : null}
          <p>
            <a
              href={`/comites/${session.id}/proces-verbal.pdf`}
              className="button button-secondary"
            >
              {t("committees.status.minutes")}
            </a>
          </p>
        </>
      ) : null}
      <FlashNotice target="status" />
      <FormErrors reply={reply} formId="status" />
      {data.actions
        .filter((action) => action !== "close_session")
        .map((action) => (
          <Form method="post" key={action}>
            <input type="hidden" name="formId" value="status" />
            <button type="submit" name="intent" value={action} className="button">
              {t(`committees.action.${action}`)}
            </button>
          </Form>
        ))}
      {session.status === "in_session" || session.status === "closed" ? (
        <QuorumState quorum={data.quorum} />
      ) : null}
      <p>
        {t("committees.quorum.rule", {
          funder: session.minFunderPresent,
          operator: session.minOperatorPresent,
        })}
      </p>
    </section>
  );
}

function AgendaLine({
  sessionId,
  item,
  conflicts,
  canMove,
  first,
  last,
}: {
  sessionId: string;
  item: AgendaItem;
  conflicts: number;
  canMove: boolean;
  first: boolean;
  last: boolean;
}) {
  const t = useT();
  const label = `${item.number} – ${item.organizationName}`;
  return (
    <li className="committee-agenda-item">
      <p className="committee-agenda-heading">
        <Link to={itemUrl(sessionId, item.id)}>{label}</Link>
        {item.decision ? (
          <span className="committee-outcome">
            {" "}
            – {t(`committees.outcome.${item.decision.outcome}`)}
          </span>
        ) : null}
        {item.status === "withdrawn" ? (
          <span className="committee-outcome"> – {t("committees.agenda.withdrawn")}</span>
        ) : null}
      </p>
      {item.summary ? <p className="committee-prewrap">{item.summary}</p> : null}
      <RequestedLevels levels={item.levels} />
      <p>
        <ReviewAverage review={item.review} />
        {conflicts > 0 ? ` – ${t("committees.agenda.conflicts", { count: conflicts })}` : ""}
      </p>
      {canMove ? (
        <div className="committee-agenda-tools">
          <Form method="post">
            <input type="hidden" name="formId" value="agenda" />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="direction" value="up" />
            <button
              type="submit"
              name="intent"
              value="move_item"
              className="button button-secondary"
              disabled={first}
            >
              {t("committees.agenda.up", { item: item.number })}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="formId" value="agenda" />
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="direction" value="down" />
            <button
              type="submit"
              name="intent"
              value="move_item"
              className="button button-secondary"
              disabled={last}
            >
              {t("committees.agenda.down", { item: item.number })}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="formId" value="agenda" />
            <input type="hidden" name="itemId" value={item.id} />
            <button
              type="submit"
              name="intent"
              value="remove_item"
              className="button button-secondary"
            >
              {t("committees.agenda.remove", { item: item.number })}
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}

function Candidates({ data }: { data: SessionPageData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="candidates-title" className="committee-section">
      <h2 id="candidates-title">{t("committees.candidates.title")}</h2>
      <p>{t("committees.candidates.intro")}</p>
      {data.candidateCount > data.candidates.length ? (
        <p>
          {t("committees.candidates.more", {
            shown: formatInteger(data.candidates.length, locale),
            total: formatInteger(data.candidateCount, locale),
          })}
        </p>
      ) : null}
      {data.candidates.length === 0 ? (
        <p>{t("committees.candidates.empty")}</p>
      ) : (
        <ul className="committee-candidates">
          {data.candidates.map((candidate) => (
            <li key={candidate.id}>
              <p className="committee-agenda-heading">
                {candidate.number} – {candidate.organizationName}
                {candidate.status === "postponed"
                  ? ` (${t("committees.candidates.postponed")})`
                  : ""}
              </p>
              <p>
                {candidate.submittedAt
                  ? t("committees.candidates.submitted", {
                      date: formatDate(candidate.submittedAt, locale),
                    })
                  : null}{" "}
                <ReviewAverage review={candidate.review} />
              </p>
              {candidate.summary ? <p className="committee-prewrap">{candidate.summary}</p> : null}
              <Form method="post">
                <input type="hidden" name="formId" value="agenda" />
                <input type="hidden" name="applicationId" value={candidate.id} />
                <button type="submit" name="intent" value="add_item" className="button">
                  {t("committees.candidates.add", { item: candidate.number })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Members({ data, reply }: { data: SessionPageData; reply: Reply }) {
  const t = useT();
  const locale = useLocale();
  const { viewer } = data;
  const editable = viewer.canPrepare && data.editable.members;
  return (
    <section aria-labelledby="members-title" className="committee-section">
      <h2 id="members-title">{t("committees.members.title")}</h2>
      <FlashNotice target="members" />
      <FormErrors
        reply={reply}
        formId="members"
        fieldIds={{ userId: "member-user", side: "member-side" }}
      />
      {data.members.length === 0 ? <p>{t("committees.members.empty")}</p> : null}
      {data.meeting && viewer.canRecordPresence && data.members.length > 0 ? (
        <Form method="post" className="form">
          <input type="hidden" name="formId" value="members" />
          <fieldset className="field">
            <legend className="field-label">{t("committees.presence.legend")}</legend>
            {data.members.map((member) => (
              <CheckboxField
                key={member.userId}
                id={`present-${member.userId}`}
                label={`${member.name} (${t(`committees.side.${member.side}`)})`}
                inputProps={{
                  name: "present",
                  value: member.userId,
                  defaultChecked: member.present,
                }}
              />
            ))}
          </fieldset>
          <button type="submit" name="intent" value="presence" className="button">
            {t("committees.presence.submit")}
          </button>
        </Form>
      ) : (
        <ul className="committee-members">
          {data.members.map((member) => (
            <li key={member.userId}>
              {member.name} – {t(`committees.side.${member.side}`)}
              {member.place
                ? ` – ${t("committees.time.local", {
                    place: t(placeKeys[member.place]),
                    time: formatClockTime(
                      data.session.startsAt,
                      locale,
                      timeZoneOfDepartement(member.place),
                    ),
                  })}`
                : ""}
              {data.session.status === "in_session" || data.session.status === "closed"
                ? ` – ${member.present ? t("committees.presence.present") : t("committees.presence.absent")}`
                : ""}
              {editable ? (
                <Form method="post" className="committee-inline-form">
                  <input type="hidden" name="formId" value="members" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove_member"
                    className="button button-secondary"
                  >
                    {t("committees.members.remove", { name: member.name })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        data.addable.length === 0 ? (
          <p>{t("committees.members.noneToAdd")}</p>
        ) : (
          <Form method="post" className="form">
            <input type="hidden" name="formId" value="members" />
            <SelectField
              id="member-user"
              label={t("committees.members.user")}
              errors={fieldErrors(reply, "members", "userId")}
              placeholder={t("committees.members.choose")}
              options={data.addable.map((person) => ({
                value: person.id,
                label: `${person.name} (${person.email})`,
              }))}
              selectProps={{ name: "userId", required: true }}
            />
            <ChoiceGroup
              id="member-side"
              type="radio"
              name="side"
              required
              legend={t("committees.members.side")}
              errors={fieldErrors(reply, "members", "side")}
              options={[
                { value: "funder", label: t("committees.side.funder") },
                { value: "operator", label: t("committees.side.operator") },
              ]}
            />
            <button type="submit" name="intent" value="add_member" className="button">
              {t("committees.members.add")}
            </button>
          </Form>
        )
      ) : null}
    </section>
  );
}
