import { redirect } from "react-router";
import { z } from "zod";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { resubmitCorrection } from "~/features/applications/resubmit-correction.server";
import { ResubmitPage } from "~/features/applications/ui/resubmit-page";
import { loadResubmitView } from "~/features/applications/views.server";
import { type FormReply, formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/resubmit";

/** The confirmation carries no field. */
const resubmitSchema = z.object({});

// A member of the organisation, while the application is to correct; otherwise the follow page.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application } = await requireMemberApplication(request, context, params.id);
  if (application.status !== "correction_requested") {
    throw redirect(`/espace/candidatures/${application.id}`);
  }
  const program = await loadProgramConfig(context.services.db, application.programId);
  if (!program) throw notFound();
  return {
    view: await loadResubmitView(context.services.db, application, program),
    messages: pickMessages(request, [
      "applications.follow",
      "applications.form",
      "organizations",
      "eligibility",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const { db, jobs, env } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: resubmitSchema,
      run: () =>
        resubmitCorrection({
          db,
          jobs,
          actor,
          applicationId: application.id,
          organizationId: application.organizationId,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, `/espace/candidatures/${application.id}`, {
          key: "applications.correction.resubmitted",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  const reply = actionData as FormReply | undefined;
  const refusal = reply?.result.error?.[""]?.[0] ?? null;
  return <ResubmitPage {...loaderData.view} refusal={refusal} />;
}
