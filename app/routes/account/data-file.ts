// Downloads a personal-data archive: its owner only (anyone else 404), once written and until
// it expires; always as an attachment with a generated name; audited.
import { requireUser } from "~/features/auth/index.server";
import {
  exportAvailableUntil,
  isExpired,
  personalExportFileName,
  retentionPolicyOf,
} from "~/features/privacy";
import { findPersonalExport } from "~/features/privacy/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import { calendarDateIn } from "~/platform/format/dates";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/data-file";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const user = await requireUser(request, context);
    const { db, storage, env } = context.services;
    const record = await findPersonalExport(db, user.id, params.id);
    if (record?.status !== "done" || !record.storageKey) throw notFound();
    const until = exportAvailableUntil(record.createdAt, retentionPolicyOf(env));
    if (isExpired(until, new Date())) throw notFound();
    const stream = await storage.get(record.storageKey);
    if (!stream) throw notFound();
    await appendAuditEvent(db, {
      actorId: user.id,
      entityType: "export",
      entityId: record.id,
      action: "export.downloaded",
      requestId: context.requestId,
    });
    const locale = localeFromCookie(request.headers.get("cookie"));
    const fileName = personalExportFileName(calendarDateIn(record.createdAt), locale);
    return new Response(stream, {
      headers: {
        "Content-Type": "application/zip",
        ...(record.sizeBytes === null ? {} : { "Content-Length": String(record.sizeBytes) }),
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
