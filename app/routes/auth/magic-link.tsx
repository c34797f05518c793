import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { EmailOnlySchema } from "~/features/auth/auth.schema";
import { callAuth } from "~/features/auth/index.server";
import { EmailRequestForm } from "~/features/auth/ui/email-request-form";
import { pickMessages } from "~/i18n.server";
import { readFormBody } from "~/platform/http/read-body.server";
import { translateError, useT } from "~/ui/i18n";
import type { Route } from "./+types/magic-link";

export function loader({ request }: Route.LoaderArgs) {
  return {
    linkError: new URL(request.url).searchParams.has("error"),
    messages: pickMessages(request, ["auth"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readFormBody(request), { schema: EmailOnlySchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const result = await callAuth(context, request, "/sign-in/magic-link", {
    email: submission.value.email,
    callbackURL: "/apres-connexion",
    errorCallbackURL: "/lien-de-connexion",
  });
  if (!result.ok && result.status === 429) {
    return data({ result: submission.reply({ formErrors: [result.errorKey] }) }, { status: 429 });
  }
  return { sentTo: submission.value.email };
}

export default function MagicLink({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <EmailRequestForm
      titleKey="auth.magic.title"
      introKey="auth.magic.intro"
      submitKey="auth.magic.submit"
      sentTitleKey="auth.magic.sentTitle"
      sentBodyKey="auth.magic.sentBody"
      actionData={actionData}
      notice={loaderData.linkError ? translateError(t, "auth.error.invalidToken") : undefined}
    />
  );
}
