import { loadStartEligibility } from "~/features/applications/start-eligibility.server";
import { StartEligibilityList } from "~/features/applications/ui/start-eligibility";
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
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/applicant";

export async function loader({ request, context }: Route.LoaderArgs) {
  const applicant = await requireApplicantContext(request, context);
  const home = await loadApplicantHome(context.services.db, applicant);
  // Told on its space, before it starts anything, whether its data lets it apply (issue 11).
  const eligibility = home.current
    ? await loadStartEligibility(context.services.db, {
        organization: home.current.organization,
        locale: localeFromCookie(request.headers.get("cookie")),
      })
    : [];
  return {
    ...home,
    eligibility,
    // "eligibility": the criteria's sentences, written by the loader (start-eligibility.ts).
    messages: pickMessages(request, ["applications.eligibility", "eligibility", "organizations"]),
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
  return (
    <ApplicantHome
      data={loaderData}
      error={formErrorOf(actionData)}
      eligibility={<StartEligibilityList notices={loaderData.eligibility} />}
    />
  );
}
