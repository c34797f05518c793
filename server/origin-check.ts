/**
 * Cross-site request forgery: every state-changing request (POST, PUT, PATCH, DELETE) must come
 * from a page of this site. React Router checks the Origin of page actions only; this check runs
 * before it, for every route: page actions, resource routes (autosave, uploads) and
 * better-auth's endpoints. The public API (`/api/v1/*`) is exempt: it reads no cookie, so a
 * foreign page gains nothing by calling it (third-party servers send no Origin at all).
 *
 * The Origin header decides; without it, the Referer's origin; without either, the request is
 * refused (every current browser sends Origin on a POST). A page on the same host at another
 * port is another origin and is refused.
 */
import type { RequestHandler } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin ("scheme://host[:port]") of a URL, or null when it is not one. */
function originOf(value: string | undefined): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** What the decision needs of a request. */
export interface OriginInput {
  readonly method: string;
  readonly path: string;
  readonly origin?: string;
  readonly referer?: string;
  /** The site's own origins: APP_URL's and the one the request was addressed to. */
  readonly allowed: readonly string[];
}

/** True when the request may go on: a safe method, the public API, or a request from this site. */
export function isSameSiteRequest(input: OriginInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (input.path === "/api/v1" || input.path.startsWith("/api/v1/")) return true;
  const origin = input.origin !== undefined ? originOf(input.origin) : originOf(input.referer);
  return origin !== null && input.allowed.includes(origin);
}

const refusalPage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demande refusée – Digit'ESS</title></head>
<body><main><h1>Demande refusée</h1>
<p>Cette demande ne vient pas d'une page de Digit'ESS, elle n'a donc pas été prise en compte et rien n'a été enregistré.
Revenez sur le site, rechargez la page et recommencez.</p>
<p lang="en">This request did not come from a Digit'ESS page, so nothing was saved. Go back to the site, reload the page and try again.</p>
<p><a href="/">Retour à l'accueil</a></p></main></body></html>`;

/** The Express middleware: 403 with a French page for a cross-site state-changing request. */
export function originCheck(appUrl: string | undefined): RequestHandler {
  const appOrigin = originOf(appUrl);
  return (req, res, next) => {
    const own = `${req.protocol}://${req.get("host") ?? ""}`;
    const allowed = appOrigin ? [appOrigin, own] : [own];
    const input: OriginInput = {
      method: req.method,
      path: req.path,
      allowed,
      ...(req.headers.origin !== undefined ? { origin: req.headers.origin } : {}),
      ...(req.headers.referer !== undefined ? { referer: req.headers.referer } : {}),
    };
    if (isSameSiteRequest(input)) return next();
    res.status(403).type("html").set("Cache-Control", "no-store").send(refusalPage);
  };
}
