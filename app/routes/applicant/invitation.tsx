import { Form, Link } from "react-router";
import { can } from "~/features/auth";
import { getSessionUser, requireUser } from "~/features/auth/index.server";
import { confirmSchema, invitationState } from "~/features/organizations";
import {
  acceptInvitation,
  findInvitationByToken,
  redirectAsNewMember,
} from "~/features/organizations/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { Route } from "./+types/invitation";

// The link of an invitation e-mail. Anyone holding the link may read who invites them to what;
// joining needs an applicant account (signing in or up comes back here).
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = await getSessionUser(request, context);
  const invitation = await findInvitationByToken(context.services.db, params.token);
  if (!invitation)
    return { state: "unknown" as const, messages: pickMessages(request, ["organizations"]) };
  const state = invitationState(invitation, new Date());
  if (state !== "pending") return { state, messages: pickMessages(request, ["organizations"]) };
  return {
    state,
    organizationName: invitation.organizationName,
    inviterName: invitation.inviterName ?? "",
    email: invitation.email,
    viewer: user ? { applicant: can(user.role, "view:area:applicant") } : null,
    returnTo: new URL(request.url).pathname,
    messages: pickMessages(request, ["organizations"]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  if (!can(user.role, "view:area:applicant")) throw notFound();
  // A refusal (the link was used, revoked or expired meanwhile) answers 409 with its code,
  // and the page then says the invitation is no longer valid.
  return handleForm(
    request,
    formSpec({
      schema: confirmSchema,
      run: () =>
        acceptInvitation({
          db: context.services.db,
          actor: { id: user.id, email: user.email },
          invitation: { token: params.token },
          requestId: context.requestId,
        }),
      done: ({ organizationId }) => redirectAsNewMember(request, context, organizationId),
    }),
  );
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  if (actionData?.refused === "other_address") {
    return (
      <>
        <title>{`${t("organizations.invitation.otherAddressTitle")} – Digit'ESS`}</title>
        <h1>{t("organizations.invitation.otherAddressTitle")}</h1>
        <p>{t("organizations.refusal.otherAddress", { email: loaderData.email ?? "" })}</p>
        <p>
          <Link to="/espace">{t("organizations.edit.back")}</Link>
        </p>
      </>
    );
  }
  if (loaderData.state !== "pending" || actionData?.refused) {
    const reason =
      loaderData.state === "pending" || loaderData.state === "accepted"
        ? "organizations.invitation.accepted"
        : loaderData.state === "unknown"
          ? "organizations.invitation.notFound"
          : loaderData.state === "expired"
            ? "organizations.invitation.expired"
            : "organizations.invitation.revoked";
    return (
      <>
        <title>{`${t("organizations.invitation.invalidTitle")} – Digit'ESS`}</title>
        <h1>{t("organizations.invitation.invalidTitle")}</h1>
        <p>{t(reason)}</p>
        <p>
          <Link to="/espace">{t("organizations.invitation.goToSpace")}</Link>
        </p>
      </>
    );
  }
  const { organizationName: name, inviterName, email, viewer, returnTo } = loaderData;
  const title = t("organizations.invitation.title", { name });
  return (
    <>
      <title>{`${title} – Digit'ESS`}</title>
      <h1>{title}</h1>
      <p>{t("organizations.invitation.body", { inviter: inviterName, name })}</p>
      <p className="break-anywhere">{t("organizations.invitation.sentTo", { email })}</p>
      {viewer === null ? (
        <>
          <h2>{t("organizations.invitation.signInIntro")}</h2>
          <p>
            <Link to={`/connexion?redirectTo=${encodeURIComponent(returnTo)}`} className="button">
              {t("organizations.invitation.signIn")}
            </Link>
          </p>
          <h2>{t("organizations.invitation.signUp")}</h2>
          <p className="break-anywhere">{t("organizations.invitation.signUpIntro", { email })}</p>
          <p>
            <Link to="/inscription" className="button button-secondary">
              {t("organizations.invitation.signUp")}
            </Link>
          </p>
        </>
      ) : viewer.applicant ? (
        <Form method="post">
          <button type="submit" className="button">
            {t("organizations.invitation.accept", { name })}
          </button>
        </Form>
      ) : (
        <Notice>{t("organizations.invitation.staff")}</Notice>
      )}
    </>
  );
}
