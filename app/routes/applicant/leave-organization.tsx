import { canLeave, confirmSchema, memberRuleMessages } from "~/features/organizations";
import {
  countOwners,
  leaveOrganization,
  requireOrganizationMember,
} from "~/features/organizations/index.server";
import { ConfirmPage } from "~/features/organizations/ui/confirm-page";
import { formErrorOf } from "~/features/organizations/ui/form-reply";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/leave-organization";

// Leave the active organisation, after confirmation (its last owner is told why they cannot).
export async function loader({ request, context }: Route.LoaderArgs) {
  const { organization, membership } = await requireOrganizationMember(request, context);
  const verdict = canLeave({
    role: membership.role,
    ownerCount: await countOwners(context.services.db, organization.id),
  });
  return {
    name: organization.name,
    refusal: verdict.ok ? null : memberRuleMessages[verdict.reason],
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  return handleForm(
    request,
    formSpec({
      schema: confirmSchema,
      run: () =>
        leaveOrganization({
          db: context.services.db,
          actorId: user.id,
          organizationId: organization.id,
          requestId: context.requestId,
        }),
      done: () => redirectWithNotice(request, "/espace", { key: "organizations.notice.left" }),
    }),
  );
}

export default function LeaveOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <ConfirmPage
      title={t("organizations.confirm.leaveTitle", { name: loaderData.name })}
      body={t("organizations.confirm.leaveBody")}
      submitLabel={t("organizations.confirm.leaveSubmit")}
      refusal={formErrorOf(actionData) ?? (loaderData.refusal ? t(loaderData.refusal) : null)}
    />
  );
}
