import { data, redirect } from "react-router";
import { can, getSessionUser } from "~/features/auth";
import { IntroPage } from "~/features/diagnostic";
import {
  DiagnosticCommandError,
  diagnosticPaths,
  limitAnonymousStart,
  listMemberOrganizations,
  loadCurrentQuestionBank,
  startDiagnostic,
  stepCount,
} from "~/features/diagnostic/index.server";
import { requireApplicantContext } from "~/features/organizations/index.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
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
  const organizationId = (await request.formData()).get("organizationId");
  if (!user) {
    // A visitor over the limit gets the page again with when to retry; nothing is created.
    const decision = await limitAnonymousStart(context.services.db, request);
    if (!decision.allowed) {
      return data(
        { tooManyStarts: { retryAt: decision.retryAt.toISOString() } },
        { status: 429, headers: { "Retry-After": String(decision.retryAfterSeconds) } },
      );
    }
  }
  try {
    const { token } = await startDiagnostic({
      db: context.services.db,
      userId: user?.id ?? null,
      organizationId: user && typeof organizationId === "string" ? organizationId || null : null,
      requestId: context.requestId,
    });
    return redirect(diagnosticPaths.step(token, 1));
  } catch (error) {
    // A structure the user is not a member of: as if it did not exist.
    if (error instanceof DiagnosticCommandError && error.code === "not_member") throw notFound();
    throw error;
  }
}

export default function Intro({ loaderData, actionData }: Route.ComponentProps) {
  return <IntroPage {...loaderData} tooManyStarts={actionData?.tooManyStarts ?? null} />;
}
