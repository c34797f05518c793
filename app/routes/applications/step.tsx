import type { SubmissionResult } from "@conform-to/react";
import { data, redirect } from "react-router";
import { stepsEditableNow } from "~/features/applications/correction.server";
import { rawValuesFromForm } from "~/features/applications/draft";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { fileProblemOf } from "~/features/applications/refusals";
import { parseFormStep } from "~/features/applications/rules";
import { eligibilityNotice, stepOneEligibility } from "~/features/applications/start-eligibility";
import { submitStepForm, uploadDocument } from "~/features/applications/step-actions.server";
import {
  ATTACHMENTS_NOTICE_TARGET,
  AttachmentsStep,
} from "~/features/applications/ui/attachments-step";
import { DeclarationsStep } from "~/features/applications/ui/declarations-step";
import { LevelsStep } from "~/features/applications/ui/levels-step";
import { OrganizationStep } from "~/features/applications/ui/organization-step";
import { ProjectStep } from "~/features/applications/ui/project-step";
import { StartEligibility } from "~/features/applications/ui/start-eligibility";
import { StepFrame, stepUrl } from "~/features/applications/ui/step-frame";
import { loadStepView } from "~/features/applications/views.server";
import { todayInParis } from "~/features/eligibility";
import { pickMessages } from "~/i18n.server";
import { attempt, type Refusal } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { isMultipart, readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/step";

async function guard({ request, context, params }: Route.LoaderArgs | Route.ActionArgs) {
  const found = await requireMemberApplication(request, context, params.id);
  const step = parseFormStep(params.n);
  if (!step) throw notFound();
  const { application } = found;
  const editable = await stepsEditableNow(context.services.db, application);
  if (!editable.includes(step)) {
    const follow = `/espace/candidatures/${application.id}`;
    // In correction, a step the team did not name is refused with a French message.
    if (application.status === "correction_requested") {
      throw await redirectWithNotice(request, follow, {
        key: "applications.correction.stepLocked",
      });
    }
    throw redirect(follow);
  }
  const program = await loadProgramConfig(context.services.db, found.application.programId);
  if (!program) throw notFound();
  return { ...found, step, program, inCorrection: application.status !== "draft" };
}

export async function loader(args: Route.LoaderArgs) {
  const { application, program, step } = await guard(args);
  const view = await loadStepView(args.context.services.db, application, program, step);
  // Step 1 says at once when its data (the structure's) rules the application out (issue 11).
  const locale = localeFromCookie(args.request.headers.get("cookie"));
  const eligibility =
    step === 1
      ? eligibilityNotice(
          stepOneEligibility(view.values, program.eligibilityRules, todayInParis(new Date())),
          program,
          locale,
        )
      : null;
  return {
    ...view,
    eligibility,
    messages: pickMessages(args.request, [
      "applications.eligibility",
      "applications.follow",
      "applications.form",
      "eligibility",
      "organizations",
    ]),
  };
}

// Not a plain form: every button saves what was typed before it validates, and an upload's cap
// depends on what the application already holds; the refusals of the step commands become the
// page's answers below.
export async function action(args: Route.ActionArgs) {
  const { actor, application, program, step, inCorrection } = await guard(args);
  const { request, context } = args;
  const scope = { db: context.services.db, actor, application, requestId: context.requestId };
  const storage = context.services.storage;
  const here = stepUrl(application.id, step);
  if (isMultipart(request)) {
    if (step !== 4) throw notFound();
    const uploaded = await attempt(() => uploadDocument({ ...scope, storage, request }));
    if (!uploaded.ok) return refused(uploaded.refusal, application.id);
    // Shown beside the list of documents (and only while the page shows no error).
    return redirectWithNotice(request, here, {
      key: "applications.attachments.added",
      params: { name: uploaded.value.fileName },
      target: ATTACHMENTS_NOTICE_TARGET,
    });
  }
  const form = await readFormBody(request);
  const saved = await attempt(() => submitStepForm({ ...scope, storage, program, step, form }));
  if (!saved.ok) return refused(saved.refusal, application.id);
  // In correction, every button but a document's removal goes back to the follow page.
  if (inCorrection && saved.value !== "same") {
    return redirectWithNotice(request, `/espace/candidatures/${application.id}`, {
      key: "applications.correction.saved",
    });
  }
  // "Continuer" on step 1 with data that rules the application out: stay on step 1, which says
  // why, rather than fill the next steps for nothing (issue 11).
  if (step === 1 && saved.value === "next") {
    const today = todayInParis(new Date());
    const check = stepOneEligibility(rawValuesFromForm(1, form), program.eligibilityRules, today);
    if (check.eligible === false) {
      return redirectWithNotice(request, here, { key: "applications.eligibility.stepStopped" });
    }
  }
  if (saved.value === "list") {
    return redirectWithNotice(request, "/espace/candidatures", { key: "applications.list.saved" });
  }
  return redirect(
    {
      next: stepUrl(application.id, step + 1),
      previous: stepUrl(application.id, Math.max(1, step - 1)),
      same: here,
    }[saved.value],
  );
}

/** The answer to a refused step action: the form's errors, or the follow page once submitted. */
function refused(refusal: Refusal, applicationId: string) {
  if (refusal.code === "not_draft" || refusal.code === "step_locked") {
    return redirect(`/espace/candidatures/${applicationId}`);
  }
  const details = refusal.details ?? {};
  return data(
    {
      result:
        refusal.code === "invalid" ? (details.result as SubmissionResult<string[]>) : undefined,
      upload: refusal.code === "file" ? fileProblemOf(refusal) : null,
      missing: refusal.code === "missing_documents" ? (details.missing as string[]) : [],
    },
    { status: 400 },
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  const view = loaderData;
  const common = {
    applicationId: view.applicationId,
    version: view.version,
    values: view.values,
    lastResult: actionData?.result,
  };
  return (
    <StepFrame
      applicationId={view.applicationId}
      programName={view.program.name}
      step={view.step}
      reachedStep={view.reachedStep}
      problemCounts={view.problemCounts}
    >
      {view.eligibility ? (
        <StartEligibility notice={view.eligibility} source="step" showToCheck={false} />
      ) : null}
      {view.step === 1 ? <OrganizationStep {...common} /> : null}
      {view.step === 2 ? <ProjectStep {...common} program={view.program} /> : null}
      {view.step === 3 ? <LevelsStep {...common} program={view.program} /> : null}
      {view.step === 4 ? (
        <AttachmentsStep
          applicationId={view.applicationId}
          levels={view.levels}
          allowedKinds={view.allowedKinds}
          attachments={view.attachments}
          uploadLimit={view.uploadLimit}
          upload={actionData?.upload ?? null}
          missing={(actionData?.missing ?? []) as never}
        />
      ) : null}
      {view.step === 5 ? <DeclarationsStep {...common} /> : null}
    </StepFrame>
  );
}
