import { redirect } from "react-router";
import {
  createApplicationDraft,
  describeFollowUp,
} from "~/features/applications/create-draft.server";
import { requireApplicant } from "~/features/applications/guards.server";
import { newApplicationSchema } from "~/features/applications/new-application.form";
import {
  findApplicationOfOrganization,
  listOpenPrograms,
} from "~/features/applications/queries.server";
import { loadStartEligibility } from "~/features/applications/start-eligibility.server";
import { NewApplication } from "~/features/applications/ui/new-application";
import { stepUrl } from "~/features/applications/ui/step-frame";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/new";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { organization } = await requireApplicant(request, context);
  const { db } = context.services;
  // `?suite=<applicationId>`: the next level's invitation (issue 15). Only one of the
  // organisation's sent applications is named; any other value shows the usual page.
  const suite = new URL(request.url).searchParams.get("suite");
  const [programs, eligibility, followUp] = await Promise.all([
    listOpenPrograms(db),
    loadStartEligibility(db, {
      organization,
      locale: localeFromCookie(request.headers.get("cookie")),
    }),
    suite ? describeFollowUp(db, { applicationId: suite, organizationId: organization.id }) : null,
  ]);
  return {
    organizationName: organization.name,
    programs,
    eligibility,
    followUp,
    messages: pickMessages(request, [
      "applications.eligibility",
      "applications.follow",
      "applications.form",
      "eligibility",
      "organizations",
    ]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organization } = await requireApplicant(request, context);
  const { db } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: newApplicationSchema,
      run: async ({ programId, suite }) => {
        const program = (await listOpenPrograms(db)).find((open) => open.id === programId);
        // A programme closed meanwhile: back to the choice, which no longer lists it.
        if (!program) throw redirect("/espace/candidatures/nouvelle");
        // A structure that definitely fails the programme's eligibility is refused (409, with
        // the French message); the page, loaded again, says why and what it can do.
        const { id } = await createApplicationDraft({
          db,
          actor,
          organizationId: organization.id,
          programId: program.id,
          // From the next level's invitation: the command checks the earlier application is
          // the organisation's, and otherwise prefills nothing.
          ...(suite ? { prefillFrom: suite } : {}),
          requestId: context.requestId,
        });
        const draft = await findApplicationOfOrganization(db, {
          applicationId: id,
          organizationId: organization.id,
        });
        return stepUrl(id, draft?.currentStep ?? 1);
      },
      done: (to) => redirect(to),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  const refusal = actionData && "result" in actionData ? actionData.result.error?.[""] : undefined;
  return <NewApplication {...loaderData} refusal={refusal?.[0] ?? null} />;
}
