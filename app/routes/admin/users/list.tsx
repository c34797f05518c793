import { Form, Link } from "react-router";
import { listUsers, requirePermission } from "~/features/auth/index.server";
import { pickMessages } from "~/i18n.server";
import { formatDay } from "~/platform/format/dates";
import { SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { Route } from "./+types/list";

const STATUSES = ["active", "inactive"] as const;

// Administrators only: every account, searched by name or address (a GET form).
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "manage:users");
  const url = new URL(request.url);
  const search = (url.searchParams.get("q") ?? "").trim().slice(0, 120);
  const statusParam = url.searchParams.get("etat") ?? "";
  const status = (STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as (typeof STATUSES)[number])
    : undefined;
  const after = (url.searchParams.get("apres") ?? "").slice(0, 254) || undefined;
  const page = await listUsers(context.services.db, {
    ...(search ? { search } : {}),
    ...(status ? { status } : {}),
    ...(after ? { afterEmail: after } : {}),
  });
  const next = new URLSearchParams(url.searchParams);
  const last = page.users.at(-1);
  if (last) next.set("apres", last.email);
  return {
    search,
    status: status ?? "",
    users: page.users.map((u) => ({ ...u, deactivatedAt: u.deactivatedAt?.toISOString() ?? null })),
    nextUrl: page.hasMore ? `/admin/utilisateurs?${next.toString()}` : null,
    messages: pickMessages(request, ["auth", "auth.admin"]),
  };
}

export default function AdminUsers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { users, search, status, nextUrl } = loaderData;
  return (
    <>
      <title>{`${t("auth.admin.users.title")} – Digit'ESS`}</title>
      <h1 id="comptes">{t("auth.admin.users.title")}</h1>
      <p>{t("auth.admin.users.intro")}</p>
      <Form method="get" className="form" role="search">
        <Field
          id="q"
          label={t("auth.admin.users.search")}
          inputProps={{ name: "q", type: "search", defaultValue: search, maxLength: 120 }}
        />
        <SelectField
          id="etat"
          label={t("auth.admin.users.status")}
          options={[
            { value: "", label: t("auth.admin.users.statusAll") },
            { value: "active", label: t("auth.admin.users.statusActive") },
            { value: "inactive", label: t("auth.admin.users.statusInactive") },
          ]}
          selectProps={{ name: "etat", defaultValue: status }}
        />
        <button type="submit" className="button">
          {t("auth.admin.users.submit")}
        </button>
      </Form>
      {users.length === 0 ? (
        <p className="empty-state">{t("auth.admin.users.empty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="comptes" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("auth.admin.users.name")}</th>
              <th {...r.columnheader}>{t("auth.admin.users.email")}</th>
              <th {...r.columnheader}>{t("auth.admin.users.role")}</th>
              <th {...r.columnheader}>{t("auth.admin.users.state")}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {users.map((u) => (
              <tr key={u.id} {...r.row}>
                <th {...r.rowheader}>
                  <StackedLabel>{t("auth.admin.users.name")}</StackedLabel>
                  <Link to={`/admin/utilisateurs/${u.id}`}>{u.name}</Link>
                </th>
                <td {...r.cell} style={{ overflowWrap: "anywhere" }}>
                  <StackedLabel>{t("auth.admin.users.email")}</StackedLabel>
                  {u.email}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("auth.admin.users.role")}</StackedLabel>
                  {t(`role.${u.role}`)}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("auth.admin.users.state")}</StackedLabel>
                  {u.deactivatedAt
                    ? t("auth.admin.users.inactive", { date: formatDay(u.deactivatedAt, locale) })
                    : t("auth.admin.users.active")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextUrl ? (
        <p>
          <Link to={nextUrl}>{t("auth.admin.users.more")}</Link>
        </p>
      ) : null}
    </>
  );
}
