import {
  addAxis,
  adminForm,
  commandContext,
  handleAdminForm,
  programSchemas,
  removeAxis,
  renameAxis,
  requireProgrammeAdmin,
} from "~/features/programs";
import { AxesPage } from "~/features/programs/ui/admin/axes-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/axes";

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
      addAxis: adminForm(programSchemas.addAxisSchema, ({ code, label }) =>
        addAxis({ ...base, code, label }),
      ),
      editAxis: adminForm(programSchemas.editAxisSchema, ({ axisId, label }) =>
        renameAxis({ ...base, axisId, label }),
      ),
      removeAxis: adminForm(programSchemas.removeAxisSchema, ({ axisId }) =>
        removeAxis({ ...base, axisId }),
      ),
    },
    `/admin/programmes/${config.slug}/axes`,
  );
}

export default function ProgrammeAxes({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.axes")} – ${loaderData.config.name}`}</title>
      <AxesPage config={loaderData.config} saved={loaderData.saved} actionData={actionData} />
    </>
  );
}
