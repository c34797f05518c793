import { redirect } from "react-router";
import { safeRedirectPath } from "~/platform/http/safe-redirect";
import type { Route } from "./+types/language";

// Switches the interface language (a cookie, read on the server only), then returns to the page
// the visitor was on.
export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const locale = url.searchParams.get("vers") === "en" ? "en" : "fr";
  const back = safeRedirectPath(url.searchParams.get("retour"), "/");
  const secure = context.services.env.APP_URL.startsWith("https://") ? "; Secure" : "";
  return redirect(back, {
    headers: {
      "set-cookie": `lang=${locale}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`,
    },
  });
}
