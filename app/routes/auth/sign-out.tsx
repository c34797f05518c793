import { Form, redirect } from "react-router";
import { callAuth, getSessionUser, withCookies } from "~/features/auth/index.server";
import { pickMessages } from "~/i18n.server";
import { attempt } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/sign-out";

export async function loader({ request, context }: Route.LoaderArgs) {
  if (!(await getSessionUser(request, context))) throw redirect("/connexion");
  return { messages: pickMessages(request, ["auth"]) };
}

export async function action({ request, context }: Route.ActionArgs) {
  // Signed out either way: better-auth's cookies are cleared when it acted.
  const signedOut = await attempt(() => callAuth(context, request, "/sign-out", {}));
  const headers = signedOut.ok ? withCookies(signedOut.value.setCookies) : undefined;
  return redirectWithNotice(request, "/connexion", { key: "auth.signIn.signedOut" }, { headers });
}

export default function SignOut() {
  const t = useT();
  return (
    <>
      <title>{`${t("auth.signOut.title")} – Digit'ESS`}</title>
      <h1>{t("auth.signOut.title")}</h1>
      <p>{t("auth.signOut.confirm")}</p>
      <Form method="post">
        <button type="submit" className="button">
          {t("shell.signOut")}
        </button>
      </Form>
    </>
  );
}
