import { requireApplicant } from "~/features/applications/guards.server";
import { listApplicationsOfOrganization } from "~/features/applications/queries.server";
import { ApplicationsList } from "~/features/applications/ui/applications-list";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/list";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { organization } = await requireApplicant(request, context);
  const rows = await listApplicationsOfOrganization(context.services.db, organization.id);
  return {
    organizationName: organization.name,
    items: rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
    })),
    messages: pickMessages(request, [
      "applications.follow",
      "applications.form",
      "applications.status",
      "organizations",
    ]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <ApplicationsList {...loaderData} />;
}
