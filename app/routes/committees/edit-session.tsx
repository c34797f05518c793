import { sessionChangeSchema } from "~/features/committees";
import {
  editSession,
  loadEditSessionPage,
  requireSessionPreparer,
} from "~/features/committees/index.server";
import { EditSessionPage } from "~/features/committees/ui/edit-session-page";
import type { Reply } from "~/features/committees/ui/shared";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/edit-session";

// The session's preparers (instructors, administrators); anyone else, members included, 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { session } = await requireSessionPreparer(request, context, params.sessionId);
  return {
    ...(await loadEditSessionPage(context.services.db, session)),
    messages: pickMessages(request, [
      "committees",
      "committees.documents",
      "committees.sessions",
      "review.actions",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, session } = await requireSessionPreparer(request, context, params.sessionId);
  return handleForm(
    request,
    formSpec({
      schema: sessionChangeSchema,
      run: (input) =>
        editSession({
          db: context.services.db,
          jobs: context.services.jobs,
          actor,
          sessionId: session.id,
          input,
          requestId: context.requestId,
        }),
      done: (edited) =>
        redirectWithNotice(request, `/comites/${session.id}`, {
          key: edited.invitationsResent ? "committees.edit.noticeResent" : "committees.edit.notice",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <EditSessionPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
