import { requirePermission } from "~/features/auth/index.server";
import { AreaHome } from "~/ui/area-home";
import type { Route } from "./+types/committees";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:committees");
  return null;
}

export default function Page() {
  return <AreaHome titleKey="area.committees.title" emptyKey="area.committees.empty" />;
}
