import { programSchemas } from "~/features/programs";
import {
  commandContext,
  requireProgrammeAdmin,
  savedForm,
  updateEligibilityRules,
} from "~/features/programs/index.server";
import { EligibilityRulesPage } from "~/features/programs/ui/admin/eligibility-rules-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/eligibility";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    messages: pickMessages(request, ["programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  const saved = savedForm(request, `/admin/programmes/${config.slug}/eligibilite`);
  return handleForms(request, {
    eligibility: saved(programSchemas.eligibilityRulesSchema, (input) =>
      updateEligibilityRules({ ...base, input }),
    ),
  });
}

export default function ProgrammeEligibilityRules({
  loaderData,
  actionData,
}: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.eligibility")} – ${loaderData.config.name}`}</title>
      <EligibilityRulesPage config={loaderData.config} actionData={actionData} />
    </>
  );
}
