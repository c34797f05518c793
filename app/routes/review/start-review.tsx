import { startReviewSchema } from "~/features/review";
import {
  actionHeader,
  actionOpen,
  requireReviewApplication,
  startReview,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { StartReviewPage } from "~/features/review/ui/action-start";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/start-review";

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
    open: actionOpen(application.status, "start_review", user.role),
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
      schema: startReviewSchema,
      run: () =>
        startReview({
          db: context.services.db,
          actor,
          applicationId: application.id,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), { key: "review.actions.start.done" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <StartReviewPage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
