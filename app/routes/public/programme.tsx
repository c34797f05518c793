import { programmeLinks, toPublicProgramme } from "~/features/programs";
import { resolvePublicProgramme } from "~/features/programs/index.server";
import { ProgrammeHome } from "~/features/programs/ui/programme-home";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { noJavaScript } from "~/ui/hydration";
import type { Route } from "./+types/programme";

// Public page: no guard. Any programme's home page, by its slug; 404 for an unknown one.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const found = await resolvePublicProgramme(context.services.db, params.slug);
  if (!found || found.config.slug !== params.slug) throw notFound();
  return {
    programme: toPublicProgramme(found.config),
    links: programmeLinks(found.config.slug, found.isDefault),
    messages: pickMessages(request, ["programs.public"]),
  };
}

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function ProgrammePage({ loaderData }: Route.ComponentProps) {
  return <ProgrammeHome programme={loaderData.programme} links={loaderData.links} />;
}
