import { Link, Outlet } from "react-router";
import { requireProgrammeAdmin } from "~/features/programs/index.server";
import { SectionNav } from "~/features/programs/ui/admin/section-nav";
import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/layout";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { config } = await requireProgrammeAdmin(request, context, params.slug);
  return {
    slug: config.slug,
    name: config.name,
    messages: pickMessages(request, ["programs.admin"]),
  };
}

export default function ProgrammeAdminLayout({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/programmes">{t("programs.admin.backToList")}</Link>
      </p>
      <h1>{loaderData.name}</h1>
      <SectionNav slug={loaderData.slug} name={loaderData.name} />
      <p className="field-hint">{t("programs.admin.decisionsNote")}</p>
      <Outlet />
    </>
  );
}
