import {
  decideJoinRequestSchema,
  inviteSchema,
  revokeInvitationSchema,
} from "~/features/organizations";
import {
  decideJoinRequest,
  inviteMember,
  loadMembersPage,
  requireOrganizationMember,
  revokeInvitation,
} from "~/features/organizations/index.server";
import { formErrorOf } from "~/features/organizations/ui/form-reply";
import { MembersPage } from "~/features/organizations/ui/members-page";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/members";

// The members of the active organisation: list, invitations, requests to join.
export async function loader({ request, context }: Route.LoaderArgs) {
  const member = await requireOrganizationMember(request, context);
  const page = await loadMembersPage(context.services.db, member);
  return {
    ...page,
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const { db, jobs, env } = context.services;
  const common = { db, actorId: user.id, organizationId: organization.id };
  const requestId = context.requestId;
  const done = (key: "invited" | "invitationRevoked" | "requestAccepted" | "requestDeclined") =>
    redirectWithNotice(request, "/espace/membres", { key: `organizations.notice.${key}` });
  const decide = formSpec({
    schema: decideJoinRequestSchema,
    run: (value) =>
      decideJoinRequest({
        ...common,
        jobs,
        appUrl: env.APP_URL,
        joinRequestId: value.joinRequestId,
        decision: value.intent,
        requestId,
      }),
    done: (_value, input) =>
      done(input.intent === "accept" ? "requestAccepted" : "requestDeclined"),
  });
  return handleForms(request, {
    invite: formSpec({
      schema: inviteSchema,
      run: (value) =>
        inviteMember({
          db,
          jobs,
          appUrl: env.APP_URL,
          actor: { id: user.id, name: user.name },
          organizationId: organization.id,
          email: value.email,
          requestId,
        }),
      done: () => done("invited"),
    }),
    revoke: formSpec({
      schema: revokeInvitationSchema,
      run: (value) => revokeInvitation({ ...common, invitationId: value.invitationId, requestId }),
      done: () => done("invitationRevoked"),
    }),
    accept: decide,
    decline: decide,
  });
}

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <MembersPage
      data={loaderData}
      inviteResult={actionData?.formId === "invite" ? actionData.result : null}
      error={actionData?.formId === "invite" ? null : formErrorOf(actionData)}
    />
  );
}
