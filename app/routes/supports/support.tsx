import { milestoneSchema, paymentSchema, planSchema, statusSchema } from "~/features/supports";
import {
  changeSupportStatus,
  inviteNextLevel,
  loadSupportPage,
  planSupport,
  recordMilestone,
  recordPayment,
  requestFeedback,
  requireSupport,
} from "~/features/supports/index.server";
import { SupportPage } from "~/features/supports/ui/support-page";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Reply } from "~/ui/form-reply";
import type { Route } from "./+types/support";

/** A deliverable's file (10 MB) with the form's other fields. */
const MILESTONE_BODY_MAX_BYTES = 11 * 1024 * 1024;

// The supports' staff (antenna managers of its antenna, the programme team); anyone else 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, support } = await requireSupport(request, context, params.supportId);
  return {
    ...(await loadSupportPage(context.services.db, user, support)),
    // The deliverable's file rules are the application documents' (their messages included).
    messages: pickMessages(request, ["supports", "applications.follow", "applications.form"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, support } = await requireSupport(request, context, params.supportId);
  const { db, jobs, env, storage } = context.services;
  const here = `/accompagnements/${support.id}`;
  const base = { db, actor: user, supportId: support.id, requestId: context.requestId };
  const done = (key: string, target: string) => () =>
    redirectWithNotice(request, here, { key, target });
  return handleForms(
    request,
    {
      plan: formSpec({
        schema: planSchema,
        run: (input) => planSupport({ ...base, input }),
        done: done("supports.notice.planned", "plan"),
      }),
      status: formSpec({
        schema: statusSchema,
        run: (input) =>
          changeSupportStatus({
            ...base,
            input,
            // Closing asks the structure's members for their opinion (a survey link each), then
            // invites them to apply for the next level (a new application prefilled).
            onClosed: async (tx, supportId) => {
              await requestFeedback(tx, {
                jobs,
                appUrl: env.APP_URL,
                secret: env.BETTER_AUTH_SECRET,
                supportId,
              });
              await inviteNextLevel(tx, { jobs, appUrl: env.APP_URL, supportId });
            },
          }),
        done: (moved) => redirectWithNotice(request, here, { key: `supports.notice.${moved.to}` }),
      }),
      milestone: formSpec({
        schema: milestoneSchema,
        run: (input) => recordMilestone({ ...base, storage, input }),
        done: done("supports.notice.milestone", "milestones"),
      }),
      payment: formSpec({
        schema: paymentSchema,
        run: (input) => recordPayment({ ...base, input }),
        done: done("supports.notice.payment", "money"),
      }),
    },
    { maxBytes: MILESTONE_BODY_MAX_BYTES },
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <SupportPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
