import {
  addFundingEnvelope,
  adminForm,
  commandContext,
  handleAdminForm,
  listFunderNames,
  programSchemas,
  removeFundingEnvelope,
  requireProgrammeAdmin,
  updateFundingEnvelope,
} from "~/features/programs";
import { FundersPage } from "~/features/programs/ui/admin/funders-page";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/funders";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    funderNames: await listFunderNames(context.services.db),
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
      addEnvelope: adminForm(programSchemas.addEnvelopeSchema, ({ funderName, amount }) =>
        addFundingEnvelope({ ...base, funderName, amountCents: amount }),
      ),
      editEnvelope: adminForm(programSchemas.editEnvelopeSchema, ({ envelopeId, amount }) =>
        updateFundingEnvelope({ ...base, envelopeId, amountCents: amount }),
      ),
      removeEnvelope: adminForm(programSchemas.removeEnvelopeSchema, ({ envelopeId }) =>
        removeFundingEnvelope({ ...base, envelopeId }),
      ),
    },
    `/admin/programmes/${config.slug}/financeurs`,
  );
}

export default function ProgrammeFunders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.funders")} – ${loaderData.config.name}`}</title>
      <FundersPage
        config={loaderData.config}
        funderNames={loaderData.funderNames}
        saved={loaderData.saved}
        actionData={actionData}
      />
    </>
  );
}
