import {
  loadStaffOrganizationPage,
  requireOrganizationForStaff,
} from "~/features/organizations/index.server";
import { StaffOrganizationPage } from "~/features/organizations/ui/staff-organization-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/organization";

// Staff only, within their reach (antenna managers: their départements); anyone else gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, organization } = await requireOrganizationForStaff(
    request,
    context,
    params.organizationId,
  );
  const page = await loadStaffOrganizationPage(context.services.db, { staff: user, organization });
  return {
    ...page,
    messages: pickMessages(request, [
      "organizations",
      "eligibility",
      "applications.status",
      "diagnostic",
    ]),
  };
}

export default function StaffOrganization({ loaderData }: Route.ComponentProps) {
  return <StaffOrganizationPage data={loaderData} />;
}
