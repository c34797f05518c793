// The PDF receipt of a submitted application, for its organisation's members and staff in reach.
import { requireApplicationReader } from "~/features/applications/guards.server";
import { findSubmission } from "~/features/applications/queries.server";
import { renderReceipt } from "~/features/applications/receipt.server";
import { contentDisposition } from "~/features/applications/rules";
import { notFound } from "~/platform/http/responses";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/receipt";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { application } = await requireApplicationReader(request, context, params.id);
    const submission = await findSubmission(context.services.db, application.id);
    if (!submission) throw notFound();
    const pdf = await renderReceipt(submission.snapshot);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition(
          `accuse-reception-${submission.snapshot.number}.pdf`,
        ),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
