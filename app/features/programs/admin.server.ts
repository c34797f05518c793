/**
 * The pipeline of the programme admin pages: guard (administrators only, 404 for anyone else),
 * load the programme (404 when the slug is unknown), then for a form: pick the form by its
 * `intent`, validate it with its schema, run the command, and either redirect (saved) or answer
 * 400 with the field errors in the visitor's language, keeping what was typed.
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type AppLoadContext, data, redirect } from "react-router";
import type { z } from "zod";
import { requirePermission, type SessionUser } from "~/features/auth";
import { catalogue } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { createTranslator, localeFromCookie } from "~/platform/i18n/translator";
import { type CommandContext, type CommandResult, ProgrammeNotFoundError } from "./command.server";
import { MANAGE_PROGRAMMES } from "./permissions";
import { getProgrammeConfig } from "./queries.server";
import type { ProgrammeConfig } from "./types";

/** The guard of every programme admin loader and action: an administrator, and the programme. */
export async function requireProgrammeAdmin(
  request: Request,
  context: AppLoadContext,
  slug: string | undefined,
): Promise<{ user: SessionUser; config: ProgrammeConfig }> {
  const user = await requirePermission(request, context, MANAGE_PROGRAMMES);
  const config = slug ? await getProgrammeConfig(context.services.db, slug) : null;
  if (!config) throw notFound();
  return { user, config };
}

/** The command context of an admin request. */
export function commandContext(user: SessionUser, context: AppLoadContext): CommandContext {
  return { db: context.services.db, actorId: user.id, requestId: context.requestId };
}

/** What an admin form action answers when the form must be corrected. */
export interface AdminFormReply {
  readonly formId: string;
  readonly result: SubmissionResult<string[]>;
}

/** One form of a page: its schema and the command it runs with the valid values. */
export interface AdminForm<Schema extends z.ZodType> {
  readonly schema: Schema;
  readonly run: (value: z.output<Schema>) => Promise<CommandResult>;
}

/** Declares a form (keeps the schema's type for `run`). */
export function adminForm<Schema extends z.ZodType>(
  schema: Schema,
  run: (value: z.output<Schema>) => Promise<CommandResult>,
): AdminForm<Schema> {
  return { schema, run };
}

/**
 * Handles a POST of one of a page's forms, chosen by its `intent` field. On success, redirects
 * to `savedTo` with `?enregistre=<formId>` (post/redirect/get: reloading does not resubmit).
 */
export async function handleAdminForm(
  request: Request,
  forms: Readonly<Record<string, AdminForm<z.ZodType>>>,
  savedTo: string,
): Promise<Response | ReturnType<typeof data<AdminFormReply>>> {
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const formId = String(formData.get("formId") ?? intent).slice(0, 80);
  const form = forms[intent];
  if (!form) throw notFound();
  const submission = parseWithZod(formData, { schema: form.schema });
  if (submission.status !== "success") {
    return data({ formId, result: submission.reply() }, { status: 400 });
  }
  let outcome: CommandResult;
  try {
    outcome = await form.run(submission.value);
  } catch (error) {
    if (error instanceof ProgrammeNotFoundError) throw notFound();
    throw error;
  }
  if (!outcome.ok) {
    const t = createTranslator(catalogue, localeFromCookie(request.headers.get("cookie")));
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    for (const error of outcome.errors) {
      const message = t(error.key, error.params);
      if (error.field === "form") formErrors.push(message);
      else fieldErrors[error.field] = [...(fieldErrors[error.field] ?? []), message];
    }
    return data({ formId, result: submission.reply({ fieldErrors, formErrors }) }, { status: 400 });
  }
  const url = new URL(savedTo, "http://local");
  url.searchParams.set("enregistre", formId);
  return redirect(`${url.pathname}${url.search}#${formId}`);
}
