import { requireUser } from "~/features/auth/index.server";
import { deleteOwnAccountSchema, membershipOutcome, retentionPolicyOf } from "~/features/privacy";
import { deleteAccount, loadMembershipsForDeletion } from "~/features/privacy/index.server";
import { DeleteAccountPage } from "~/features/privacy/ui/delete-account-page";
import type { PrivacyReply } from "~/features/privacy/ui/form-reply";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/delete";

/** better-auth's cookies, expired: the session they named no longer exists. */
function expiredAuthCookies(request: Request): Headers {
  const secure = new URL(request.url).protocol === "https:";
  const headers = new Headers();
  for (const name of ["session_token", "session_data", "dont_remember"]) {
    const cookie = secure ? `__Secure-better-auth.${name}` : `better-auth.${name}`;
    headers.append(
      "Set-Cookie",
      `${cookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return headers;
}

// The signed-in user deletes their own account (never another's: no parameter names it).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const memberships = await loadMembershipsForDeletion(context.services.db, user.id);
  return {
    page: {
      auditYears: retentionPolicyOf(context.services.env).auditYears,
      memberships: memberships.map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.organizationName,
        outcome: membershipOutcome(m, "self").kind,
      })),
    },
    messages: pickMessages(request, ["privacy"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  return handleForm(
    request,
    formSpec({
      schema: deleteOwnAccountSchema,
      hideFields: ["password"],
      run: ({ password }) =>
        deleteAccount({
          db: context.services.db,
          storage: context.services.storage,
          logger: context.services.logger,
          userId: user.id,
          by: "self",
          actorId: user.id,
          password,
          requestId: context.requestId,
        }),
      done: () =>
        redirectWithNotice(
          request,
          "/",
          { key: "privacy.delete.done" },
          { headers: expiredAuthCookies(request) },
        ),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <DeleteAccountPage
      data={loaderData.page}
      reply={(actionData as PrivacyReply | undefined) ?? null}
    />
  );
}
