import { programSchemas } from "~/features/programs";
import {
  commandContext,
  removeReviewCriterion,
  requireProgrammeAdmin,
  savedForm,
  saveReviewCriterion,
  updateCommitteeCadence,
  updatePortfolioTargets,
} from "~/features/programs/index.server";
import { CommitteePage } from "~/features/programs/ui/admin/committee-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/committee";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    messages: pickMessages(request, ["programs.public", "committees.documents"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  const saved = savedForm(request, `/admin/programmes/${config.slug}/comite`);
  return handleForms(request, {
    committee: saved(programSchemas.committeeSchema, ({ cadence }) =>
      updateCommitteeCadence({ ...base, cadence }),
    ),
    targets: saved(programSchemas.portfolioTargetsSchema, (input) =>
      updatePortfolioTargets({ ...base, input }),
    ),
    criterion: saved(programSchemas.reviewCriterionSchema, (input) =>
      saveReviewCriterion({ ...base, input }),
    ),
    removeCriterion: saved(programSchemas.removeCriterionSchema, ({ criterionId }) =>
      removeReviewCriterion({ ...base, criterionId }),
    ),
  });
}

export default function ProgrammeCommittee({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.committee")} – ${loaderData.config.name}`}</title>
      <CommitteePage config={loaderData.config} actionData={actionData} />
    </>
  );
}
