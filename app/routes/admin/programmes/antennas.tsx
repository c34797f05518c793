import { programSchemas } from "~/features/programs";
import {
  commandContext,
  removeAntenna,
  requireProgrammeAdmin,
  saveAntenna,
  savedForm,
} from "~/features/programs/index.server";
import { AntennasPage } from "~/features/programs/ui/admin/antennas-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/antennas";

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
  const saved = savedForm(request, `/admin/programmes/${config.slug}/antennes`);
  return handleForms(request, {
    antenna: saved(programSchemas.antennaSchema, (input) => saveAntenna({ ...base, input })),
    removeAntenna: saved(programSchemas.removeAntennaSchema, ({ antennaId }) =>
      removeAntenna({ ...base, antennaId }),
    ),
  });
}

export default function ProgrammeAntennas({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.antennas")} – ${loaderData.config.name}`}</title>
      <AntennasPage config={loaderData.config} actionData={actionData} />
    </>
  );
}
