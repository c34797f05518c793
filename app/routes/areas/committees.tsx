import { canPrepare, memberPlaceSchema } from "~/features/committees";
import {
  listSessions,
  memberPlace,
  requireCommitteeUser,
  saveMemberPlace,
} from "~/features/committees/index.server";
import { SessionsPage } from "~/features/committees/ui/sessions-page";
import type { Reply } from "~/features/committees/ui/shared";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/committees";

// Committee members see their sessions; instructors and administrators all of them. Each says
// where they read the session times from (Paris or an overseas zone).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireCommitteeUser(request, context);
  const { db } = context.services;
  const [sessions, place] = await Promise.all([listSessions(db, user), memberPlace(db, user.id)]);
  return {
    canPrepare: canPrepare(user),
    sessions,
    place,
    messages: pickMessages(request, [
      "committees",
      "committees.documents",
      "committees.place",
      "review.actions",
    ]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireCommitteeUser(request, context);
  return handleForm(
    request,
    formSpec({
      schema: memberPlaceSchema,
      run: ({ place }) =>
        saveMemberPlace(context.services.db, {
          userId: user.id,
          place: place as Parameters<typeof saveMemberPlace>[1]["place"],
        }),
      done: () =>
        redirectWithNotice(request, "/comites", {
          key: "committees.place.saved",
          target: "place",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <SessionsPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
