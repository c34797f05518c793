import { requirePermission } from "~/features/auth/index.server";
import {
  buildResultView,
  diagnosticPaths,
  findOrganizationDiagnostic,
  loadQuestionBank,
  pdfDownloadResponse,
  renderResultPdf,
} from "~/features/diagnostic/index.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/organization-result-pdf";

// The PDF of a saved result, for the organisation's members only.
export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const user = await requirePermission(request, context, "view:area:applicant");
    const { db } = context.services;
    const found = await findOrganizationDiagnostic(db, {
      userId: user.id,
      diagnosticId: params.id,
    });
    const bank = found ? await loadQuestionBank(db, found.score.version) : undefined;
    if (!found || !bank) throw notFound();
    const pdf = await renderResultPdf({
      view: buildResultView(bank, found.score),
      completedAt: found.completedAt.toISOString(),
      organizationName: found.organization.name,
      appUrl: context.services.env.APP_URL,
      pageUrl: new URL(diagnosticPaths.saved(found.id), context.services.env.APP_URL).toString(),
      locale: localeFromCookie(request.headers.get("cookie")),
    });
    return pdfDownloadResponse(pdf, found.completedAt);
  },
);
