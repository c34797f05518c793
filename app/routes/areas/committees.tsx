import { canPrepare } from "~/features/committees";
import { listSessions, requireCommitteeUser } from "~/features/committees/index.server";
import { SessionsPage } from "~/features/committees/ui/sessions-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/committees";

// Committee members see their sessions; instructors and administrators all of them.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireCommitteeUser(request, context);
  return {
    canPrepare: canPrepare(user),
    sessions: await listSessions(context.services.db, user),
    messages: pickMessages(request, ["committees", "review.actions"]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <SessionsPage data={loaderData} />;
}
