import {
  adminForm,
  commandContext,
  handleAdminForm,
  programSchemas,
  requireProgrammeAdmin,
  updateEligibilityRules,
} from "~/features/programs";
import { EligibilityRulesPage } from "~/features/programs/ui/admin/eligibility-rules-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/eligibility";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    saved: new URL(request.url).searchParams.get("enregistre"),
    messages: pickMessages(request, ["programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  return handleAdminForm(
    request,
    {
      eligibility: adminForm(programSchemas.eligibilityRulesSchema, (input) =>
        updateEligibilityRules({ ...base, input }),
      ),
    },
    `/admin/programmes/${config.slug}/eligibilite`,
  );
}

export default function ProgrammeEligibilityRules({
  loaderData,
  actionData,
}: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.eligibility")} – ${loaderData.config.name}`}</title>
      <EligibilityRulesPage
        config={loaderData.config}
        saved={loaderData.saved}
        actionData={actionData}
      />
    </>
  );
}
