import {
  adminForm,
  commandContext,
  handleAdminForm,
  programSchemas,
  removeAntenna,
  requireProgrammeAdmin,
  saveAntenna,
} from "~/features/programs";
import { AntennasPage } from "~/features/programs/ui/admin/antennas-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/antennas";

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
      antenna: adminForm(programSchemas.antennaSchema, (input) => saveAntenna({ ...base, input })),
      removeAntenna: adminForm(programSchemas.removeAntennaSchema, ({ antennaId }) =>
        removeAntenna({ ...base, antennaId }),
      ),
    },
    `/admin/programmes/${config.slug}/antennes`,
  );
}

export default function ProgrammeAntennas({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.antennas")} – ${loaderData.config.name}`}</title>
      <AntennasPage config={loaderData.config} saved={loaderData.saved} actionData={actionData} />
    </>
  );
}
