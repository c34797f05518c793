import { Link } from "react-router";
import { OTHER_AXIS } from "~/features/eligibility";
import { buildOrganizationProfileSchema, formValuesFromRecord } from "~/features/organizations";
import {
  listActionAxes,
  requireOrganizationMember,
  updateOrganization,
} from "~/features/organizations/index.server";
import { OrganizationForm } from "~/features/organizations/ui/organization-form";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/organization-edit";

// Edit the profile of the organisation the applicant acts for.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { organization } = await requireOrganizationMember(request, context);
  const programmeAxes = await listActionAxes(context.services.db);
  // An axis ticked earlier and since dropped by the programmes stays visible, so it is not lost.
  const dropped = organization.actionAxes
    .filter((code) => code !== OTHER_AXIS && !programmeAxes.some((axis) => axis.code === code))
    .map((code) => ({ code, label: code }));
  return {
    axes: [...programmeAxes, ...dropped],
    values: formValuesFromRecord(organization),
    messages: pickMessages(request, ["eligibility", "organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const axes = await listActionAxes(context.services.db);
  return handleForm(
    request,
    formSpec({
      schema: buildOrganizationProfileSchema({
        // Codes the organisation ticked earlier stay valid if a programme dropped them since.
        axisCodes: [...axes.map((axis) => axis.code), ...organization.actionAxes],
      }),
      coerce: false,
      run: (profile) =>
        updateOrganization({
          db: context.services.db,
          actorId: user.id,
          organizationId: organization.id,
          profile,
          requestId: context.requestId,
        }),
      done: () => redirectWithNotice(request, "/espace", { key: "organizations.notice.updated" }),
    }),
  );
}

export default function EditOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("organizations.edit.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.edit.title")}</h1>
      <p>
        <Link to="/espace">{t("organizations.edit.back")}</Link>
      </p>
      <OrganizationForm
        axes={loaderData.axes}
        lastResult={actionData?.result}
        defaultValue={loaderData.values}
        submitLabel={t("organizations.form.submitUpdate")}
      />
    </>
  );
}
