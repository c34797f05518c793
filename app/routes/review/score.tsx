import { scoreSchemaFor } from "~/features/review";
import {
  actionHeader,
  loadScorePage,
  programGrid,
  requireReviewApplication,
  scoreApplication,
} from "~/features/review/index.server";
import { type ActionReply, fileUrl } from "~/features/review/ui/action-frame";
import { ScorePage } from "~/features/review/ui/action-score";
import { formSpec, handleForm, requestTranslator } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/score";

// Instructors and administrators in scope; anyone else gets 404.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, application, organization } = await requireReviewApplication(
    request,
    context,
    params.id,
    { decide: true },
  );
  const page = await loadScorePage(context.services.db, {
    applicationId: application.id,
    programId: application.programId,
    reviewerId: user.id,
  });
  return {
    header: actionHeader(application, organization),
    open: application.status === "in_review",
    ...page,
    messages: pickMessages(request, ["review.actions", "applications.status"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireReviewApplication(request, context, params.id, {
    decide: true,
  });
  const { db } = context.services;
  const grid = await programGrid(db, application.programId);
  const t = requestTranslator(request);
  const schema = scoreSchemaFor(grid, {
    range: (criterion) => t("review.actions.score.error.range", { criterion }),
    commentTooLong: (criterion) => t("review.actions.score.error.commentTooLong", { criterion }),
    unknownCriterion: (criterion) =>
      t("review.actions.score.error.unknownCriterion", { criterion }),
  });
  return handleForm(
    request,
    formSpec({
      schema,
      run: (scores) =>
        scoreApplication({
          db,
          actor,
          applicationId: application.id,
          scores,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(request, fileUrl(application.id), { key: "review.actions.score.done" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <ScorePage data={loaderData} reply={(actionData as ActionReply) ?? null} />;
}
