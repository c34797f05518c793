/**
 * The one way to write an e-mail: a template reads a feature's catalogue (French source, English
 * beside it) through `t`, in the recipient's locale, and returns a subject and body blocks; the
 * helper renders plain text and simple HTML. Templates live in `features/<domain>/emails/`.
 */
import { type Catalogue, createTranslator, type Translate } from "~/platform/i18n/translator";
import type { Locale } from "~/platform/i18n/types";
import { type EmailDraft, type RenderedEmail, renderEmailHtml, renderEmailText } from "./render";

export type { EmailBlock, EmailDraft, RenderedEmail } from "./render";

/** An e-mail template: `(input, locale = "fr") => { subject, text, html }`. */
export type EmailTemplate<Input> = (input: Input, locale?: Locale) => RenderedEmail;

/** Declares an e-mail over `catalogue`; the locale defaults to French (no stored preference yet). */
export function defineEmail<Key extends string, Input>(
  catalogue: Catalogue<Key>,
  build: (t: Translate<Key>, input: Input) => EmailDraft,
): EmailTemplate<Input> {
  return (input, locale = "fr") => {
    const draft = build(createTranslator(catalogue, locale), input);
    return {
      subject: draft.subject,
      text: renderEmailText(draft.body),
      html: renderEmailHtml(draft.body, locale),
    };
  };
}
