import { programmeLinks, toPublicProgramme } from "~/features/programs";
import { getDefaultProgrammeSlug, getProgrammeConfig } from "~/features/programs/index.server";
import { ProgrammeHome } from "~/features/programs/ui/programme-home";
import { pickMessages } from "~/i18n.server";
import { noJavaScript } from "~/ui/hydration";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/home";

// Public page: no guard. The site's home page is the home page of its default programme.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { db } = context.services;
  const slug = await getDefaultProgrammeSlug(db);
  const config = slug ? await getProgrammeConfig(db, slug) : null;
  if (!config)
    return { programme: null, links: null, messages: pickMessages(request, ["programs.public"]) };
  return {
    programme: toPublicProgramme(config),
    links: programmeLinks(config.slug, true),
    messages: pickMessages(request, ["programs.public"]),
  };
}

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { programme, links } = loaderData;
  if (!programme || !links) {
    return (
      <>
        <title>{t("app.name")}</title>
        <h1>{t("app.name")}</h1>
        <p className="empty-state">{t("programs.home.none")}</p>
      </>
    );
  }
  return <ProgrammeHome programme={programme} links={links} />;
}
