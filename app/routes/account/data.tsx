import { requireUser } from "~/features/auth/index.server";
import { exportAvailableUntil, requestExportSchema, retentionPolicyOf } from "~/features/privacy";
import { listPersonalExports, requestPersonalExport } from "~/features/privacy/index.server";
import { AccountDataPage } from "~/features/privacy/ui/account-data-page";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/data";

// Every signed-in user, for their own data only (the session's user, never a parameter).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const policy = retentionPolicyOf(context.services.env);
  const exports = await listPersonalExports(context.services.db, user.id);
  return {
    page: {
      exportDays: policy.exportDays,
      exports: exports.map((item) => ({
        id: item.id,
        status: item.status,
        writtenRows: item.writtenRows,
        totalRows: item.totalRows,
        sizeBytes: item.sizeBytes,
        createdAt: item.createdAt.toISOString(),
        availableUntil: exportAvailableUntil(item.createdAt, policy).toISOString(),
      })),
    },
    messages: pickMessages(request, ["privacy"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  return handleForms(request, {
    export: formSpec({
      schema: requestExportSchema,
      run: () =>
        requestPersonalExport({
          db: context.services.db,
          jobs: context.services.jobs,
          userId: user.id,
          locale: localeFromCookie(request.headers.get("cookie")),
          requestId: context.requestId,
        }),
      done: ({ alreadyRunning }) =>
        redirectWithNotice(request, "/compte/donnees", {
          key: alreadyRunning ? "privacy.export.alreadyRunning" : "privacy.export.requested",
          target: "export",
        }),
    }),
  });
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <AccountDataPage data={loaderData.page} />;
}
