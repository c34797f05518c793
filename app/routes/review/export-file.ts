// Downloads an export's file: its owner only (anyone else 404), once it is done; always as an
// attachment with a safe generated name, never rendered by the browser; audited.
import { exportContentType, exportFileName } from "~/features/review/export-columns";
import { recordExportDownload } from "~/features/review/export-download.server";
import { findOwnExport } from "~/features/review/export-queries.server";
import { requireReviewStaff } from "~/features/review/guards.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/export-file";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const user = await requireReviewStaff(request, context);
    const { db, storage } = context.services;
    const record = await findOwnExport(db, user.id, params.id);
    if (record?.status !== "done" || !record.storageKey) throw notFound();
    const stream = await storage.get(record.storageKey);
    if (!stream) throw notFound();
    await recordExportDownload({
      db,
      userId: user.id,
      exportId: record.id,
      requestId: context.requestId,
    });
    const locale = localeFromCookie(request.headers.get("cookie"));
    const fileName = exportFileName(record.format, record.createdAt, locale);
    return new Response(stream, {
      headers: {
        "Content-Type": exportContentType(record.format),
        ...(record.sizeBytes === null ? {} : { "Content-Length": String(record.sizeBytes) }),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
