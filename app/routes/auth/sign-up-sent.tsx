import { pickMessages } from "~/i18n.server";
import { useT } from "~/ui/i18n";
import type { Route } from "./+types/sign-up-sent";

export function loader({ request }: Route.LoaderArgs) {
  return {
    email: new URL(request.url).searchParams.get("email") ?? "",
    messages: pickMessages(request, ["auth"]),
  };
}

export default function SignUpSent({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("auth.signUp.sentTitle")} – Digit'ESS`}</title>
      <h1>{t("auth.signUp.sentTitle")}</h1>
      <p>{t("auth.signUp.sentBody", { email: loaderData.email })}</p>
    </>
  );
}
