import { programSchemas } from "~/features/programs";
import {
  commandContext,
  removeSupportLevel,
  requireProgrammeAdmin,
  savedForm,
  saveSupportLevel,
  updateRediagnosticMonths,
} from "~/features/programs/index.server";
import { LevelsPage } from "~/features/programs/ui/admin/levels-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/levels";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    messages: pickMessages(request, ["funding", "programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  const saved = savedForm(request, `/admin/programmes/${config.slug}/echelons`);
  return handleForms(request, {
    level: saved(programSchemas.supportLevelSchema, (input) =>
      saveSupportLevel({ ...base, input }),
    ),
    removeLevel: saved(programSchemas.removeLevelSchema, ({ kind }) =>
      removeSupportLevel({ ...base, kind }),
    ),
    rediagnostic: saved(programSchemas.rediagnosticSchema, ({ rediagnosticMonths }) =>
      updateRediagnosticMonths({ ...base, months: rediagnosticMonths }),
    ),
  });
}

export default function ProgrammeLevels({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.levels")} – ${loaderData.config.name}`}</title>
      <LevelsPage config={loaderData.config} actionData={actionData} />
    </>
  );
}
