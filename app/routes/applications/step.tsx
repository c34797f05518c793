import { data, redirect } from "react-router";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { parseFormStep } from "~/features/applications/rules";
import {
  deleteDocument,
  STEP_FORM_MAX_BYTES,
  type StepOutcome,
  saveStep,
  uploadDocument,
} from "~/features/applications/step-actions.server";
import { AttachmentsStep } from "~/features/applications/ui/attachments-step";
import { DeclarationsStep } from "~/features/applications/ui/declarations-step";
import { LevelsStep } from "~/features/applications/ui/levels-step";
import { OrganizationStep } from "~/features/applications/ui/organization-step";
import { ProjectStep } from "~/features/applications/ui/project-step";
import { StepFrame, stepUrl } from "~/features/applications/ui/step-frame";
import { isMultipart, readCappedFormData } from "~/features/applications/upload.server";
import { loadStepView } from "~/features/applications/views.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/step";

async function guard({ request, context, params }: Route.LoaderArgs | Route.ActionArgs) {
  const found = await requireMemberApplication(request, context, params.id);
  const step = parseFormStep(params.n);
  if (!step) throw notFound();
  if (found.application.status !== "draft")
    throw redirect(`/espace/candidatures/${found.application.id}`);
  const program = await loadProgramConfig(context.services.db, found.application.programId);
  if (!program) throw notFound();
  return { ...found, step, program };
}

export async function loader(args: Route.LoaderArgs) {
  const { application, program, step } = await guard(args);
  const view = await loadStepView(args.context.services.db, application, program, step);
  return {
    ...view,
    added: new URL(args.request.url).searchParams.get("ajoute"),
    messages: pickMessages(args.request, [
      "applications.follow",
      "applications.form",
      "eligibility",
      "organizations",
    ]),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, application, program, step } = await guard(args);
  const { request, context } = args;
  const scope = { db: context.services.db, actor, application, requestId: context.requestId };
  const storage = context.services.storage;
  let outcome: StepOutcome;
  if (isMultipart(request)) {
    if (step !== 4) throw notFound();
    outcome = await uploadDocument({ ...scope, storage, request });
  } else {
    const form = await readCappedFormData(request, STEP_FORM_MAX_BYTES);
    outcome =
      form.get("intent") === "delete-attachment"
        ? await deleteDocument({ ...scope, storage, form })
        : await saveStep({ ...scope, program, step, form });
  }
  const here = stepUrl(application.id, step);
  switch (outcome.kind) {
    case "redirect": {
      const to = {
        next: stepUrl(application.id, step + 1),
        previous: stepUrl(application.id, Math.max(1, step - 1)),
        list: "/espace/candidatures?enregistre=1",
        same: here,
      }[outcome.to];
      return redirect(to);
    }
    case "added":
      return redirect(`${here}?ajoute=${encodeURIComponent(outcome.fileName)}`);
    case "closed":
      return redirect(`/espace/candidatures/${application.id}`);
    case "invalid":
      return data({ result: outcome.result, upload: null, missing: [] }, { status: 400 });
    case "missing":
      return data({ result: undefined, upload: null, missing: outcome.missing }, { status: 400 });
    case "upload":
      return data(
        {
          result: undefined,
          upload: { problem: outcome.problem, fileName: outcome.fileName },
          missing: [],
        },
        { status: 400 },
      );
  }
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
    >
      {view.step === 1 ? <OrganizationStep {...common} /> : null}
      {view.step === 2 ? <ProjectStep {...common} program={view.program} /> : null}
      {view.step === 3 ? <LevelsStep {...common} program={view.program} /> : null}
      {view.step === 4 ? (
        <AttachmentsStep
          applicationId={view.applicationId}
          levels={view.levels}
          allowedKinds={view.allowedKinds}
          attachments={view.attachments}
          upload={actionData?.upload ?? null}
          added={view.added}
          missing={(actionData?.missing ?? []) as never}
        />
      ) : null}
      {view.step === 5 ? <DeclarationsStep {...common} /> : null}
    </StepFrame>
  );
}
