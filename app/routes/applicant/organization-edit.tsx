import { parseWithZod } from "@conform-to/zod/v4";
import { data, Link, redirect } from "react-router";
import { OTHER_AXIS } from "~/features/eligibility";
import { listActionAxes } from "~/features/organizations/action-axes.server";
import { requireOrganizationMember } from "~/features/organizations/index.server";
import { buildOrganizationProfileSchema } from "~/features/organizations/organization-profile.schema";
import { formValuesFromRecord } from "~/features/organizations/organization-record";
import { runCommand } from "~/features/organizations/run-command.server";
import { withNotice } from "~/features/organizations/ui/notices";
import { OrganizationForm } from "~/features/organizations/ui/organization-form";
import { updateOrganization } from "~/features/organizations/update-organization.server";
import { pickMessages } from "~/i18n.server";
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
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, organization } = await requireOrganizationMember(request, context);
  const axes = await listActionAxes(context.services.db);
  const submission = parseWithZod(await request.formData(), {
    schema: buildOrganizationProfileSchema({
      // Codes the organisation ticked earlier stay valid if a programme dropped them since.
      axisCodes: [...axes.map((axis) => axis.code), ...organization.actionAxes],
    }),
    disableAutoCoercion: true,
  });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const outcome = await runCommand(() =>
    updateOrganization({
      db: context.services.db,
      actorId: user.id,
      organizationId: organization.id,
      profile: submission.value,
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) {
    const field = outcome.error.details.field ?? "siret";
    return data(
      {
        result: submission.reply({ fieldErrors: { [field]: [`organizations.conflict.${field}`] } }),
      },
      { status: outcome.code === "already_registered" ? 409 : 400 },
    );
  }
  return redirect(withNotice("/espace", "modifie"));
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
