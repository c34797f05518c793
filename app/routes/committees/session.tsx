import {
  addItemSchema,
  addMemberSchema,
  canClose,
  canPrepare,
  canRecordPresence,
  closeSchema,
  moveItemSchema,
  presenceSchema,
  removeItemSchema,
  removeMemberSchema,
  sessionStepSchema,
} from "~/features/committees";
import {
  addItem,
  addMember,
  changeSessionStatus,
  closeSession,
  loadSessionPage,
  moveItem,
  recordPresence,
  removeItem,
  removeMember,
  requireCommitteeSession,
} from "~/features/committees/index.server";
import { SessionPage } from "~/features/committees/ui/session-page";
import type { Reply } from "~/features/committees/ui/shared";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFoundError } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/session";

// The session's preparers (instructors, administrators) and its own members; anyone else 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, session, seat } = await requireCommitteeSession(request, context, params.sessionId);
  return {
    ...(await loadSessionPage(context.services.db, { actor: user, session, seat })),
    messages: pickMessages(request, [
      "committees",
      "committees.documents",
      "committees.place",
      "committees.sessions",
      "review.actions",
      "applications.follow",
      "applications.form",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, session, seat } = await requireCommitteeSession(
    request,
    context,
    params.sessionId,
  );
  const { db, jobs, env } = context.services;
  const here = `/comites/${session.id}`;
  const base = { db, jobs, actor, sessionId: session.id, requestId: context.requestId };
  // What only preparers may do is absent (404) for anyone else, like a page they cannot open.
  const preparing = <T,>(run: () => Promise<T>) =>
    canPrepare(actor) ? run() : notFoundError("committee preparation");
  const done = (key: string, target?: string) => () =>
    redirectWithNotice(request, here, target ? { key, target } : { key });
  return handleForms(request, {
    open_pre_review: formSpec({
      schema: sessionStepSchema,
      run: () => preparing(() => changeSessionStatus({ ...base, action: "open_pre_review" })),
      done: done("committees.notice.preReviewOpened", "status"),
    }),
    start_session: formSpec({
      schema: sessionStepSchema,
      run: () => preparing(() => changeSessionStatus({ ...base, action: "start_session" })),
      done: done("committees.notice.started", "status"),
    }),
    add_member: formSpec({
      schema: addMemberSchema,
      run: (input) => preparing(() => addMember({ ...base, ...input })),
      done: done("committees.notice.memberAdded", "members"),
    }),
    remove_member: formSpec({
      schema: removeMemberSchema,
      run: (input) => preparing(() => removeMember({ ...base, ...input })),
      done: done("committees.notice.memberRemoved", "members"),
    }),
    add_item: formSpec({
      schema: addItemSchema,
      run: (input) => preparing(() => addItem({ ...base, ...input })),
      done: done("committees.notice.itemAdded", "agenda"),
    }),
    remove_item: formSpec({
      schema: removeItemSchema,
      run: (input) => preparing(() => removeItem({ ...base, ...input })),
      done: done("committees.notice.itemRemoved", "agenda"),
    }),
    move_item: formSpec({
      schema: moveItemSchema,
      run: (input) => preparing(() => moveItem({ ...base, ...input })),
      done: done("committees.notice.itemMoved", "agenda"),
    }),
    presence: formSpec({
      schema: presenceSchema,
      run: (input) =>
        canRecordPresence(actor, seat)
          ? recordPresence({ ...base, present: input.present })
          : notFoundError("committee presence"),
      done: done("committees.notice.presenceRecorded", "members"),
    }),
    close: formSpec({
      schema: closeSchema,
      run: () =>
        canClose(actor, seat)
          ? closeSession({ ...base, jobs, appUrl: env.APP_URL })
          : notFoundError("committee closing"),
      done: done("committees.notice.closed"),
    }),
  });
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <SessionPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
