import { Form, Link } from "react-router";
import { z } from "zod";
import { findUserForAdmin, requirePermission, setUserActive } from "~/features/auth/index.server";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { formatDay } from "~/platform/format/dates";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import { ErrorSummary } from "~/ui/error-summary";
import { useLocale, useT } from "~/ui/i18n";
import type { Route } from "./+types/user";

// One account, for administrators: its state, and deactivation or reactivation (the page is
// the confirmation: it says what happens before the button).
export async function loader({ request, context, params }: Route.LoaderArgs) {
  await requirePermission(request, context, "manage:users");
  const account = await findUserForAdmin(context.services.db, params.userId);
  if (!account) throw notFound();
  return {
    account: {
      ...account,
      createdAt: account.createdAt.toISOString(),
      deactivatedAt: account.deactivatedAt?.toISOString() ?? null,
    },
    messages: pickMessages(request, ["auth", "auth.admin"]),
  };
}

const noFields = z.object({});

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requirePermission(request, context, "manage:users");
  const path = `/admin/utilisateurs/${params.userId}`;
  const run = (active: boolean) => () =>
    setUserActive({
      db: context.services.db,
      actor,
      userId: params.userId,
      active,
      requestId: context.requestId,
    });
  return handleForms(request, {
    deactivate: formSpec({
      schema: noFields,
      run: run(false),
      done: () => redirectWithNotice(request, path, { key: "auth.admin.user.deactivated" }),
    }),
    reactivate: formSpec({
      schema: noFields,
      run: run(true),
      done: () => redirectWithNotice(request, path, { key: "auth.admin.user.reactivated" }),
    }),
  });
}

export default function AdminUser({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { account } = loaderData;
  const formError = actionData?.result?.error?.[""]?.[0];
  const active = account.deactivatedAt === null;
  return (
    <>
      <title>{`${t("auth.admin.user.title", { name: account.name })} – Digit'ESS`}</title>
      <p>
        <Link to="/admin/utilisateurs">{t("auth.admin.user.back")}</Link>
      </p>
      <h1 style={{ overflowWrap: "anywhere" }}>
        {t("auth.admin.user.title", { name: account.name })}
      </h1>
      <ul className="prose-list">
        <li style={{ overflowWrap: "anywhere" }}>{account.email}</li>
        <li>{t(`role.${account.role}`)}</li>
        <li>
          {account.emailVerified ? t("auth.admin.user.verified") : t("auth.admin.user.unverified")}
        </li>
        <li>{t("auth.admin.user.created", { date: formatDay(account.createdAt, locale) })}</li>
        <li>
          {active
            ? t("auth.admin.users.active")
            : t("auth.admin.users.inactive", {
                date: formatDay(account.deactivatedAt ?? account.createdAt, locale),
              })}
        </li>
        <li>{t("auth.admin.user.sessions", { count: account.activeSessions })}</li>
      </ul>
      {formError ? <ErrorSummary errors={[{ message: formError }]} /> : null}
      <Form method="post" id="etat">
        <input type="hidden" name="intent" value={active ? "deactivate" : "reactivate"} />
        <p>{active ? t("auth.admin.user.deactivateHelp") : t("auth.admin.user.reactivateHelp")}</p>
        <button type="submit" className={active ? "button button-danger" : "button"}>
          {active ? t("auth.admin.user.deactivate") : t("auth.admin.user.reactivate")}
        </button>
      </Form>
      <p style={{ marginTop: "1.5rem" }}>
        <Link to={`/admin/journal?element=${encodeURIComponent(account.id)}`}>
          {t("auth.admin.user.history")}
        </Link>
      </p>
    </>
  );
}
