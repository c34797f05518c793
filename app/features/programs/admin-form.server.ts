/**
 * The forms of the programme admin pages, on the platform's one pipeline
 * (`~/form-action.server`): once the command acted, the page reloads with "Modifications
 * enregistrées" next to the form that was saved, or at the top of the page for an addition or a
 * removal (that form is gone).
 */
import type { AppLoadContext } from "react-router";
import type { z } from "zod";
import type { SessionUser } from "~/features/auth/index.server";
import { formSpec } from "~/form-action.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { CommandContext } from "./command.server";

/** The command context of an admin request. */
export function commandContext(user: SessionUser, context: AppLoadContext): CommandContext {
  return { db: context.services.db, actorId: user.id, requestId: context.requestId };
}

const TARGET = /^[a-zA-Z0-9_-]{1,80}$/;

/** The form a notice belongs to: the saved form, none for an addition or a removal. */
export function savedTarget(formId: string): string | undefined {
  if (formId.startsWith("add-") || formId.startsWith("remove-")) return undefined;
  return TARGET.test(formId) ? formId : undefined;
}

/**
 * The admin forms of one page: `saved(schema, run)` runs `run` with the valid values, then
 * redirects to `savedTo` with the "saved" notice targeted at the submitted form (its `formId`).
 */
export function savedForm(request: Request, savedTo: string) {
  return <Schema extends z.ZodType>(
    schema: Schema,
    run: (input: z.output<Schema>) => Promise<unknown>,
  ) =>
    formSpec({
      schema,
      run: async (input: z.output<Schema>, formData: FormData) => {
        await run(input);
        return String(formData.get("formId") ?? "").slice(0, 80);
      },
      done: (formId: string) => {
        const target = savedTarget(formId);
        return redirectWithNotice(request, savedTo, {
          key: "programs.admin.saved",
          ...(target ? { target } : {}),
        });
      },
    });
}
