import { programSchemas } from "~/features/programs";
import {
  addFundingEnvelope,
  commandContext,
  listFunderNames,
  removeFundingEnvelope,
  requireProgrammeAdmin,
  savedForm,
  updateFundingEnvelope,
} from "~/features/programs/index.server";
import { FundersPage } from "~/features/programs/ui/admin/funders-page";
import { handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/funders";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    config,
    funderNames: await listFunderNames(context.services.db),
    messages: pickMessages(request, ["programs.public"]),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, config } = await requireProgrammeAdmin(request, context, params.slug);
  const base = { ...commandContext(user, context), programmeId: config.id };
  const saved = savedForm(request, `/admin/programmes/${config.slug}/financeurs`);
  return handleForms(request, {
    addEnvelope: saved(programSchemas.addEnvelopeSchema, ({ funderName, amount }) =>
      addFundingEnvelope({ ...base, funderName, amountCents: amount }),
    ),
    editEnvelope: saved(programSchemas.editEnvelopeSchema, ({ envelopeId, amount }) =>
      updateFundingEnvelope({ ...base, envelopeId, amountCents: amount }),
    ),
    removeEnvelope: saved(programSchemas.removeEnvelopeSchema, ({ envelopeId }) =>
      removeFundingEnvelope({ ...base, envelopeId }),
    ),
  });
}

export default function ProgrammeFunders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("programs.admin.section.funders")} – ${loaderData.config.name}`}</title>
      <FundersPage
        config={loaderData.config}
        funderNames={loaderData.funderNames}
        actionData={actionData}
      />
    </>
  );
}
