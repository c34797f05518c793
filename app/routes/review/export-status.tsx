import { findOwnExport } from "~/features/review/export-queries.server";
import { requireReviewStaff } from "~/features/review/guards.server";
import { ExportStatusPage } from "~/features/review/ui/export-status-page";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/export-status";

// The owner only: anyone else (another staff member included) gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = await requireReviewStaff(request, context);
  const record = await findOwnExport(context.services.db, user.id, params.id);
  if (!record) throw notFound();
  return {
    page: {
      id: record.id,
      format: record.format,
      columns: record.columns,
      status: record.status,
      totalRows: record.totalRows,
      writtenRows: record.writtenRows,
      sizeBytes: record.sizeBytes,
      createdAt: record.createdAt.toISOString(),
    },
    messages: pickMessages(request, ["review.export", "applications.status"]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <ExportStatusPage data={loaderData.page} />;
}
