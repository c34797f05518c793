import {
  adminForm,
  commandContext,
  handleAdminForm,
  programSchemas,
  removeSupportLevel,
  requireProgrammeAdmin,
  saveSupportLevel,
} from "~/features/programs";
import { LevelsPage } from "~/features/programs/ui/admin/levels-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/levels";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    saved: new URL(request.url).searchParams.get("enregistre"),
    messages: pickMessages(request, ["funding", "programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  return handleAdminForm(
    request,
    {
      level: adminForm(programSchemas.supportLevelSchema, (input) =>
        saveSupportLevel({ ...base, input }),
      ),
      removeLevel: adminForm(programSchemas.removeLevelSchema, ({ kind }) =>
        removeSupportLevel({ ...base, kind }),
      ),
    },
    `/admin/programmes/${config.slug}/echelons`,
  );
}

export default function ProgrammeLevels({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.levels")} – ${loaderData.config.name}`}</title>
      <LevelsPage config={loaderData.config} saved={loaderData.saved} actionData={actionData} />
    </>
  );
}
