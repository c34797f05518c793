import { acceptInvitationSchema } from "~/features/organizations";
import {
  acceptInvitation,
  loadApplicantHome,
  redirectAsNewMember,
  requireApplicantContext,
} from "~/features/organizations/index.server";
import { ApplicantHome } from "~/features/organizations/ui/applicant-home";
import { formErrorOf } from "~/features/organizations/ui/form-reply";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/applicant";

export async function loader({ request, context }: Route.LoaderArgs) {
  const applicant = await requireApplicantContext(request, context);
  const home = await loadApplicantHome(context.services.db, applicant);
  return {
    ...home,
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireApplicantContext(request, context);
  return handleForms(request, {
    "accept-invitation": formSpec({
      schema: acceptInvitationSchema,
      run: ({ invitationId }) =>
        acceptInvitation({
          db: context.services.db,
          actor: { id: user.id, email: user.email },
          invitation: { id: invitationId },
          requestId: context.requestId,
        }),
      done: ({ organizationId }) => redirectAsNewMember(request, context, organizationId),
    }),
  });
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <ApplicantHome data={loaderData} error={formErrorOf(actionData)} />;
}
