/**
 * The one way to confirm an action after a redirect (post/redirect/get): the action sets a
 * short-lived cookie naming the catalogue message, and the next page shows it once, whatever
 * the page (the root loader reads the cookie and clears it). Nothing stays in the URL, so a
 * reload or a later error never shows a stale confirmation. Works without JavaScript and with
 * any number of app instances (the cookie travels with the browser).
 */
import { redirect } from "react-router";
import { z } from "zod";

const COOKIE = "notice";
const MAX_AGE_SECONDS = 120;

/** A confirmation to show on the next page. */
export interface Notice<Key extends string = string> {
  /** The catalogue key of the sentence. */
  readonly key: Key;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The id of the form or section the notice belongs to; none: at the top of the page. */
  readonly target?: string;
}

const noticeSchema = z.object({
  key: z.string().regex(/^[a-zA-Z0-9_.-]{1,120}$/),
  params: z
    .record(z.string().max(40), z.union([z.string().max(200), z.number()]))
    .optional()
    .refine((params) => !params || Object.keys(params).length <= 8),
  target: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,80}$/)
    .optional(),
});

function isSecure(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

/** The Set-Cookie header value that carries a notice to the next page. */
export function noticeCookie(request: Request, notice: Notice): string {
  const value = Buffer.from(JSON.stringify(notice), "utf8").toString("base64url");
  const secure = isSecure(request) ? "; Secure" : "";
  return `${COOKIE}=${value}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * Redirects to `to` and shows `notice` there. Extra headers (another Set-Cookie) are kept. A
 * `target` also becomes the URL fragment, so the page scrolls to the form it confirms.
 */
export function redirectWithNotice(
  request: Request,
  to: string,
  notice: Notice,
  init: { headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", noticeCookie(request, notice));
  const location = notice.target && !to.includes("#") ? `${to}#${notice.target}` : to;
  return redirect(location, { headers });
}

/** Reads the notice of a request (and the header that clears it), or nothing. */
export function readNotice(request: Request): { notice: Notice | null; clear: string | null } {
  const cookies = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]*)`).exec(cookies);
  if (!match) return { notice: null, clear: null };
  const secure = isSecure(request) ? "; Secure" : "";
  const clear = `${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
  try {
    const parsed = noticeSchema.safeParse(
      JSON.parse(Buffer.from(match[1] ?? "", "base64url").toString("utf8")),
    );
    return { notice: parsed.success ? parsed.data : null, clear };
  } catch {
    return { notice: null, clear };
  }
}
