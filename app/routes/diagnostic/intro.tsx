import { data, redirect } from "react-router";
import { can } from "~/features/auth";
import { getSessionUser } from "~/features/auth/index.server";
import { IntroPage } from "~/features/diagnostic";
import {
  diagnosticPaths,
  limitAnonymousStart,
  listMemberOrganizations,
  loadCurrentQuestionBank,
  startDiagnostic,
  startFormSchema,
  stepCount,
} from "~/features/diagnostic/index.server";
import { requireApplicantContext } from "~/features/organizations/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/intro";

// Public page: anyone may take the diagnostic; a signed-in member may save it to a structure.
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await getSessionUser(request, context);
  const { db } = context.services;
  const bank = await loadCurrentQuestionBank(db);
  const organizations = user ? await listMemberOrganizations(db, user.id) : null;
  // The organisation the applicant currently acts for is chosen by default.
  const active =
    user && can(user.role, "view:area:applicant")
      ? (await requireApplicantContext(request, context)).active?.organizationId
      : undefined;
  return {
    dimensionCount: bank.dimensions.length,
    stepCount: stepCount(bank),
    organizations: organizations?.map(({ id, name }) => ({ id, name })) ?? null,
    activeOrganizationId: active ?? null,
    messages: pickMessages(request, ["diagnostic", "organizations"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await getSessionUser(request, context);
  const { db } = context.services;
  if (!user) {
    // A visitor over the limit gets the page again with when to retry; nothing is created.
    const decision = await limitAnonymousStart(db, request);
    if (!decision.allowed) {
      return data(
        { tooManyStarts: { retryAt: decision.retryAt.toISOString() } },
        { status: 429, headers: { "Retry-After": String(decision.retryAfterSeconds) } },
      );
    }
  }
  return handleForm(
    request,
    formSpec({
      schema: startFormSchema,
      // A structure the user is not a member of is NotFound: 404, as if it did not exist.
      run: ({ organizationId }) =>
        startDiagnostic({
          db,
          userId: user?.id ?? null,
          organizationId: user ? (organizationId ?? null) : null,
          requestId: context.requestId,
        }),
      done: ({ token }) => redirect(diagnosticPaths.step(token, 1)),
    }),
  );
}

export default function Intro({ loaderData, actionData }: Route.ComponentProps) {
  const tooManyStarts =
    actionData && "tooManyStarts" in actionData ? actionData.tooManyStarts : null;
  return <IntroPage {...loaderData} tooManyStarts={tooManyStarts} />;
}
