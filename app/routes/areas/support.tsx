import { requirePermission } from "~/features/auth/index.server";
import { AreaHome } from "~/ui/area-home";
import type { Route } from "./+types/support";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:support");
  return null;
}

export default function Page() {
  return <AreaHome titleKey="area.support.title" emptyKey="area.support.empty" />;
}
