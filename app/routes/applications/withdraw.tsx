import { redirect } from "react-router";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { isApplicationState, isBeforeDecision } from "~/features/applications/state-machine";
import { WithdrawPage } from "~/features/applications/ui/withdraw-page";
import { withdrawSchema } from "~/features/applications/withdraw.form";
import { withdrawApplication } from "~/features/applications/withdraw-application.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
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
  const here = `/espace/candidatures/${application.id}`;
  return handleForm(
    request,
    formSpec({
      schema: withdrawSchema,
      run: ({ reason }) =>
        withdrawApplication({
          db: context.services.db,
          actor,
          applicationId: application.id,
          organizationId: application.organizationId,
          reason,
          requestId: context.requestId,
        }),
      done: () => redirectWithNotice(request, here, { key: "applications.follow.withdrawn" }),
      // Already decided or withdrawn (a second tab): the follow page tells where it stands.
      refused: () => redirect(here),
    }),
  );
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <WithdrawPage applicationId={loaderData.applicationId} number={loaderData.number} />;
}
