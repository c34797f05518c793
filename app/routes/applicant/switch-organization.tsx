import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, redirect } from "react-router";
import { z } from "zod";
import { setActiveOrganization } from "~/features/organizations/guards.server";
import { getApplicantContext } from "~/features/organizations/index.server";
import { withNotice } from "~/features/organizations/ui/notices";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { ChoiceGroup } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/switch-organization";

const SwitchSchema = z.object({ organizationId: z.uuid() });

// Choose the organisation the applicant acts for (kept in a cookie, checked on every request).
export async function loader({ request, context }: Route.LoaderArgs) {
  const { memberships, active } = await getApplicantContext(request, context);
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
  const { memberships } = await getApplicantContext(request, context);
  const submission = parseWithZod(await request.formData(), { schema: SwitchSchema });
  if (submission.status !== "success") throw notFound();
  const { organizationId } = submission.value;
  // Someone else's organisation does not exist for this applicant.
  if (!memberships.some((membership) => membership.organizationId === organizationId)) {
    throw notFound();
  }
  return redirect(withNotice("/espace", "change"), {
    headers: { "set-cookie": await setActiveOrganization(context, organizationId) },
  });
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
