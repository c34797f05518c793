// Downloads a deliverable's file, for the support's staff only: as an attachment, with the type
// sniffed at upload, under a sandboxing CSP and nosniff (like an application's documents).
import { contentDisposition } from "~/features/applications";
import { findDeliverable, requireSupport } from "~/features/supports/index.server";
import { notFound } from "~/platform/http/responses";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/deliverable";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { support } = await requireSupport(request, context, params.supportId);
    const file = await findDeliverable(context.services.db, support.id, params.milestoneId);
    if (!file) throw notFound();
    const stream = await context.services.storage.get(file.storageKey);
    if (!stream) throw notFound();
    return new Response(stream, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
