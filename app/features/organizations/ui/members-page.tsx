/**
 * The members of the organisation: the list (with "remove" and "make manager" for owners),
 * the invitation form and the pending invitations, the requests to join, and how to leave.
 */
import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "react-router";
import { formatDate } from "~/platform/format/dates";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { inviteSchema } from "../member-actions.schema";
import type { MemberRole } from "../rules";

export type MembersPageData = {
  organizationName: string;
  viewerId: string;
  viewerRole: MemberRole;
  members: { userId: string; name: string; email: string; role: MemberRole }[];
  invitations: { id: string; email: string; createdAt: string; expiresAt: string }[];
  joinRequests: {
    id: string;
    name: string;
    email: string;
    message: string | null;
    createdAt: string;
  }[];
};

type MembersPageProps = {
  data: MembersPageData;
  inviteResult?: SubmissionResult<string[]> | null;
  /** Why a button form was refused (translated), shown at the top. */
  error?: string | null;
};

/** The page below the shell. */
export function MembersPage({ data, inviteResult, error }: MembersPageProps) {
  const t = useT();
  const owner = data.viewerRole === "owner";
  return (
    <>
      <title>{`${t("organizations.members.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.members.title")}</h1>
      <p>
        <Link to="/espace">{t("organizations.edit.back")}</Link>
      </p>
      {error ? <Notice>{error}</Notice> : null}
      <p>{t("organizations.members.intro")}</p>
      <MemberList data={data} />
      {owner ? (
        <>
          <JoinRequests requests={data.joinRequests} />
          <InviteForm lastResult={inviteResult} />
          <PendingInvitations invitations={data.invitations} />
        </>
      ) : (
        <p>{t("organizations.members.ownersOnly")}</p>
      )}
      <section aria-labelledby="quitter">
        <h2 id="quitter">{t("organizations.members.leaveTitle")}</h2>
        <p>{t("organizations.members.leaveIntro")}</p>
        <p>
          <Link to="/espace/membres/quitter">{t("organizations.members.leaveLink")}</Link>
        </p>
      </section>
    </>
  );
}

function MemberList({ data }: { data: MembersPageData }) {
  const t = useT();
  const owner = data.viewerRole === "owner";
  return (
    <section aria-labelledby="liste-membres">
      <h2 id="liste-membres">{t("organizations.members.listTitle")}</h2>
      <ul className="plain-list" aria-labelledby="liste-membres">
        {data.members.map((member) => {
          const self = member.userId === data.viewerId;
          return (
            <li key={member.userId} className="card member">
              <p className="member-name">
                {member.name}
                {self ? ` ${t("organizations.members.you")}` : ""}
              </p>
              <p className="break-anywhere">{member.email}</p>
              <p>
                {t("organizations.members.role", {
                  role: t(`organizations.role.${member.role}`),
                })}
              </p>
              {owner && !self && member.role === "member" ? (
                <ul className="inline-actions">
                  <li>
                    <Link to={`/espace/membres/${member.userId}/responsable`}>
                      {t("organizations.members.makeOwner")}
                      <span className="visually-hidden"> : {member.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`/espace/membres/${member.userId}/retirer`}>
                      {t("organizations.members.remove")}
                      <span className="visually-hidden"> {member.name}</span>
                    </Link>
                  </li>
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function JoinRequests({ requests }: { requests: MembersPageData["joinRequests"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="demandes-adhesion">
      <h2 id="demandes-adhesion">{t("organizations.members.requestsTitle")}</h2>
      {requests.length === 0 ? (
        <p className="empty-state">{t("organizations.members.noRequests")}</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id} className="card">
              <p>
                {t("organizations.members.requestLine", {
                  name: request.name,
                  email: request.email,
                  date: formatDate(request.createdAt, locale),
                })}
              </p>
              {request.message ? (
                <p>{t("organizations.members.requestMessage", { message: request.message })}</p>
              ) : null}
              <Form method="post" className="actions">
                <input type="hidden" name="joinRequestId" value={request.id} />
                <button type="submit" name="intent" value="accept" className="button">
                  {t("organizations.members.accept")}
                  <span className="visually-hidden"> : {request.name}</span>
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="decline"
                  className="button button-secondary"
                >
                  {t("organizations.members.decline")}
                  <span className="visually-hidden"> : {request.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InviteForm({ lastResult }: { lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useForm({
    id: "invitation",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const errors = summaryErrors(form.errors, [
    { field: fields.email, label: t("organizations.members.inviteEmail") },
  ]);
  return (
    <section aria-labelledby="inviter">
      <h2 id="inviter">{t("organizations.members.inviteTitle")}</h2>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="invite" />
        <Field
          id={fields.email.id}
          label={t("organizations.members.inviteEmail")}
          hint={t("organizations.members.inviteHint")}
          errors={fields.email.errors}
          inputProps={{
            ...getInputProps(fields.email, { type: "email" }),
            autoComplete: "off",
            required: true,
          }}
        />
        <button type="submit" className="button">
          {t("organizations.members.inviteSubmit")}
        </button>
      </Form>
    </section>
  );
}

function PendingInvitations({ invitations }: { invitations: MembersPageData["invitations"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="invitations-en-attente">
      <h2 id="invitations-en-attente">{t("organizations.members.invitationsTitle")}</h2>
      {invitations.length === 0 ? (
        <p>{t("organizations.members.noInvitations")}</p>
      ) : (
        <ul className="plain-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="card">
              <p className="break-anywhere">
                {t("organizations.members.invitationLine", {
                  email: invitation.email,
                  date: formatDate(invitation.createdAt, locale),
                  expires: formatDate(invitation.expiresAt, locale),
                })}
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="invitationId" value={invitation.id} />
                <button type="submit" className="button button-secondary button-small">
                  {t("organizations.members.revoke")}
                  <span className="visually-hidden"> : {invitation.email}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
