import { reassignSchema } from "~/features/review";
import {
  actionHeader,
  loadReassignPage,
  reassignApplication,
  reassignOpen,
  requireReviewApplication,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { ReassignPage } from "~/features/review/ui/action-reassign";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/reassign";

// Instructors and administrators in scope; anyone else gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application, organization } = await requireReviewApplication(
    request,
    context,
    params.id,
    { decide: true },
  );
  const page = await loadReassignPage(context.services.db, {
    programId: application.programId,
    antennaId: application.antennaId,
    assignedTo: application.assignedTo,
  });
  return {
    header: actionHeader(application, organization),
    open: reassignOpen(application.status),
    ...page,
    messages: pickMessages(request, ["review.actions", "applications.status", "auth"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireReviewApplication(request, context, params.id, {
    decide: true,
  });
  const { db, jobs, env } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: reassignSchema,
      coerce: false,
      run: ({ antennaId, assigneeId, reason }) =>
        reassignApplication({
          db,
          jobs,
          actor,
          applicationId: application.id,
          antennaId,
          assigneeId: assigneeId ? assigneeId : null,
          reason,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), {
          key: "review.actions.reassign.done",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <ReassignPage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
