/**
 * Renders the body of an e-mail, given as blocks, to plain text and to simple HTML (pure). The
 * plain text is the reference (tests and the outbox read it); the HTML says the same with
 * paragraphs, lists and clickable links, and no images, styles sheets or tracking.
 */
import type { Locale } from "~/platform/i18n/types";

/** A paragraph (a "\n" breaks the line, a blank line starts a new paragraph) or a list. */
export type EmailBlock = string | { readonly title?: string; readonly items: readonly string[] };

/** What a mail template returns: its subject and its body. */
export type EmailDraft = { readonly subject: string; readonly body: readonly EmailBlock[] };

/** A rendered e-mail, ready for the send-email job (with the recipient). */
export type RenderedEmail = { subject: string; text: string; html: string };

/** The plain-text body: blocks separated by a blank line, list items as "- item". */
export function renderEmailText(body: readonly EmailBlock[]): string {
  return body
    .map((block) =>
      typeof block === "string"
        ? block
        : [...(block.title ? [block.title] : []), ...block.items.map((item) => `- ${item}`)].join(
            "\n",
          ),
    )
    .join("\n\n");
}

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** Escapes a line and makes its http(s) URLs links. */
function inlineHtml(line: string): string {
  return line
    .split(/(https?:\/\/\S+)/)
    .map((part, index) =>
      index % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part),
    )
    .join("");
}

const paragraphHtml = (text: string) => `<p>${text.split("\n").map(inlineHtml).join("<br>")}</p>`;

/** The HTML body: one document, paragraphs, lists and links. */
export function renderEmailHtml(body: readonly EmailBlock[], locale: Locale): string {
  const blocks = body.flatMap((block) => {
    if (typeof block === "string") return block.split(/\n{2,}/).map(paragraphHtml);
    const items = block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("");
    return [...(block.title ? [paragraphHtml(block.title)] : []), `<ul>${items}</ul>`];
  });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${blocks.join("")}</body></html>`;
}
