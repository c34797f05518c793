import { requirePermission } from "~/features/auth/index.server";
import { AreaHome } from "~/ui/area-home";
import type { Route } from "./+types/steering";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:steering");
  return null;
}

export default function Page() {
  return <AreaHome titleKey="area.steering.title" emptyKey="area.steering.empty" />;
}
