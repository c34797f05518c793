// Downloads one file of an application: always as an attachment, with the type sniffed at upload,
// never rendered by the browser; for its organisation's members and staff in reach only.
import { requireApplicationReader } from "~/features/applications/guards.server";
import { findAttachment } from "~/features/applications/queries.server";
import { contentDisposition } from "~/features/applications/rules";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/download";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application } = await requireApplicationReader(request, context, params.id);
  const attachment = await findAttachment(context.services.db, {
    applicationId: application.id,
    attachmentId: params.attachmentId,
  });
  if (!attachment) throw notFound();
  const stream = await context.services.storage.get(attachment.storageKey);
  if (!stream) throw notFound();
  return new Response(stream, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.sizeBytes),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
