import { data, redirect } from "react-router";
import {
  answerFeedback,
  feedbackSchema,
  readFeedbackLink,
  verifyFeedbackToken,
} from "~/features/supports/index.server";
import { FeedbackPage, type FeedbackReply } from "~/features/supports/ui/feedback-page";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/feedback";

// The personal link of the feedback survey (/avis/:token), sent to each member of the structure
// when a support closes. No sign-in: the signed token is the guard (it names the support and the
// member, for 30 days). A broken or forged link is a 404, an expired one a 410; once the survey
// is answered, the link shows the answers (to the member who gave them) or that it was answered.
function messages(request: Request) {
  return pickMessages(request, ["supports.feedback", "supports"]);
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const view = await readFeedbackLink(context.services.db, {
    token: params.token,
    secret: context.services.env.BETTER_AUTH_SECRET,
  });
  const page = { ...view, messages: messages(request) };
  if (view.state === "invalid") return data(page, { status: 404 });
  if (view.state === "expired") return data(page, { status: 410 });
  return page;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const verified = verifyFeedbackToken(
    params.token,
    context.services.env.BETTER_AUTH_SECRET,
    new Date(),
  );
  if (!verified.ok) {
    if (verified.reason !== "expired") throw notFound();
    return data({ state: "expired" as const }, { status: 410 });
  }
  const path = new URL(request.url).pathname;
  return handleForm(
    request,
    formSpec({
      schema: feedbackSchema,
      run: (input) =>
        answerFeedback({
          db: context.services.db,
          supportId: verified.supportId,
          userId: verified.userId,
          input,
        }),
      done: () => redirect(path),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  // An action on a link that expired meanwhile answers { state: "expired" }.
  if (actionData && "state" in actionData) {
    return <FeedbackPage data={{ state: "expired" }} reply={null} />;
  }
  return <FeedbackPage data={loaderData} reply={(actionData as FeedbackReply) ?? null} />;
}
