import { programSchemas } from "~/features/programs";
import {
  addAxis,
  commandContext,
  removeAxis,
  renameAxis,
  requireProgrammeAdmin,
  savedForm,
} from "~/features/programs/index.server";
import { AxesPage } from "~/features/programs/ui/admin/axes-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/axes";

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
  const saved = savedForm(request, `/admin/programmes/${config.slug}/axes`);
  return handleForms(request, {
    addAxis: saved(programSchemas.addAxisSchema, ({ code, label }) =>
      addAxis({ ...base, code, label }),
    ),
    editAxis: saved(programSchemas.editAxisSchema, ({ axisId, label }) =>
      renameAxis({ ...base, axisId, label }),
    ),
    removeAxis: saved(programSchemas.removeAxisSchema, ({ axisId }) =>
      removeAxis({ ...base, axisId }),
    ),
  });
}

export default function ProgrammeAxes({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.axes")} – ${loaderData.config.name}`}</title>
      <AxesPage config={loaderData.config} actionData={actionData} />
    </>
  );
}
