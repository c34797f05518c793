import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { z } from "zod";
import { acceptInvitation } from "~/features/organizations/accept-invitation.server";
import { loadApplicantHome } from "~/features/organizations/applicant-home.server";
import { setActiveOrganization } from "~/features/organizations/guards.server";
import { getApplicantContext } from "~/features/organizations/index.server";
import { runCommand } from "~/features/organizations/run-command.server";
import { ApplicantHome } from "~/features/organizations/ui/applicant-home";
import { noticeFromUrl, withNotice } from "~/features/organizations/ui/notices";
import { pickMessages } from "~/i18n.server";
import { readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/applicant";

const AcceptInvitationSchema = z.object({
  intent: z.literal("accept-invitation"),
  invitationId: z.uuid(),
});

export async function loader({ request, context }: Route.LoaderArgs) {
  const applicant = await getApplicantContext(request, context);
  const home = await loadApplicantHome(context.services.db, applicant);
  return {
    ...home,
    notice: noticeFromUrl(request.url),
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await getApplicantContext(request, context);
  const submission = parseWithZod(await readFormBody(request), { schema: AcceptInvitationSchema });
  if (submission.status !== "success") throw notFound();
  const outcome = await runCommand(() =>
    acceptInvitation({
      db: context.services.db,
      actor: { id: user.id, email: user.email },
      invitation: { id: submission.value.invitationId },
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) return data({ errorKey: outcome.errorKey }, { status: 409 });
  return redirect(withNotice("/espace", "rejoint"), {
    headers: { "set-cookie": await setActiveOrganization(context, outcome.value.organizationId) },
  });
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return <ApplicantHome data={loaderData} error={actionData?.errorKey ?? null} />;
}
