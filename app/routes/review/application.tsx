import { newMessageToken, postMessage } from "~/features/applications/index.server";
import { addNote } from "~/features/review/add-note.server";
import { noteSchema, replySchema } from "~/features/review/file-forms";
import { markFileRead } from "~/features/review/file-read-marker.server";
import { loadFileView } from "~/features/review/file-view.server";
import { requireReviewApplication } from "~/features/review/index.server";
import { FilePage, type FileReply } from "~/features/review/ui/file-page";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/application";

// The staff file of one application: staff with `view:area:review` within the staff application
// scope (ADR 0008); anyone else, a draft, an unknown or malformed id: 404. Opening it marks it
// read for this user.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { actor, application, organization } = await requireReviewApplication(
    request,
    context,
    params.id,
  );
  const { db, registry } = context.services;
  const [view] = await Promise.all([
    loadFileView({
      db,
      registry,
      staff: actor,
      application,
      organization,
      locale: localeFromCookie(request.headers.get("cookie")),
    }),
    markFileRead(db, { userId: actor.id, applicationId: application.id }),
  ]);
  return {
    view,
    // A new token each time the file is drawn: the reply form that sends it stores one message.
    messageToken: newMessageToken(),
    messages: pickMessages(request, [
      "review.file",
      "review.correction",
      "applications.status",
      "applications.form",
      "diagnostic",
      "eligibility",
    ]),
  };
}

// A private note (every staff user in scope, antenna managers included) or a message to the
// organisation (postMessage tells its members by e-mail).
export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireReviewApplication(request, context, params.id);
  const { db, jobs, env } = context.services;
  const here = `/instruction/candidatures/${application.id}`;
  return handleForms(request, {
    note: formSpec({
      schema: noteSchema,
      run: ({ body }) =>
        addNote({ db, actor, applicationId: application.id, body, requestId: context.requestId }),
      done: () =>
        redirectWithNotice(request, here, { key: "review.file.noteAdded", target: "notes" }),
    }),
    message: formSpec({
      schema: replySchema,
      run: ({ body, token }) =>
        postMessage({
          db,
          jobs,
          actor,
          applicationId: application.id,
          body,
          token,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, here, { key: "review.file.replySent", target: "messages" }),
    }),
  });
}

export default function ReviewApplication({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <FilePage
      view={loaderData.view}
      messageToken={loaderData.messageToken}
      reply={(actionData as FileReply | undefined) ?? null}
    />
  );
}
