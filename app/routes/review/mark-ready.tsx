import { markReadySchema } from "~/features/review";
import {
  actionHeader,
  actionOpen,
  markReady,
  requireReviewApplication,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { MarkReadyPage } from "~/features/review/ui/action-ready";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/mark-ready";

// Instructors and administrators in scope; anyone else gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, application, organization } = await requireReviewApplication(
    request,
    context,
    params.id,
    { decide: true },
  );
  return {
    header: actionHeader(application, organization),
    open: actionOpen(application.status, "mark_ready", user.role),
    messages: pickMessages(request, [
      "review.actions",
      "applications.status",
      "applications.follow",
      "applications.form",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireReviewApplication(request, context, params.id, {
    decide: true,
  });
  return handleForm(
    request,
    formSpec({
      schema: markReadySchema,
      coerce: false,
      run: ({ summary }) =>
        markReady({
          db: context.services.db,
          actor,
          applicationId: application.id,
          summary,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), { key: "review.actions.ready.done" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <MarkReadyPage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
