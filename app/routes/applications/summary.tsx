import { redirect } from "react-router";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { submitApplicationSchema } from "~/features/applications/new-application.form";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { SUMMARY_STEP } from "~/features/applications/rules";
import { submitApplication } from "~/features/applications/submit-application.server";
import { StepFrame } from "~/features/applications/ui/step-frame";
import { SummaryPage } from "~/features/applications/ui/summary-page";
import { loadSummaryView } from "~/features/applications/views.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/summary";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application } = await requireMemberApplication(request, context, params.id);
  if (application.status !== "draft") throw redirect(`/espace/candidatures/${application.id}`);
  const program = await loadProgramConfig(context.services.db, application.programId);
  if (!program) throw notFound();
  const locale = localeFromCookie(request.headers.get("cookie"));
  return {
    ...(await loadSummaryView(context.services.db, application, program, locale)),
    messages: pickMessages(request, [
      "applications.follow",
      "applications.form",
      "applications.status",
      "eligibility",
      "organizations",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const { db, jobs, env } = context.services;
  const here = `/espace/candidatures/${application.id}`;
  return handleForm(
    request,
    formSpec({
      schema: submitApplicationSchema,
      run: () =>
        submitApplication({
          db,
          jobs,
          actor,
          applicationId: application.id,
          organizationId: application.organizationId,
          appUrl: env.APP_URL,
          requestId: context.requestId,
        }),
      // A retry (double click) finds it submitted and gets the same number back.
      done: ({ number }) =>
        redirectWithNotice(request, here, {
          key: "applications.follow.submitted",
          params: { number },
        }),
      // Invalid or ineligible: the default answer (409), and the page shows what to fix, recomputed
      // by the loader. No longer a draft: the follow page.
      refused: (refusal) => (refusal.code === "not_allowed" ? redirect(here) : undefined),
    }),
  );
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return (
    <StepFrame
      applicationId={loaderData.applicationId}
      programName={loaderData.program.name}
      step={SUMMARY_STEP}
      reachedStep={loaderData.reachedStep}
      problemCounts={loaderData.problemCounts}
    >
      <SummaryPage {...loaderData} />
    </StepFrame>
  );
}
