import { Link } from "react-router";
import { requirePermission } from "~/features/auth/index.server";
import { listFailedJobs } from "~/features/operations/index.server";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/home";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "view:area:admin");
  const { outboxDir, env, db } = context.services;
  // The dead-letter list's size, so that failed jobs do not go unnoticed.
  const { total } = await listFailedJobs(db, { limit: 1 });
  return {
    outbox: outboxDir !== null && env.DEMO_SEED,
    failedJobs: total,
    messages: pickMessages(request, ["privacy", "auth.admin"]),
  };
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("area.admin.title")} – Digit'ESS`}</title>
      <h1>{t("area.admin.title")}</h1>
      <ul className="prose-list">
        <li>
          <Link to="/admin/programmes">{t("area.admin.programs")}</Link>
        </li>
        <li>
          <Link to="/admin/diagnostic">{t("area.admin.questionBanks")}</Link>
        </li>
        <li>
          <Link to="/admin/utilisateurs">{t("auth.admin.usersLink")}</Link>
        </li>
        <li>
          <Link to="/admin/journal">{t("auth.admin.journalLink")}</Link>
        </li>
        <li>
          <Link to="/admin/comptes/suppression">{t("privacy.admin.link")}</Link>
        </li>
        <li>
          <Link to="/admin/taches">{t("area.admin.failedJobs")}</Link>
          {loaderData.failedJobs > 0 ? (
            <strong> ({t("area.admin.failedJobsCount", { count: loaderData.failedJobs })})</strong>
          ) : null}
        </li>
        {loaderData.outbox ? (
          <li>
            <Link to="/admin/courriels">{t("area.admin.outbox")}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
