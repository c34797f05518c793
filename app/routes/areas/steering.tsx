import { requirePermission } from "~/features/auth/index.server";
import { loadDashboardPage } from "~/features/steering/index.server";
import { DashboardPage } from "~/features/steering/ui/dashboard-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/steering";

// The steering dashboard: funders (their programmes) and administrators (every programme).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requirePermission(request, context, "view:area:steering");
  return {
    ...(await loadDashboardPage(context.services.db, user, new URL(request.url))),
    messages: pickMessages(request, ["steering"]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <DashboardPage data={loaderData} />;
}
