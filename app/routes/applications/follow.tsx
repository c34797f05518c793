import { data } from "react-router";
import {
  ANSWER_BODY_MAX_BYTES,
  answerInformationRequest,
} from "~/features/applications/answer-information-request.server";
import { answerSchema, messageSchema } from "~/features/applications/follow.form";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { newMessageToken } from "~/features/applications/message-token.server";
import { postMessage } from "~/features/applications/post-message.server";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { ApplicationFollow, type FollowReply } from "~/features/applications/ui/application-follow";
import { loadFollowView } from "~/features/applications/views.server";
import { hasDecisionLetter } from "~/features/committees/index.server";
import { applicationSupports } from "~/features/supports/index.server";
import { SpaceSupports } from "~/features/supports/ui/space-supports";
import {
  type FormReply,
  formSpec,
  handleFormData,
  handleForms,
  requestTranslator,
} from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { BodyTooLargeError, isMultipart, readFormData } from "~/platform/http/read-body.server";
import type { Route } from "./+types/follow";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application, organization } = await requireMemberApplication(request, context, params.id);
  const program = await loadProgramConfig(context.services.db, application.programId);
  const view = await loadFollowView(context.services.db, application, {
    programName: program?.name ?? "",
    organizationName: organization.name,
  });
  return {
    view,
    decisionLetter: await hasDecisionLetter(context.services.db, application.id),
    // The supports of the levels the committee granted, with their progress (issue 15).
    supports: await applicationSupports(context.services.db, application.id),
    // A new token each time the page is drawn: the form that sends it stores one message.
    messageToken: newMessageToken(),
    messages: pickMessages(request, [
      "applications.follow",
      "applications.form",
      "applications.status",
      "eligibility",
      "organizations",
      "review.correction",
      "supports",
      "supports.feedback",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const { db, jobs, env } = context.services;
  const here = `/espace/candidatures/${application.id}`;
  const common = {
    db,
    jobs,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    appUrl: env.APP_URL,
    requestId: context.requestId,
  };
  if (!isMultipart(request)) {
    return handleForms(request, {
      message: formSpec({
        schema: messageSchema,
        run: ({ body, token }) => postMessage({ ...common, body, token }),
        done: () => redirectWithNotice(request, here, { key: "applications.follow.messageSent" }),
      }),
    });
  }
  // The answer carries files: its cap is five files, and a body beyond it is shown in the form.
  let formData: FormData;
  try {
    formData = await readFormData(request, ANSWER_BODY_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    const message = requestTranslator(request)("applications.error.fileRefused");
    const reply: FormReply = {
      formId: "answer",
      result: { status: "error", error: { files: [message] } },
      refused: "file",
    };
    return data(reply, { status: 400 });
  }
  return handleFormData(
    request,
    formData,
    formSpec({
      schema: answerSchema,
      run: ({ body, files, token }) =>
        answerInformationRequest({
          ...common,
          storage: context.services.storage,
          body,
          files,
          token,
        }),
      done: () => redirectWithNotice(request, here, { key: "applications.follow.answered" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <>
      <ApplicationFollow
        view={loaderData.view}
        messageToken={loaderData.messageToken}
        reply={(actionData as FollowReply | undefined) ?? null}
        decisionLetter={loaderData.decisionLetter}
      />
      <SpaceSupports supports={loaderData.supports} />
    </>
  );
}
