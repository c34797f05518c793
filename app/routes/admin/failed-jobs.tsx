import { requirePermission } from "~/features/auth/index.server";
import { listFailedJobs, retryFailedJob, retryJobSchema } from "~/features/operations/index.server";
import { FailedJobsPage } from "~/features/operations/ui/failed-jobs-page";
import { type FormReply, formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/failed-jobs";

// Administrators only (anyone else signed in gets 404): the dead-letter list and its retries.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "manage:jobs");
  const { jobs, total } = await listFailedJobs(context.services.db, { limit: 100 });
  return {
    total,
    jobs: jobs.map((job) => ({
      ...job,
      createdAt: job.createdAt.toISOString(),
      failedAt: job.failedAt.toISOString(),
    })),
    messages: pickMessages(request, ["operations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requirePermission(request, context, "manage:jobs");
  const { db, jobs } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: retryJobSchema,
      run: (input) =>
        retryFailedJob({
          db,
          jobs,
          actor: user,
          name: input.name,
          jobId: input.jobId,
          requestId: context.requestId,
        }),
      done: () => redirectWithNotice(request, "/admin/taches", { key: "operations.jobs.retried" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  const reply = (actionData as FormReply | undefined) ?? null;
  const errors = reply?.result.error ? Object.values(reply.result.error).flat() : [];
  return (
    <FailedJobsPage
      jobs={loaderData.jobs}
      total={loaderData.total}
      formError={errors.filter((message): message is string => Boolean(message))[0] ?? null}
    />
  );
}
