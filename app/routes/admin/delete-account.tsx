import { toRole } from "~/features/auth";
import { requirePermission } from "~/features/auth/index.server";
import { adminDeleteSchema, adminSearchSchema, membershipOutcome } from "~/features/privacy";
import {
  deleteAccount,
  findAccountByEmail,
  loadMembershipsForDeletion,
} from "~/features/privacy/index.server";
import type { AdminDeletePageData } from "~/features/privacy/ui/admin-delete-page";
import { AdminDeletePage } from "~/features/privacy/ui/admin-delete-page";
import type { PrivacyReply } from "~/features/privacy/ui/form-reply";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { notFoundError } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/delete-account";

// Administrators only; anyone else signed in gets 404.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:admin");
  const { db } = context.services;
  const raw = new URL(request.url).searchParams.get("email");
  const page: AdminDeletePageData = { email: "", searchErrors: [], notFound: false, found: null };
  if (raw !== null) {
    const parsed = adminSearchSchema.safeParse({ email: raw });
    page.email = raw.slice(0, 320);
    if (!parsed.success) {
      page.searchErrors = parsed.error.issues.map((issue) => issue.message);
    } else {
      page.email = parsed.data.email;
      const account = await findAccountByEmail(db, parsed.data.email);
      if (!account) page.notFound = true;
      else {
        const memberships = await loadMembershipsForDeletion(db, account.id);
        page.found = {
          id: account.id,
          name: account.name,
          email: account.email,
          role: toRole(account.role),
          createdAt: account.createdAt.toISOString(),
          memberships: memberships.map((m) => {
            const outcome = membershipOutcome(m, "admin");
            return {
              organizationId: m.organizationId,
              organizationName: m.organizationName,
              outcome: outcome.kind,
              successorName:
                outcome.kind === "hand_over"
                  ? (m.memberNames.get(outcome.successorId) ?? null)
                  : null,
            };
          }),
        };
      }
    }
  }
  return { page, messages: pickMessages(request, ["privacy", "auth"]) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const admin = await requirePermission(request, context, "view:area:admin");
  const { db } = context.services;
  return handleForm(
    request,
    formSpec({
      schema: adminDeleteSchema,
      run: async ({ userId, email }) => {
        // The account shown on the page, still the one of this address.
        const account = await findAccountByEmail(db, email);
        if (!account || account.id !== userId) notFoundError("account");
        return deleteAccount({
          db,
          storage: context.services.storage,
          logger: context.services.logger,
          userId,
          by: "admin",
          actorId: admin.id,
          requestId: context.requestId,
        });
      },
      done: () =>
        redirectWithNotice(request, "/admin/comptes/suppression", { key: "privacy.admin.done" }),
    }),
  );
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <AdminDeletePage
      data={loaderData.page}
      reply={(actionData as PrivacyReply | undefined) ?? null}
    />
  );
}
