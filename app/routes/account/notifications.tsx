import { can } from "~/features/auth";
import { requireUser, type SessionUser } from "~/features/auth/index.server";
import {
  type Audience,
  choicesFor,
  loadNotificationPreferences,
  preferencesSchema,
  saveNotificationPreferences,
} from "~/features/notifications/index.server";
import {
  PreferencesPage,
  type PreferencesReply,
} from "~/features/notifications/ui/preferences-page";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/notifications";

/** Applicants hear of the team's actions, review staff of applicants'; others have no kind. */
function audienceOf(user: SessionUser): Audience | null {
  if (user.role === "applicant") return "applicant";
  return can(user.role, "view:area:review") ? "staff" : null;
}

// Every signed-in user, for their own preferences only (the session's user, never a parameter).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const stored = await loadNotificationPreferences(context.services.db, user.id);
  return {
    page: { choices: choicesFor(audienceOf(user), stored) },
    messages: pickMessages(request, ["notifications"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const audience = audienceOf(user);
  return handleForm(
    request,
    formSpec({
      schema: preferencesSchema(audience),
      run: (choices) =>
        saveNotificationPreferences({
          db: context.services.db,
          userId: user.id,
          audience,
          choices,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, "/compte/notifications", {
          key: "notifications.page.saved",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <PreferencesPage
      data={loaderData.page}
      reply={(actionData as PreferencesReply | undefined) ?? null}
    />
  );
}
