import { programSchemas } from "~/features/programs";
import {
  commandContext,
  listProgrammeHistory,
  requireProgrammeAdmin,
  savedForm,
  updateProgrammeInfo,
} from "~/features/programs/index.server";
import { InfoPage } from "~/features/programs/ui/admin/info-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/info";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    history: await listProgrammeHistory(context.services.db, config.id),
    messages: pickMessages(request, ["programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  const saved = savedForm(request, `/admin/programmes/${config.slug}`);
  return handleForms(request, {
    info: saved(programSchemas.programmeInfoSchema, (input) =>
      updateProgrammeInfo({ ...base, input }),
    ),
  });
}

export default function ProgrammeInfo({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.info")} – ${loaderData.config.name}`}</title>
      <InfoPage config={loaderData.config} history={loaderData.history} actionData={actionData} />
    </>
  );
}
