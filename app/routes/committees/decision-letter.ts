// The committee's decision letter (PDF) of an application, for the members of its organisation
// only (staff read the decision in the committee's pages); 404 for anyone else and while no
// closed session has decided on it. An amended decision's letter is the corrected one.
import { requireMemberApplication } from "~/features/applications/guards.server";
import { contentDisposition } from "~/features/applications/rules";
import { decisionLetterOf } from "~/features/committees/index.server";
import { notFound } from "~/platform/http/responses";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/decision-letter";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { application } = await requireMemberApplication(request, context, params.id);
    const { db, storage, env } = context.services;
    const found = await decisionLetterOf({ db, storage, appUrl: env.APP_URL }, application.id);
    if (!found) throw notFound();
    return new Response(new Uint8Array(found.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(found.pdf.byteLength),
        "Content-Disposition": contentDisposition(found.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
