// Downloads one file of an application: as an attachment, with the type sniffed at upload; for its
// organisation's members and staff in reach only. `?apercu=1` (the staff file's "Ouvrir") shows a
// PDF, PNG or JPEG inline, under the same sandboxing CSP and nosniff; any other type stays an
// attachment.
import { requireApplicationReader } from "~/features/applications/guards.server";
import { findAttachment } from "~/features/applications/queries.server";
import { contentDisposition } from "~/features/applications/rules";
import { notFound } from "~/platform/http/responses";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/download";

/** The sniffed types a browser may show inline with `?apercu=1`. */
const INLINE_TYPES: ReadonlySet<string> = new Set(["application/pdf", "image/png", "image/jpeg"]);

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { application } = await requireApplicationReader(request, context, params.id);
    const attachment = await findAttachment(context.services.db, {
      applicationId: application.id,
      attachmentId: params.attachmentId,
    });
    if (!attachment) throw notFound();
    const stream = await context.services.storage.get(attachment.storageKey);
    if (!stream) throw notFound();
    const inline =
      new URL(request.url).searchParams.get("apercu") === "1" &&
      INLINE_TYPES.has(attachment.mimeType);
    const disposition = contentDisposition(attachment.fileName);
    return new Response(stream, {
      headers: {
        "Content-Type": attachment.mimeType,
        "Content-Length": String(attachment.sizeBytes),
        "Content-Disposition": inline ? disposition.replace(/^attachment/, "inline") : disposition,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
