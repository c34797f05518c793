import { data, redirect } from "react-router";
import { requireUser } from "~/features/auth/index.server";
import { ResultPage } from "~/features/diagnostic";
import {
  attachDiagnostic,
  buildResultView,
  DiagnosticCommandError,
  diagnosticPaths,
  firstIncompleteStep,
  forgetPendingDiagnostic,
  listMemberOrganizations,
  loadQuestionBank,
  registerOrganizationPath,
  rememberPendingDiagnostic,
  requireDiagnosticAccess,
  type SaveOption,
} from "~/features/diagnostic/index.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/result";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { diagnostic, user, organization } = await requireDiagnosticAccess(
    request,
    context,
    params.token,
  );
  const { db, env } = context.services;
  const bank = await loadQuestionBank(db, diagnostic.version);
  if (!bank) throw notFound();
  if (diagnostic.status !== "completed" || !diagnostic.score || !diagnostic.completedAt) {
    throw redirect(
      diagnosticPaths.step(params.token, firstIncompleteStep(bank, diagnostic.answers) ?? 1),
    );
  }
  const resultPath = diagnosticPaths.result(params.token);
  let save: SaveOption = { kind: "visitor" };
  if (organization) {
    save = { kind: "saved", organizationName: organization.name };
  } else if (user) {
    const organizations = await listMemberOrganizations(db, user.id);
    save =
      organizations.length > 0
        ? { kind: "member", organizations: organizations.map(({ id, name }) => ({ id, name })) }
        : { kind: "no_organization", registerHref: registerOrganizationPath(resultPath) };
  }
  return {
    view: buildResultView(bank, diagnostic.score),
    completedAt: diagnostic.completedAt.toISOString(),
    pdfHref: diagnosticPaths.pdf(params.token),
    resumeUrl: new URL(resultPath, env.APP_URL).toString(),
    save,
    justSaved: new URL(request.url).searchParams.has("enregistre"),
    messages: pickMessages(request, ["diagnostic"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { diagnostic } = await requireDiagnosticAccess(request, context, params.token);
  const resultPath = diagnosticPaths.result(params.token);
  const form = await request.formData();
  const intent = form.get("intent");
  if (diagnostic.status !== "completed") return redirect(resultPath);

  // A visitor: remember the diagnostic in their browser, then sign up or sign in.
  if (intent === "sign-up" || intent === "sign-in") {
    const headers = { "set-cookie": rememberPendingDiagnostic(context, params.token) };
    const target =
      intent === "sign-up"
        ? "/inscription"
        : `/connexion?redirectTo=${encodeURIComponent(resultPath)}`;
    return redirect(target, { headers });
  }
  if (intent !== "attach")
    return data({ formError: "diagnostic.error.invalidBody" as const }, { status: 400 });

  const user = await requireUser(request, context);
  const organizationId = form.get("organizationId");
  try {
    await attachDiagnostic({
      db: context.services.db,
      diagnosticId: diagnostic.id,
      organizationId: typeof organizationId === "string" ? organizationId : "",
      userId: user.id,
      requestId: context.requestId,
    });
  } catch (error) {
    // Not a member of that structure, or saved elsewhere meanwhile: nothing to show.
    if (error instanceof DiagnosticCommandError) throw notFound();
    throw error;
  }
  return redirect(`${resultPath}?enregistre=1`, {
    headers: { "set-cookie": forgetPendingDiagnostic(context) },
  });
}

export default function Result({ loaderData, actionData }: Route.ComponentProps) {
  return <ResultPage {...loaderData} formError={actionData?.formError ?? null} />;
}
