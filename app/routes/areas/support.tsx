import { capacitySchema } from "~/features/supports";
import {
  listFilterOf,
  loadSupportsPage,
  requireSupportUser,
  setCapacity,
} from "~/features/supports/index.server";
import { SupportsPage } from "~/features/supports/ui/supports-page";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Reply } from "~/ui/form-reply";
import type { Route } from "./+types/support";

// The supports in the user's scope (antenna managers: their antennas; the programme team: all).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireSupportUser(request, context);
  return {
    ...(await loadSupportsPage(context.services.db, user, listFilterOf(new URL(request.url)))),
    messages: pickMessages(request, ["supports"]),
  };
}

// Administrators set the antennas' and consultants' capacity here.
export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireSupportUser(request, context);
  return handleForms(request, {
    capacity: formSpec({
      schema: capacitySchema,
      run: (input) =>
        setCapacity({ db: context.services.db, actor: user, input, requestId: context.requestId }),
      done: () =>
        redirectWithNotice(request, "/accompagnements", {
          key: "supports.notice.capacity",
          target: "capacity",
        }),
    }),
  });
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <SupportsPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
