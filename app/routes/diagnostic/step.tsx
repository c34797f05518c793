import { data, redirect } from "react-router";
import { StepPage } from "~/features/diagnostic";
import {
  completeDiagnostic,
  diagnosticPaths,
  firstIncompleteStep,
  loadQuestionBank,
  parseStepNumber,
  requireDiagnosticAccess,
  saveDiagnosticAnswers,
  stepContent,
  stepCount,
  stepDraftStorageKey,
  stepErrors,
  stepFormSchema,
  stepQuestions,
  validAnswers,
} from "~/features/diagnostic/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { refuse } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/step";

/** The diagnostic, its bank and the step of the URL, or 404. */
async function openStep(
  request: Request,
  context: Route.LoaderArgs["context"],
  params: Route.LoaderArgs["params"],
) {
  const access = await requireDiagnosticAccess(request, context, params.token);
  const bank = await loadQuestionBank(context.services.db, access.diagnostic.version);
  const step = bank ? parseStepNumber(bank, params.step) : undefined;
  if (!bank || step === undefined) throw notFound();
  return { ...access, bank, step };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { diagnostic, bank, step } = await openStep(request, context, params);
  if (diagnostic.status === "completed") throw redirect(diagnosticPaths.result(params.token));
  const content = stepContent(bank, step);
  const saved = validAnswers(bank, diagnostic.answers);
  const values: Record<string, string> = {};
  for (const question of stepQuestions(bank, step)) {
    const answer = saved[question.id];
    if (answer !== undefined) values[question.id] = String(answer);
  }
  const url = new URL(request.url);
  return {
    step,
    count: stepCount(bank),
    dimensionTitle: content?.kind === "dimension" ? content.dimension.title : null,
    questions: stepQuestions(bank, step).map(({ id, text, labels, allowsNotApplicable }) => ({
      id,
      text,
      labels: [...labels],
      allowsNotApplicable,
    })),
    notApplicableLabel: bank.notApplicableLabel,
    values,
    // Why the visitor is on this step (page state, not a confirmation): answers are missing.
    incomplete: url.searchParams.has("incomplet"),
    resumeUrl: new URL(
      diagnosticPaths.step(params.token, step),
      context.services.env.APP_URL,
    ).toString(),
    draftKey: stepDraftStorageKey(diagnostic.id, step),
    messages: pickMessages(request, ["diagnostic"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { diagnostic, bank, step, user } = await openStep(request, context, params);
  const { db } = context.services;
  const result = diagnosticPaths.result(params.token);
  const stepPath = (number: number) => diagnosticPaths.step(params.token, number);
  if (diagnostic.status === "completed") return redirect(result);
  const actor = { actorId: user?.id ?? null, requestId: context.requestId };
  return handleForm(
    request,
    formSpec({
      schema: stepFormSchema(bank, step),
      coerce: false,
      run: async (form) => {
        // Every button saves what is valid, even when "Suivant" is then refused.
        if (Object.keys(form.answers).length > 0) {
          await saveDiagnosticAnswers({
            db,
            diagnosticId: diagnostic.id,
            step,
            answers: form.answers,
            ...actor,
          });
        }
        if (form.intent !== "next") return form;
        const errors = stepErrors(form);
        if (errors) {
          refuse({
            code: "step_unanswered",
            message: "diagnostic.error.invalidAnswers",
            params: { questions: Object.keys(errors.errors).join(", ") },
          });
        }
        if (step === stepCount(bank)) {
          await completeDiagnostic({ db, diagnosticId: diagnostic.id, ...actor });
        }
        return form;
      },
      done: (form) => {
        if (form.intent === "previous") return redirect(stepPath(Math.max(1, step - 1)));
        if (form.intent === "save") {
          return redirectWithNotice(request, stepPath(step), { key: "diagnostic.step.saved" });
        }
        return redirect(step < stepCount(bank) ? stepPath(step + 1) : result);
      },
      refused: (refusal, form) => {
        // Completed in another tab meanwhile: its result is final.
        if (refusal.code === "completed") return redirect(result);
        const errors = stepErrors(form);
        if (refusal.code === "step_unanswered" && errors) return data(errors, { status: 400 });
        // A page skipped through its URL: back to the first one with a missing answer.
        const missing = firstIncompleteStep(bank, { ...diagnostic.answers, ...form.answers }) ?? 1;
        return redirect(`${stepPath(missing)}?incomplet=1`);
      },
    }),
  );
}

export default function Step({ loaderData, actionData }: Route.ComponentProps) {
  const refused = actionData && "errors" in actionData ? actionData : null;
  return (
    <StepPage
      {...loaderData}
      values={refused?.values ?? loaderData.values}
      errors={refused?.errors ?? {}}
    />
  );
}
