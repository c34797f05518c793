import { data } from "react-router";
import { EmailOnlySchema } from "~/features/auth/auth.schema";
import { callAuth, isRateLimited, refusalInit } from "~/features/auth/index.server";
import { EmailRequestForm, type EmailRequestReply } from "~/features/auth/ui/email-request-form";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/forgot-password";

// Public page: no guard.
export function loader({ request }: Route.LoaderArgs) {
  return { messages: pickMessages(request, ["auth"]) };
}

// Public form: no guard. The same answer whether or not the account exists: nothing to learn
// about who is registered; only a rate-limited call is refused (429).
export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(
    request,
    formSpec({
      schema: EmailOnlySchema,
      run: async ({ email }) => {
        try {
          await callAuth(context, request, "/request-password-reset", {
            email,
            redirectTo: "/reinitialiser-mot-de-passe",
          });
        } catch (error) {
          if (isRateLimited(error)) throw error;
        }
      },
      done: (_sent, { email }) => data<EmailRequestReply>({ sentTo: email }),
      refused: (refusal, _input, reply) => data<EmailRequestReply>(reply, refusalInit(refusal)),
    }),
  );
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
