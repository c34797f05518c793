/**
 * Remembers, in a cookie of the visitor's browser, the diagnostic they took before creating an
 * account, so their organisation's space can offer to save it once they are signed in (the
 * sign-up, e-mail confirmation and sign-in pages do not carry it along).
 */
import type { AppLoadContext } from "react-router";
import { isResumeToken } from "./resume-token.server";

const cookieName = "digitess_diagnostic";
/** Thirty days: long enough to confirm the e-mail address and sign in on another day. */
const maxAgeSeconds = 60 * 60 * 24 * 30;

/** Reads the remembered resume token from the request's cookies, if any. */
export function readPendingDiagnostic(request: Request): string | null {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === cookieName) {
      const value = rest.join("=");
      return isResumeToken(value) ? value : null;
    }
  }
  return null;
}

function attributes(context: AppLoadContext, maxAge: number): string {
  const secure = context.services.env.APP_URL.startsWith("https:") ? "; Secure" : "";
  return `Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/** The Set-Cookie value that remembers a resume token. */
export function rememberPendingDiagnostic(context: AppLoadContext, token: string): string {
  return `${cookieName}=${token}; ${attributes(context, maxAgeSeconds)}`;
}

/** The Set-Cookie value that forgets the remembered token. */
export function forgetPendingDiagnostic(context: AppLoadContext): string {
  return `${cookieName}=; ${attributes(context, 0)}`;
}
