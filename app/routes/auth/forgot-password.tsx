import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { EmailOnlySchema } from "~/features/auth/auth.schema";
import { callAuth } from "~/features/auth/index.server";
import { EmailRequestForm } from "~/features/auth/ui/email-request-form";
import { pickMessages } from "~/i18n.server";
import { readFormBody } from "~/platform/http/read-body.server";
import type { Route } from "./+types/forgot-password";

// Public page: no guard.
export function loader({ request }: Route.LoaderArgs) {
  return { messages: pickMessages(request, ["auth"]) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readFormBody(request), { schema: EmailOnlySchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const result = await callAuth(context, request, "/request-password-reset", {
    email: submission.value.email,
    redirectTo: "/reinitialiser-mot-de-passe",
  });
  if (!result.ok && result.status === 429) {
    return data({ result: submission.reply({ formErrors: [result.errorKey] }) }, { status: 429 });
  }
  // Same answer whether or not the account exists: nothing to learn about who is registered.
  return { sentTo: submission.value.email };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  return (
    <EmailRequestForm
      titleKey="auth.forgot.title"
      introKey="auth.forgot.intro"
      submitKey="auth.forgot.submit"
      sentTitleKey="auth.forgot.sentTitle"
      sentBodyKey="auth.forgot.sentBody"
      actionData={actionData}
    />
  );
}
