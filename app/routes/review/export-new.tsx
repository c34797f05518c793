import { exportRequestSchema } from "~/features/review/export-form";
import {
  countInboxRows,
  loadExportColumns,
  loadFilterNames,
} from "~/features/review/export-queries.server";
import { requestExport } from "~/features/review/export-request.server";
import { requireReviewStaff } from "~/features/review/guards.server";
import { inboxSearch, parseInboxSearch } from "~/features/review/inbox-filters";
import { ExportNewPage, type ExportNewReply } from "~/features/review/ui/export-new-page";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/export-new";

/** The inbox's filters of this page's query string (the cursor of a page left out). */
function filtersOf(request: Request) {
  const parsed = parseInboxSearch(new URL(request.url).searchParams);
  return { filters: parsed.filters, ignored: parsed.errors.length > 0 };
}

// Review staff only (instructors, antenna managers, administrators); the rows are their scope's.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireReviewStaff(request, context);
  const { db } = context.services;
  const { filters, ignored } = filtersOf(request);
  const staff = { id: user.id, role: user.role };
  const [count, columns, names] = await Promise.all([
    countInboxRows(db, staff, filters),
    loadExportColumns(db, user.id),
    loadFilterNames(db, filters),
  ]);
  return {
    page: {
      search: inboxSearch(filters).toString(),
      filters,
      names,
      ignored,
      count,
      columns,
      format: "xlsx" as const,
    },
    messages: pickMessages(request, ["review.export", "applications.status"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireReviewStaff(request, context);
  const { filters } = filtersOf(request);
  return handleForm(
    request,
    formSpec({
      schema: exportRequestSchema,
      run: ({ columns, format }) =>
        requestExport({
          db: context.services.db,
          jobs: context.services.jobs,
          staff: { id: user.id, role: user.role },
          filters,
          columns,
          format,
          locale: localeFromCookie(request.headers.get("cookie")),
          requestId: context.requestId,
        }),
      done: ({ exportId }) =>
        redirectWithNotice(request, `/instruction/exports/${exportId}`, {
          key: "review.export.new.requested",
        }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <ExportNewPage
      data={loaderData.page}
      reply={(actionData as ExportNewReply | undefined) ?? null}
    />
  );
}
