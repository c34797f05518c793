import { programSchemas } from "~/features/programs";
import {
  commandContext,
  createProgramme,
  listProgrammes,
  requireProgrammesAdmin,
} from "~/features/programs/index.server";
import { ProgrammeList } from "~/features/programs/ui/admin/programme-list";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/list";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireProgrammesAdmin(request, context);
  return {
    programmes: await listProgrammes(context.services.db),
    messages: pickMessages(request, ["programs.admin", "programs.public"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireProgrammesAdmin(request, context);
  return handleForms(request, {
    create: formSpec({
      schema: programSchemas.createProgrammeSchema,
      run: (input) => createProgramme({ ...commandContext(user, context), input }),
      done: ({ slug }) =>
        redirectWithNotice(request, `/admin/programmes/${slug}`, { key: "programs.admin.created" }),
    }),
  });
}

export default function AdminProgrammes({ loaderData, actionData }: Route.ComponentProps) {
  return <ProgrammeList programmes={loaderData.programmes} actionData={actionData} />;
}
