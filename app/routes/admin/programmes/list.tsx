import { redirect } from "react-router";
import { requirePermission } from "~/features/auth";
import {
  adminForm,
  commandContext,
  createProgramme,
  handleAdminForm,
  listProgrammes,
  MANAGE_PROGRAMMES,
  programSchemas,
} from "~/features/programs";
import { ProgrammeList } from "~/features/programs/ui/admin/programme-list";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/list";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, MANAGE_PROGRAMMES);
  return {
    programmes: await listProgrammes(context.services.db),
    messages: pickMessages(request, ["programs.admin", "programs.public"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requirePermission(request, context, MANAGE_PROGRAMMES);
  let created: string | undefined;
  const response = await handleAdminForm(
    request,
    {
      create: adminForm(programSchemas.createProgrammeSchema, async (input) => {
        const result = await createProgramme({ ...commandContext(user, context), input });
        created = result.slug;
        return result;
      }),
    },
    "/admin/programmes",
  );
  return created ? redirect(`/admin/programmes/${created}?enregistre=create`) : response;
}

export default function AdminProgrammes({ loaderData, actionData }: Route.ComponentProps) {
  return <ProgrammeList programmes={loaderData.programmes} actionData={actionData} />;
}
