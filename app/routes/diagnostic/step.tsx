import { data, redirect } from "react-router";
import { StepPage } from "~/features/diagnostic";
import {
  completeDiagnostic,
  DiagnosticCommandError,
  diagnosticPaths,
  firstIncompleteStep,
  loadQuestionBank,
  parseStepNumber,
  readStepForm,
  requireDiagnosticAccess,
  type StepQuestionError,
  saveDiagnosticAnswers,
  stepContent,
  stepCount,
  stepQuestions,
  validAnswers,
} from "~/features/diagnostic/index.server";
import { pickMessages } from "~/i18n.server";
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
    notice: url.searchParams.has("enregistre")
      ? ("saved" as const)
      : url.searchParams.has("incomplet")
        ? ("incomplete" as const)
        : null,
    resumeUrl: new URL(
      diagnosticPaths.step(params.token, step),
      context.services.env.APP_URL,
    ).toString(),
    messages: pickMessages(request, ["diagnostic"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { diagnostic, bank, step, user } = await openStep(request, context, params);
  const { db } = context.services;
  const result = diagnosticPaths.result(params.token);
  if (diagnostic.status === "completed") return redirect(result);
  const form = Object.fromEntries(await request.formData());
  const intent = form.intent;
  const read = readStepForm(bank, step, form);
  const actor = { actorId: user?.id ?? null, requestId: context.requestId };
  try {
    if (Object.keys(read.answers).length > 0) {
      await saveDiagnosticAnswers({
        db,
        diagnosticId: diagnostic.id,
        step,
        answers: read.answers,
        ...actor,
      });
    }
  } catch (error) {
    // Completed in another tab meanwhile: its result is final.
    if (error instanceof DiagnosticCommandError && error.code === "completed")
      return redirect(result);
    throw error;
  }
  if (intent === "previous")
    return redirect(diagnosticPaths.step(params.token, Math.max(1, step - 1)));
  if (intent === "save")
    return redirect(`${diagnosticPaths.step(params.token, step)}?enregistre=1`);

  if (read.unanswered.length > 0 || read.invalid.length > 0) {
    const errors: Record<string, StepQuestionError> = {};
    for (const id of read.unanswered) errors[id] = "unanswered";
    for (const id of read.invalid) errors[id] = "invalid";
    const values: Record<string, string> = {};
    for (const [id, answer] of Object.entries(read.answers)) values[id] = String(answer);
    return data({ errors, values }, { status: 400 });
  }
  if (step < stepCount(bank)) return redirect(diagnosticPaths.step(params.token, step + 1));

  const completed = await completeDiagnostic({ db, diagnosticId: diagnostic.id, ...actor });
  if (completed.ok) return redirect(result);
  // A page skipped through its URL: back to the first one with a missing answer.
  const missing = firstIncompleteStep(bank, { ...diagnostic.answers, ...read.answers }) ?? 1;
  return redirect(`${diagnosticPaths.step(params.token, missing)}?incomplet=1`);
}

export default function Step({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <StepPage
      {...loaderData}
      values={actionData?.values ?? loaderData.values}
      errors={actionData?.errors ?? {}}
    />
  );
}
