import { getSessionUser } from "~/features/auth/index.server";
import { retentionPolicyOf } from "~/features/privacy";
import { PersonalDataPage } from "~/features/privacy/ui/personal-data-page";
import { pickMessages } from "~/i18n.server";
import { noJavaScript } from "~/ui/hydration";
import type { Route } from "./+types/privacy";

// Public. The periods are this installation's configuration (docs/deployment.md).
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await getSessionUser(request, context);
  return {
    page: { policy: retentionPolicyOf(context.services.env), signedIn: user !== null },
    messages: pickMessages(request, ["privacy.page"]),
  };
}

// Works the same without JavaScript: sent without scripts.
export const handle = noJavaScript;

export default function PersonalData({ loaderData }: Route.ComponentProps) {
  return <PersonalDataPage data={loaderData.page} />;
}
