import {
  adminForm,
  commandContext,
  handleAdminForm,
  programSchemas,
  removeReviewCriterion,
  requireProgrammeAdmin,
  saveReviewCriterion,
  updateCommitteeCadence,
} from "~/features/programs";
import { CommitteePage } from "~/features/programs/ui/admin/committee-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/committee";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    saved: new URL(request.url).searchParams.get("enregistre"),
    messages: pickMessages(request, ["programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  return handleAdminForm(
    request,
    {
      committee: adminForm(programSchemas.committeeSchema, ({ cadence }) =>
        updateCommitteeCadence({ ...base, cadence }),
      ),
      criterion: adminForm(programSchemas.reviewCriterionSchema, (input) =>
        saveReviewCriterion({ ...base, input }),
      ),
      removeCriterion: adminForm(programSchemas.removeCriterionSchema, ({ criterionId }) =>
        removeReviewCriterion({ ...base, criterionId }),
      ),
    },
    `/admin/programmes/${config.slug}/comite`,
  );
}

export default function ProgrammeCommittee({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.committee")} – ${loaderData.config.name}`}</title>
      <CommitteePage config={loaderData.config} saved={loaderData.saved} actionData={actionData} />
    </>
  );
}
