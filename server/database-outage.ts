/**
 * While PostgreSQL cannot be reached (stopped, restarting, connection cut), every loader and
 * action answers 503 with `Retry-After` instead of a server error: pages show the site's French
 * "service unavailable" page (app/root.tsx), JavaScript navigations the same page, resource routes
 * and the API a short plain-text message. Nothing is restarted: the pool opens new connections as
 * soon as the database answers again. The wrapping is done once on the server build, so no route
 * has to think about it (ADR 0016).
 */
import type { ServerBuild } from "react-router";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../app/platform/db/unavailable";
import { localeFromCookie } from "../app/platform/i18n/translator";
import { en, fr } from "../app/ui/messages";

type DataFunction = (args: { request: Request }) => unknown;

/** The 503 answer: thrown by a loader, React Router renders the root's error page with it. */
export function databaseUnavailableResponse(request: Request): Response {
  const messages = localeFromCookie(request.headers.get("cookie")) === "en" ? en : fr;
  return new Response(
    `${messages["error.unavailable.title"]}. ${messages["error.unavailable.body"]}`,
    {
      status: 503,
      statusText: "Service Unavailable",
      headers: {
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
}

function guarded<F extends DataFunction>(
  fn: F | undefined,
  onOutage: (error: unknown, request: Request) => void,
): F | undefined {
  if (!fn) return fn;
  const wrapped = async (args: Parameters<F>[0]) => {
    try {
      return await fn(args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      onOutage(error, args.request);
      throw databaseUnavailableResponse(args.request);
    }
  };
  return wrapped as unknown as F;
}

/** The same build, every route's loader and action answering a database outage with 503. */
export function answerDatabaseOutages(
  build: ServerBuild,
  onOutage: (error: unknown, request: Request) => void,
): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    if (!route) continue;
    const module = route.module;
    routes[id] = {
      ...route,
      module: {
        ...module,
        loader: guarded(module.loader as DataFunction | undefined, onOutage),
        action: guarded(module.action as DataFunction | undefined, onOutage),
      } as typeof module,
    };
  }
  return { ...build, routes };
}
