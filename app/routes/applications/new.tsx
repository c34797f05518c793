import { redirect } from "react-router";
import { createApplicationDraft } from "~/features/applications/create-draft.server";
import { requireApplicant } from "~/features/applications/guards.server";
import { newApplicationSchema } from "~/features/applications/new-application.form";
import {
  findApplicationOfOrganization,
  listOpenPrograms,
} from "~/features/applications/queries.server";
import { NewApplication } from "~/features/applications/ui/new-application";
import { stepUrl } from "~/features/applications/ui/step-frame";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/new";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { organization } = await requireApplicant(request, context);
  const programs = await listOpenPrograms(context.services.db);
  return {
    organizationName: organization.name,
    programs,
    messages: pickMessages(request, ["applications.follow", "applications.form", "organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organization } = await requireApplicant(request, context);
  const { db } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: newApplicationSchema,
      run: async ({ programId }) => {
        const program = (await listOpenPrograms(db)).find((open) => open.id === programId);
        // A programme closed meanwhile: back to the choice, which no longer lists it.
        if (!program) throw redirect("/espace/candidatures/nouvelle");
        const { id } = await createApplicationDraft({
          db,
          actor,
          organizationId: organization.id,
          programId: program.id,
          requestId: context.requestId,
        });
        const draft = await findApplicationOfOrganization(db, {
          applicationId: id,
          organizationId: organization.id,
        });
        return stepUrl(id, draft?.currentStep ?? 1);
      },
      done: (to) => redirect(to),
    }),
  );
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <NewApplication {...loaderData} />;
}
