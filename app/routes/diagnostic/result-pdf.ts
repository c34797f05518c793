import { redirect } from "react-router";
import {
  buildResultView,
  diagnosticPaths,
  loadQuestionBank,
  pdfDownloadResponse,
  renderResultPdf,
  requireDiagnosticAccess,
} from "~/features/diagnostic/index.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/result-pdf";

// The result as a PDF download, with the same access rule as the result page.
export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { diagnostic, organization } = await requireDiagnosticAccess(
      request,
      context,
      params.token,
    );
    const bank = await loadQuestionBank(context.services.db, diagnostic.version);
    if (!bank) throw notFound();
    if (!diagnostic.score || !diagnostic.completedAt) {
      throw redirect(diagnosticPaths.step(params.token, 1));
    }
    const { APP_URL } = context.services.env;
    // The accessible version: the organisation's page once saved (its members only), else the
    // result page of the link the visitor holds.
    const page = organization
      ? diagnosticPaths.saved(diagnostic.id)
      : diagnosticPaths.result(params.token);
    const pdf = await renderResultPdf({
      view: buildResultView(bank, diagnostic.score),
      completedAt: diagnostic.completedAt.toISOString(),
      organizationName: organization?.name ?? null,
      appUrl: APP_URL,
      pageUrl: new URL(page, APP_URL).toString(),
      locale: localeFromCookie(request.headers.get("cookie")),
    });
    return pdfDownloadResponse(pdf, diagnostic.completedAt);
  },
);
