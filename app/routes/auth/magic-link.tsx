import { data } from "react-router";
import { EmailOnlySchema } from "~/features/auth/auth.schema";
import { callAuth, isRateLimited, refusalInit } from "~/features/auth/index.server";
import { EmailRequestForm, type EmailRequestReply } from "~/features/auth/ui/email-request-form";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { translateError, useT } from "~/ui/i18n";
import type { Route } from "./+types/magic-link";

export function loader({ request }: Route.LoaderArgs) {
  return {
    linkError: new URL(request.url).searchParams.has("error"),
    messages: pickMessages(request, ["auth"]),
  };
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
          await callAuth(context, request, "/sign-in/magic-link", {
            email,
            callbackURL: "/apres-connexion",
            errorCallbackURL: "/lien-de-connexion",
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
