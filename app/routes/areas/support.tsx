import {
  listFilterOf,
  loadSupportsPage,
  requireSupportUser,
} from "~/features/supports/index.server";
import { SupportsPage } from "~/features/supports/ui/supports-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/support";

// The supports in the user's scope (antenna managers: their antennas; the programme team: all).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireSupportUser(request, context);
  return {
    ...(await loadSupportsPage(context.services.db, user, listFilterOf(new URL(request.url)))),
    messages: pickMessages(request, ["supports"]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <SupportsPage data={loaderData} />;
}
