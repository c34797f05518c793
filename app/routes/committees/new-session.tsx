import { sessionSchema } from "~/features/committees";
import {
  createSession,
  listProgrammes,
  requireCommitteePreparer,
} from "~/features/committees/index.server";
import { NewSessionPage } from "~/features/committees/ui/new-session-page";
import type { Reply } from "~/features/committees/ui/shared";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/new-session";

// Instructors and administrators only; anyone else gets 404.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requireCommitteePreparer(request, context);
  return {
    programmes: await listProgrammes(context.services.db),
    messages: pickMessages(request, ["committees", "review.actions"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireCommitteePreparer(request, context);
  return handleForm(
    request,
    formSpec({
      schema: sessionSchema,
      run: (input) =>
        createSession({
          db: context.services.db,
          actor: user,
          input,
          requestId: context.requestId,
        }),
      done: ({ id }) =>
        redirectWithNotice(request, `/comites/${id}`, { key: "committees.notice.created" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <NewSessionPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
