/**
 * Security headers of every response. Scripts run only with the per-request nonce (React Router's
 * inline hydration scripts carry it); no framing; no referrer leak to other sites; HSTS only when
 * the request came over https.
 */
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/** Builds the Content-Security-Policy of a response using `nonce` for scripts. */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * Headers a route may set for itself (a download's `default-src 'none'; sandbox`): its value
 * replaces the default instead of being sent beside it, so each response carries one set.
 */
const ROUTE_OVERRIDABLE = new Set(["content-security-policy", "x-content-type-options"]);

/** Express middleware: sets the headers and `res.locals.cspNonce`. */
export function securityHeaders(options: { dev?: boolean } = {}) {
  return (req: Request, res: Response, next: NextFunction) => {
    const append = res.append.bind(res);
    res.append = (field: string, value?: string[] | string) => {
      if (ROUTE_OVERRIDABLE.has(field.toLowerCase()) && value !== undefined) {
        res.setHeader(field, value);
        return res;
      }
      return append(field, value);
    };
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, options.dev));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (req.secure) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  };
}
