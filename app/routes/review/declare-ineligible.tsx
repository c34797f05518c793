import { ineligibleSchema } from "~/features/review";
import {
  actionHeader,
  actionOpen,
  declareIneligible,
  requireReviewApplication,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { DeclareIneligiblePage } from "~/features/review/ui/action-ineligible";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/declare-ineligible";

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
    open: actionOpen(application.status, "declare_ineligible", user.role),
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
      schema: ineligibleSchema,
      coerce: false,
      run: ({ category, reason }) =>
        declareIneligible({
          db,
          jobs,
          actor,
          applicationId: application.id,
          category,
          reason,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), {
          key: "review.actions.ineligible.done",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <DeclareIneligiblePage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
