import { data, redirect } from "react-router";
import { requireOrganizationMember } from "~/features/organizations/index.server";
import { leaveOrganization } from "~/features/organizations/leave-organization.server";
import { countOwners } from "~/features/organizations/membership.server";
import { canLeave } from "~/features/organizations/rules";
import { runCommand } from "~/features/organizations/run-command.server";
import { ConfirmPage } from "~/features/organizations/ui/confirm-page";
import { withNotice } from "~/features/organizations/ui/notices";
import { refusalKey } from "~/features/organizations/ui/refusals";
import { pickMessages } from "~/i18n.server";
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
    refusal: verdict.ok ? null : refusalKey(verdict.reason),
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const outcome = await runCommand(() =>
    leaveOrganization({
      db: context.services.db,
      actorId: user.id,
      organizationId: organization.id,
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) return data({ refusal: outcome.errorKey }, { status: 409 });
  return redirect(withNotice("/espace", "quitte"));
}

export default function LeaveOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <ConfirmPage
      title={t("organizations.confirm.leaveTitle", { name: loaderData.name })}
      body={t("organizations.confirm.leaveBody")}
      submitLabel={t("organizations.confirm.leaveSubmit")}
      refusal={actionData?.refusal ?? loaderData.refusal}
    />
  );
}
