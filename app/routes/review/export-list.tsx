import { listOwnExports } from "~/features/review/export-queries.server";
import { requireReviewStaff } from "~/features/review/guards.server";
import { ExportListPage } from "~/features/review/ui/export-list-page";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/export-list";

// The signed-in staff member's own recent exports.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireReviewStaff(request, context);
  const records = await listOwnExports(context.services.db, user.id);
  return {
    items: records.map((record) => ({
      id: record.id,
      format: record.format,
      status: record.status,
      totalRows: record.totalRows,
      writtenRows: record.writtenRows,
      createdAt: record.createdAt.toISOString(),
    })),
    messages: pickMessages(request, ["review.export", "applications.status"]),
  };
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <ExportListPage items={loaderData.items} />;
}
