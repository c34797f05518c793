import { correctionSchema } from "~/features/review";
import {
  listCorrections,
  requestCorrection,
  requireReviewApplication,
} from "~/features/review/index.server";
import {
  type CorrectionReply,
  RequestCorrectionPage,
} from "~/features/review/ui/request-correction-page";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/request-correction";

// Deciders only (instructors, administrators), within their scope; anyone else gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application, organization } = await requireReviewApplication(
    request,
    context,
    params.id,
    { decide: true },
  );
  return {
    page: {
      application: {
        id: application.id,
        number: application.number,
        organizationName: organization.name,
      },
      canRequest: application.status === "in_review",
      corrections: await listCorrections(context.services.db, application.id),
    },
    // The commands it reaches render mails of the applications and notifications parts.
    messages: pickMessages(request, [
      "review.correction",
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
      schema: correctionSchema,
      run: (input) =>
        requestCorrection({
          db,
          jobs,
          actor,
          applicationId: application.id,
          input,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, `/instruction/candidatures/${application.id}/correction`, {
          key: "review.correction.sent",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <RequestCorrectionPage
      data={loaderData.page}
      reply={(actionData as CorrectionReply | undefined) ?? null}
    />
  );
}
