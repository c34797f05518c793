import { redirect } from "react-router";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { isApplicationState, isBeforeDecision } from "~/features/applications/state-machine";
import { STEP_FORM_MAX_BYTES } from "~/features/applications/step-actions.server";
import { WithdrawPage } from "~/features/applications/ui/withdraw-page";
import { readCappedFormData } from "~/features/applications/upload.server";
import { withdrawApplication } from "~/features/applications/withdraw-application.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/withdraw";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application } = await requireMemberApplication(request, context, params.id);
  if (!isApplicationState(application.status) || !isBeforeDecision(application.status)) {
    throw redirect(`/espace/candidatures/${application.id}`);
  }
  return {
    applicationId: application.id,
    number: application.number,
    messages: pickMessages(request, ["applications.follow", "applications.form", "organizations"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const reason = (await readCappedFormData(request, STEP_FORM_MAX_BYTES)).get("reason");
  const result = await withdrawApplication({
    db: context.services.db,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    reason:
      typeof reason === "string" && reason.trim() !== "" ? reason.trim().slice(0, 2000) : null,
    requestId: context.requestId,
  });
  return redirect(`/espace/candidatures/${application.id}${result.ok ? "?retiree=1" : ""}`);
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <WithdrawPage applicationId={loaderData.applicationId} number={loaderData.number} />;
}
