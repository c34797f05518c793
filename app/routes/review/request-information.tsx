import { informationRequestSchema } from "~/features/review";
import {
  actionHeader,
  actionOpen,
  requestInformation,
  requireReviewApplication,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { RequestInformationPage } from "~/features/review/ui/action-information";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/request-information";

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
    open: actionOpen(application.status, "request_information", user.role),
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
  const { db, jobs, env } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: informationRequestSchema,
      coerce: false,
      run: ({ message, items }) =>
        requestInformation({
          db,
          jobs,
          actor,
          applicationId: application.id,
          message,
          missingItems: items,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), {
          key: "review.actions.information.done",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <RequestInformationPage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
