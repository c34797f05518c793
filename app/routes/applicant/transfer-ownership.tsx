import { canTransferOwnership, confirmSchema, memberRuleMessages } from "~/features/organizations";
import {
  listMembers,
  requireOrganizationMember,
  transferOwnership,
} from "~/features/organizations/index.server";
import { ConfirmPage } from "~/features/organizations/ui/confirm-page";
import { formErrorOf } from "~/features/organizations/ui/form-reply";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
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
    refusal: verdict.ok ? null : memberRuleMessages[verdict.reason],
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  return handleForm(
    request,
    formSpec({
      schema: confirmSchema,
      run: () =>
        transferOwnership({
          db: context.services.db,
          actorId: user.id,
          organizationId: organization.id,
          targetUserId: params.userId,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, "/espace/membres", { key: "organizations.notice.transferred" }),
    }),
  );
}

export default function TransferOwnership({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <ConfirmPage
      title={t("organizations.confirm.transferTitle", { name: loaderData.name })}
      body={t("organizations.confirm.transferBody", { name: loaderData.name })}
      submitLabel={t("organizations.confirm.transferSubmit")}
      refusal={formErrorOf(actionData) ?? (loaderData.refusal ? t(loaderData.refusal) : null)}
    />
  );
}
