import { data, redirect } from "react-router";
import { requireOrganizationMember } from "~/features/organizations/index.server";
import { listMembers } from "~/features/organizations/queries.server";
import { canTransferOwnership } from "~/features/organizations/rules";
import { runCommand } from "~/features/organizations/run-command.server";
import { transferOwnership } from "~/features/organizations/transfer-ownership.server";
import { ConfirmPage } from "~/features/organizations/ui/confirm-page";
import { withNotice } from "~/features/organizations/ui/notices";
import { refusalKey } from "~/features/organizations/ui/refusals";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/transfer-ownership";

// An owner hands the active organisation to another member, after confirmation.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, organization, membership } = await requireOrganizationMember(request, context);
  const members = await listMembers(context.services.db, {
    organizationId: organization.id,
    viewerId: user.id,
  });
  const target = members.find((member) => member.userId === params.userId);
  if (!target) throw notFound();
  const verdict = canTransferOwnership({
    actorRole: membership.role,
    actorId: user.id,
    targetId: target.userId,
    targetRole: target.role,
  });
  return {
    name: target.name,
    refusal: verdict.ok ? null : refusalKey(verdict.reason),
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const outcome = await runCommand(() =>
    transferOwnership({
      db: context.services.db,
      actorId: user.id,
      organizationId: organization.id,
      targetUserId: params.userId,
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) return data({ refusal: outcome.errorKey }, { status: 409 });
  return redirect(withNotice("/espace/membres", "transfere"));
}

export default function TransferOwnership({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <ConfirmPage
      title={t("organizations.confirm.transferTitle", { name: loaderData.name })}
      body={t("organizations.confirm.transferBody", { name: loaderData.name })}
      submitLabel={t("organizations.confirm.transferSubmit")}
      refusal={actionData?.refusal ?? loaderData.refusal}
    />
  );
}
