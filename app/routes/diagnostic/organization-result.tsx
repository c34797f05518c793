import { requirePermission } from "~/features/auth/index.server";
import { ResultPage } from "~/features/diagnostic";
import {
  buildResultView,
  diagnosticPaths,
  findOrganizationDiagnostic,
  loadQuestionBank,
} from "~/features/diagnostic/index.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/organization-result";

// A saved result, opened from the organisation's space by one of its members.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = await requirePermission(request, context, "view:area:applicant");
  const { db } = context.services;
  const found = await findOrganizationDiagnostic(db, { userId: user.id, diagnosticId: params.id });
  const bank = found ? await loadQuestionBank(db, found.score.version) : undefined;
  if (!found || !bank) throw notFound();
  return {
    view: buildResultView(bank, found.score),
    completedAt: found.completedAt.toISOString(),
    pdfHref: diagnosticPaths.savedPdf(found.id),
    resumeUrl: null,
    save: { kind: "saved" as const, organizationName: found.organization.name },
    messages: pickMessages(request, ["diagnostic"]),
  };
}

export default function OrganizationResult({ loaderData }: Route.ComponentProps) {
  return <ResultPage {...loaderData} />;
}
