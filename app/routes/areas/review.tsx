import { parseInboxSearch } from "~/features/review/inbox-filters";
import { loadInboxPage } from "~/features/review/inbox-page.server";
import { requireReviewStaff } from "~/features/review/index.server";
import { InboxPage } from "~/features/review/ui/inbox-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/review";

// The review inbox: staff with `view:area:review` (instructors, antenna managers, administrators)
// see the applications of their scope; anyone else signed in gets 404. Filters come from the
// query string (GET form); a value that does not parse is ignored and named on the page.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireReviewStaff(request, context);
  const parsed = parseInboxSearch(new URL(request.url).searchParams);
  const page = await loadInboxPage(context.services.db, {
    staff: { id: user.id, role: user.role },
    parsed,
  });
  return { page, messages: pickMessages(request, ["review.inbox", "applications.status"]) };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <InboxPage data={loaderData.page} />;
}
