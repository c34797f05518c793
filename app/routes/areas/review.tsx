import { requirePermission } from "~/features/auth/index.server";
import { AreaHome } from "~/ui/area-home";
import type { Route } from "./+types/review";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:review");
  return null;
}

export default function Page() {
  return <AreaHome titleKey="area.review.title" emptyKey="area.review.empty" />;
}
