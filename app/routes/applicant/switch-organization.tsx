import { Form, Link, redirect } from "react-router";
import { switchOrganizationSchema } from "~/features/organizations";
import {
  requireApplicantContext,
  setActiveOrganization,
} from "~/features/organizations/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFoundError } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { ChoiceGroup } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/switch-organization";

// Choose the organisation the applicant acts for (kept in a cookie, checked on every request).
export async function loader({ request, context }: Route.LoaderArgs) {
  const { memberships, active } = await requireApplicantContext(request, context);
  if (memberships.length === 0) throw redirect("/espace");
  return {
    memberships: memberships.map(({ organizationId, organizationName }) => ({
      organizationId,
      organizationName,
    })),
    activeId: active?.organizationId ?? null,
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { memberships } = await requireApplicantContext(request, context);
  return handleForm(
    request,
    formSpec({
      schema: switchOrganizationSchema,
      run: async ({ organizationId }) => {
        // Someone else's organisation does not exist for this applicant.
        if (!memberships.some((membership) => membership.organizationId === organizationId)) {
          notFoundError("organization");
        }
        return organizationId;
      },
      done: async (organizationId) =>
        redirectWithNotice(
          request,
          "/espace",
          { key: "organizations.notice.switched" },
          { headers: { "set-cookie": await setActiveOrganization(context, organizationId) } },
        ),
    }),
  );
}

export default function SwitchOrganization({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("organizations.switch.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.switch.title")}</h1>
      <p>
        <Link to="/espace">{t("organizations.edit.back")}</Link>
      </p>
      <p>{t("organizations.switch.intro")}</p>
      <Form method="post" className="form">
        <ChoiceGroup
          id="structure"
          type="radio"
          name="organizationId"
          legend={t("organizations.switch.legend")}
          defaultValue={loaderData.activeId}
          options={loaderData.memberships.map((membership) => ({
            id: `structure-${membership.organizationId}`,
            value: membership.organizationId,
            label: membership.organizationName,
          }))}
          inputProps={{ required: true }}
        />
        <button type="submit" className="button">
          {t("organizations.switch.submit")}
        </button>
      </Form>
    </>
  );
}
