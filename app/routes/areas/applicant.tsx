import { requirePermission } from "~/features/auth";
import { AreaHome } from "~/ui/area-home";
import type { Route } from "./+types/applicant";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:applicant");
  return null;
}

export default function Page() {
  return <AreaHome titleKey="area.applicant.title" emptyKey="area.applicant.empty" />;
}
