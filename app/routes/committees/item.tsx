import {
  canClose,
  canDecide,
  canTakePart,
  conflictSchema,
  decisionSchemaFor,
} from "~/features/committees";
import {
  amendDecision,
  committeeGrid,
  decideItem,
  declareConflict,
  levelBounds,
  loadItemPage,
  programEnvelopes,
  requireCommitteeItem,
  scoreItem,
} from "~/features/committees/index.server";
import type { ItemPageData } from "~/features/committees/ui/item-page";
import { ItemPage } from "~/features/committees/ui/item-page";
import type { Reply } from "~/features/committees/ui/shared";
import { scoreSchemaFor } from "~/features/review";
import { formSpec, handleForms, requestTranslator } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFoundError } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/item";

// The session's preparers and members; a member who declared a conflict on the item gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, session, seat, item } = await requireCommitteeItem(
    request,
    context,
    params.sessionId,
    params.itemId,
  );
  const page: ItemPageData = await loadItemPage(context.services.db, {
    actor: user,
    session,
    seat,
    item,
  });
  return {
    ...page,
    messages: pickMessages(request, [
      "committees",
      "committees.place",
      "review.actions",
      "applications.follow",
      "applications.form",
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, session, seat, item } = await requireCommitteeItem(
    request,
    context,
    params.sessionId,
    params.itemId,
  );
  const { db, jobs, env } = context.services;
  const itemId = item.item.id;
  const here = `/comites/${session.id}/points/${itemId}`;
  const base = { db, actor, sessionId: session.id, itemId, requestId: context.requestId };
  const t = requestTranslator(request);
  const [grid, bounds, envelopes] = await Promise.all([
    committeeGrid(db, session.programId),
    levelBounds(db, session.programId),
    programEnvelopes(db, session.programId),
  ]);
  const requested = (item.item.requestedLevels as { kind: string; label: string }[]) ?? [];
  const formLevels = requested.flatMap((level) => {
    const bound = bounds.get(level.kind);
    return bound ? [{ ...bound, kind: level.kind, label: level.label }] : [];
  });
  const decisionMessages = {
    rateRequired: (level: string) => t("committees.decision.error.rateRequired", { level }),
    rateOutOfBounds: (level: string, min: number, max: number) =>
      t("committees.decision.error.rateOutOfBounds", { level, min, max }),
    costRequired: (level: string) => t("committees.decision.error.costRequired", { level }),
    funderRequired: (level: string) => t("committees.decision.error.funderRequired", { level }),
  };
  const funderIds = envelopes.map((envelope) => envelope.funderId);
  return handleForms(request, {
    score: formSpec({
      schema: scoreSchemaFor(grid, {
        range: (criterion) => t("committees.score.error.range", { criterion }),
        commentTooLong: (criterion) => t("committees.score.error.commentTooLong", { criterion }),
        unknownCriterion: (criterion) =>
          t("committees.score.error.unknownCriterion", { criterion }),
      }),
      run: (scores) =>
        canTakePart(actor, seat)
          ? scoreItem({ ...base, scores })
          : notFoundError("committee pre-review"),
      done: () =>
        redirectWithNotice(request, here, { key: "committees.notice.scored", target: "prereview" }),
    }),
    conflict: formSpec({
      schema: conflictSchema,
      run: () =>
        canTakePart(actor, seat) ? declareConflict(base) : notFoundError("committee conflict"),
      // The item is now out of the member's sight: back to the session.
      done: () =>
        redirectWithNotice(request, `/comites/${session.id}`, {
          key: "committees.notice.conflictDeclared",
        }),
    }),
    decide: formSpec({
      schema: decisionSchemaFor(formLevels, funderIds, decisionMessages),
      coerce: false,
      run: (input) =>
        // A member absent or without quorum is told why (409); a preparer who sits on no seat
        // takes no decision (404).
        canTakePart(actor, seat) || canDecide(actor, null, false)
          ? decideItem({ ...base, input })
          : notFoundError("committee decision"),
      done: () =>
        redirectWithNotice(request, here, { key: "committees.notice.decided", target: "decision" }),
    }),
    amend: formSpec({
      schema: decisionSchemaFor(formLevels, funderIds, decisionMessages, { amendment: true }),
      coerce: false,
      run: (input) =>
        canClose(actor, seat)
          ? amendDecision({ ...base, jobs, appUrl: env.APP_URL, input })
          : notFoundError("committee amendment"),
      done: () =>
        redirectWithNotice(request, here, { key: "committees.notice.amended", target: "decision" }),
    }),
  });
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <ItemPage data={loaderData} reply={(actionData as Reply) ?? null} />;
}
