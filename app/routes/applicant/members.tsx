import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { decideJoinRequest } from "~/features/organizations/decide-join-request.server";
import { requireOrganizationMember } from "~/features/organizations/index.server";
import { inviteMember } from "~/features/organizations/invite-member.server";
import { memberActionSchema } from "~/features/organizations/member-actions.schema";
import { loadMembersPage } from "~/features/organizations/members-page.server";
import { revokeInvitation } from "~/features/organizations/revoke-invitation.server";
import { runCommand } from "~/features/organizations/run-command.server";
import { MembersPage } from "~/features/organizations/ui/members-page";
import { noticeFromUrl, withNotice } from "~/features/organizations/ui/notices";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/members";

// The members of the active organisation: list, invitations, requests to join.
export async function loader({ request, context }: Route.LoaderArgs) {
  const member = await requireOrganizationMember(request, context);
  const page = await loadMembersPage(context.services.db, member);
  return {
    ...page,
    notice: noticeFromUrl(request.url),
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const { db, jobs, env } = context.services;
  const submission = parseWithZod(await request.formData(), { schema: memberActionSchema });
  if (submission.status !== "success") {
    // Only the invitation form has fields a person types; the other forms are buttons.
    if (submission.payload.intent !== "invite") throw notFound();
    return data({ inviteResult: submission.reply(), errorKey: null }, { status: 400 });
  }
  const value = submission.value;
  const common = { db, actorId: user.id, organizationId: organization.id };
  const requestId = context.requestId;
  if (value.intent === "invite") {
    const outcome = await runCommand(() =>
      inviteMember({
        db,
        jobs,
        appUrl: env.APP_URL,
        actor: { id: user.id, name: user.name },
        organizationId: organization.id,
        email: value.email,
        requestId,
      }),
    );
    if (!outcome.ok) {
      const fieldErrors: Record<string, string[]> =
        outcome.code === "already_member" ? { email: ["organizations.invite.alreadyMember"] } : {};
      return data(
        {
          inviteResult: submission.reply({ fieldErrors }),
          errorKey: outcome.code === "already_member" ? null : outcome.errorKey,
        },
        { status: 409 },
      );
    }
    return redirect(withNotice("/espace/membres", "invite"));
  }
  const outcome =
    value.intent === "revoke"
      ? await runCommand(() =>
          revokeInvitation({ ...common, invitationId: value.invitationId, requestId }),
        )
      : await runCommand(() =>
          decideJoinRequest({
            ...common,
            jobs,
            appUrl: env.APP_URL,
            joinRequestId: value.joinRequestId,
            decision: value.intent,
            requestId,
          }),
        );
  if (!outcome.ok) return data({ inviteResult: null, errorKey: outcome.errorKey }, { status: 409 });
  const notice =
    value.intent === "revoke" ? "annule" : value.intent === "accept" ? "accepte" : "refuse";
  return redirect(withNotice("/espace/membres", notice));
}

export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <MembersPage
      data={loaderData}
      inviteResult={actionData?.inviteResult}
      error={actionData?.errorKey ?? null}
    />
  );
}
