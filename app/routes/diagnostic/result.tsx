import { redirect } from "react-router";
import { requireUser } from "~/features/auth/index.server";
import { ResultPage } from "~/features/diagnostic";
import {
  attachDiagnostic,
  attachFormSchema,
  buildResultView,
  buttonFormSchema,
  diagnosticPaths,
  firstIncompleteStep,
  forgetPendingDiagnostic,
  listMemberOrganizations,
  loadQuestionBank,
  registerOrganizationPath,
  rememberPendingDiagnostic,
  requireDiagnosticAccess,
  type SaveOption,
  savedNoticeTarget,
} from "~/features/diagnostic/index.server";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
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
    messages: pickMessages(request, ["diagnostic"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { diagnostic } = await requireDiagnosticAccess(request, context, params.token);
  const resultPath = diagnosticPaths.result(params.token);
  if (diagnostic.status !== "completed") return redirect(resultPath);
  // A visitor: remember the diagnostic in their browser, then sign up or sign in.
  const remember = { headers: { "set-cookie": rememberPendingDiagnostic(context, params.token) } };
  return handleForms(request, {
    "sign-up": formSpec({
      schema: buttonFormSchema,
      run: async () => "/inscription",
      done: (target) => redirect(target, remember),
    }),
    "sign-in": formSpec({
      schema: buttonFormSchema,
      run: async () => `/connexion?redirectTo=${encodeURIComponent(resultPath)}`,
      done: (target) => redirect(target, remember),
    }),
    attach: formSpec({
      schema: attachFormSchema,
      run: async ({ organizationId }) => {
        const user = await requireUser(request, context);
        return attachDiagnostic({
          db: context.services.db,
          diagnosticId: diagnostic.id,
          organizationId: organizationId ?? "",
          userId: user.id,
          requestId: context.requestId,
        });
      },
      done: (organization) =>
        redirectWithNotice(
          request,
          resultPath,
          {
            key: "diagnostic.result.saved",
            params: { name: organization.name },
            target: savedNoticeTarget,
          },
          { headers: { "set-cookie": forgetPendingDiagnostic(context) } },
        ),
      // Saved elsewhere meanwhile: nothing to show (not a member is NotFound already).
      refused: () => {
        throw notFound();
      },
    }),
  });
}

export default function Result({ loaderData }: Route.ComponentProps) {
  return <ResultPage {...loaderData} />;
}
