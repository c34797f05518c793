import {
  adminForm,
  commandContext,
  handleAdminForm,
  listProgrammeHistory,
  programSchemas,
  requireProgrammeAdmin,
  updateProgrammeInfo,
} from "~/features/programs";
import { InfoPage } from "~/features/programs/ui/admin/info-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/info";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    history: await listProgrammeHistory(context.services.db, config.id),
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
      info: adminForm(programSchemas.programmeInfoSchema, (input) =>
        updateProgrammeInfo({ ...base, input }),
      ),
    },
    `/admin/programmes/${config.slug}`,
  );
}

export default function ProgrammeInfo({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.info")} – ${loaderData.config.name}`}</title>
      <InfoPage
        config={loaderData.config}
        history={loaderData.history}
        saved={loaderData.saved}
        actionData={actionData}
      />
    </>
  );
}
