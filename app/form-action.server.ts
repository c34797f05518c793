/**
 * The one pipeline of a form action (docs/architecture.md, "Adding a feature"). The route's
 * action starts with its guard, then hands the request to `handleForm` (one form) or
 * `handleForms` (a page with several forms, chosen by their `intent` field):
 *
 *   read the body (capped, form content types only: 413 / 415 / 400 French pages)
 *   → parse it with the form's schema (Conform + Zod): invalid → 400 with the field errors
 *   → run the command: NotFound → 404; Refusal → 400/409 with its message on its field
 *   → done: usually `redirectWithNotice(…)` (post/redirect/get with a confirmation).
 *
 * Messages are translated here in the visitor's language, so a reply never holds a raw key.
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import type { z } from "zod";
import type { MessageKey } from "~/i18n";
import { catalogue } from "~/i18n.server";
import { NotFound, Refusal } from "~/platform/commands/outcome";
import { type Notice, redirectWithNotice } from "~/platform/http/notice.server";
import { FORM_MAX_BYTES, fieldsWithNul, readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import { createTranslator, localeFromCookie, type Translate } from "~/platform/i18n/translator";

/** What an action answers when the form must be corrected (Conform's `lastResult`). */
export interface FormReply {
  /** Which form of the page answered (its `formId` field, or its intent). */
  readonly formId: string;
  readonly result: SubmissionResult<string[]>;
  /** The refusal's code when the command refused, for pages that show more than the message. */
  readonly refused: string | null;
}

/** One form: its schema, the command it runs, and where to go once done. */
export interface FormSpec<Schema extends z.ZodType, Value, Extra = never> {
  readonly schema: Schema;
  /** Runs the command with the valid values (throws NotFound or Refusal to refuse). */
  readonly run: (input: z.output<Schema>, formData: FormData) => Promise<Value>;
  /**
   * The answer once the command acted: a redirect, usually with a notice (or, for a form that
   * only shows something, such as a preview or a result on the same page, the page's data;
   * `reply` is the successful reply, which keeps the values typed for Conform's `lastResult`).
   */
  readonly done: (
    value: Value,
    input: z.output<Schema>,
    reply: FormReply,
  ) => Response | Extra | Promise<Response | Extra>;
  /**
   * Answers a refusal differently from the default (its message on its field, status 409);
   * return undefined to keep the default. `reply` is that default reply (values typed kept).
   */
  readonly refused?: (
    refusal: Refusal,
    input: z.output<Schema>,
    reply: FormReply,
  ) => Promise<Extra | undefined> | Extra | undefined;
  /** Conform's automatic coercion of strings (numbers, booleans); on by default. */
  readonly coerce?: boolean;
  /** Fields never sent back to the page (a password is not refilled after an error). */
  readonly hideFields?: readonly string[];
}

/** Declares a form, keeping the schema's type for `run` and `done`. */
export function formSpec<Schema extends z.ZodType, Value, Extra = never>(
  spec: FormSpec<Schema, Value, Extra>,
): FormSpec<Schema, Value, Extra> {
  return spec;
}

/** Options of the pipeline. */
export interface FormOptions {
  /** Cap of the body; the default suits forms without files. */
  readonly maxBytes?: number;
}

/** The translator of the visitor's language (the `lang` cookie). */
export function requestTranslator(request: Request): Translate<MessageKey> {
  return createTranslator(catalogue, localeFromCookie(request.headers.get("cookie")));
}

/** Translates a message when it is a catalogue key; leaves other text as it is. */
function translateText(t: Translate<MessageKey>, text: string, params?: Refusal["params"]) {
  return text in catalogue.fr ? t(text as MessageKey, params) : text;
}

/** Conform's reply with every message translated. */
function translated(
  result: SubmissionResult<string[]>,
  t: Translate<MessageKey>,
): SubmissionResult<string[]> {
  if (!result.error) return result;
  const error: Record<string, string[] | null> = {};
  for (const [name, messages] of Object.entries(result.error)) {
    error[name] = messages ? messages.map((message) => translateText(t, message)) : messages;
  }
  return { ...result, error };
}

/** The redirect with a notice that most forms answer once done. */
export function doneWithNotice(request: Request, to: string, notice: Notice<MessageKey>) {
  return redirectWithNotice(request, to, notice);
}

// biome-ignore lint/suspicious/noExplicitAny: each form of a page keeps its own schema and value types.
type AnyFormSpec = FormSpec<any, any, any>;

// biome-ignore lint/suspicious/noExplicitAny: `done` takes each form's own value (contravariant).
type ExtraOf<Spec> = Spec extends FormSpec<any, any, infer Extra> ? Extra : never;

/** What the pipeline answers: a redirect (or another response), the form reply, or a custom answer. */
export type FormAnswer<Extra> = Response | ReturnType<typeof data<FormReply>> | Extra;

async function runForm<Schema extends z.ZodType, Value, Extra>(
  request: Request,
  formData: FormData,
  formId: string,
  spec: FormSpec<Schema, Value, Extra>,
): Promise<FormAnswer<Extra>> {
  const t = requestTranslator(request);
  const withNul = fieldsWithNul(formData);
  if (withNul.length > 0) {
    // Nothing is parsed or run: each field holding a NUL character gets its own message.
    const message = t("form.error.nulCharacter");
    const error = Object.fromEntries(withNul.map((name) => [name, [message]]));
    const reply: FormReply = { formId, result: { status: "error", error }, refused: null };
    return data(reply, { status: 400 });
  }
  const submission = parseWithZod(formData, {
    schema: spec.schema,
    ...(spec.coerce === false ? { disableAutoCoercion: true } : {}),
  });
  const hideFields = spec.hideFields ? [...spec.hideFields] : undefined;
  if (submission.status !== "success") {
    const reply: FormReply = {
      formId,
      result: translated(submission.reply({ hideFields }), t),
      refused: null,
    };
    return data(reply, { status: 400 });
  }
  const input = submission.value as z.output<Schema>;
  let value: Value;
  try {
    value = await spec.run(input, formData);
  } catch (error) {
    if (error instanceof NotFound) throw notFound();
    if (!(error instanceof Refusal)) throw error;
    const message = translateText(t, error.message, error.params);
    const result = submission.reply({
      ...(error.field ? { fieldErrors: { [error.field]: [message] } } : { formErrors: [message] }),
      hideFields,
    });
    const reply: FormReply = { formId, result, refused: error.code };
    const custom = await spec.refused?.(error, input, reply);
    if (custom !== undefined) return custom;
    return data(reply, { status: 409 });
  }
  return spec.done(value, input, {
    formId,
    result: submission.reply({ hideFields }),
    refused: null,
  });
}

/** Handles the POST of a page's one form. */
export async function handleForm<Schema extends z.ZodType, Value, Extra = never>(
  request: Request,
  spec: FormSpec<Schema, Value, Extra>,
  options: FormOptions = {},
): Promise<FormAnswer<Extra>> {
  const formData = await readFormBody(request, options.maxBytes ?? FORM_MAX_BYTES, {
    keepNul: true,
  });
  const formId = String(formData.get("formId") ?? "form").slice(0, 80);
  return runForm(request, formData, formId, spec);
}

/**
 * Handles the POST of one of a page's forms, chosen by its `intent` field (an unknown intent is
 * a 404, as for a route that does not exist).
 */
export async function handleForms<Forms extends Record<string, AnyFormSpec>>(
  request: Request,
  forms: Forms,
  options: FormOptions = {},
): Promise<FormAnswer<ExtraOf<Forms[keyof Forms]>>> {
  const formData = await readFormBody(request, options.maxBytes ?? FORM_MAX_BYTES, {
    keepNul: true,
  });
  const intent = String(formData.get("intent") ?? "");
  const spec = Object.hasOwn(forms, intent) ? forms[intent] : undefined;
  if (!spec) throw notFound();
  const formId = String(formData.get("formId") ?? intent).slice(0, 80);
  return runForm(request, formData, formId, spec);
}

/**
 * Runs the pipeline on a body the action read itself (an upload whose cap depends on the page, or
 * whose excess the page shows in the form); the form is named by its `formId` or `intent` field.
 */
export async function handleFormData<Schema extends z.ZodType, Value, Extra = never>(
  request: Request,
  formData: FormData,
  spec: FormSpec<Schema, Value, Extra>,
): Promise<FormAnswer<Extra>> {
  const formId = String(formData.get("formId") ?? formData.get("intent") ?? "form").slice(0, 80);
  return runForm(request, formData, formId, spec);
}
