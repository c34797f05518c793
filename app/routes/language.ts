import { redirect } from "react-router";
import { safeRedirectPath } from "~/platform/http/safe-redirect";
import type { Route } from "./+types/language";

// Switches the interface language (a cookie), then returns to the page the visitor was on.
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const locale = url.searchParams.get("vers") === "en" ? "en" : "fr";
  const back = safeRedirectPath(url.searchParams.get("retour"), "/");
  return redirect(back, {
    headers: { "set-cookie": `lang=${locale}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}
