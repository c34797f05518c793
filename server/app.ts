/**
 * The Express application: request id and JSON request log, security headers, compression,
 * static assets (hashed files cached for a year), /healthz, then React Router (whose loaders and
 * actions answer a database outage with 503: ./database-outage.ts).
 */
import { randomUUID } from "node:crypto";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type RequestHandler } from "express";
import type { ServerBuild } from "react-router";
import { createRequestHandler as createFetchHandler } from "react-router";
import type { Services } from "../app/services.server";
import { apiRateLimit } from "./api-rate-limit";
import { answerDatabaseOutages } from "./database-outage";
import { originCheck } from "./origin-check";
import { securityHeaders } from "./security-headers";

/** Hides secret tokens carried in URLs (resume links, invitations) from the request log. */
export function maskSecrets(path: string): string {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return path.replace(/[A-Za-z0-9_-]{24,}/g, (segment) =>
    uuid.test(segment) ? segment : ":token",
  );
}

export type AppOptions = {
  services: Services;
  /** The built app, or a loader of it (Vite dev server). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Vite's middlewares in development; static files from build/client otherwise. */
  viteMiddlewares?: RequestHandler;
  clientDir?: string;
};

/** Builds the Express app around React Router. */
export function createApp({ services, build, viteMiddlewares, clientDir }: AppOptions) {
  const { logger, env } = services;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);

  app.use((req, res, next) => {
    const requestId = randomUUID();
    const started = process.hrtime.bigint();
    res.locals.requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    // better-auth reads the client address from this header: set it from what Express trusts,
    // never from what the client sent.
    req.headers["x-forwarded-for"] = req.ip ?? "";
    res.on("finish", () => {
      logger.info(
        {
          requestId,
          method: req.method,
          route: maskSecrets(req.path),
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  });
  app.use(securityHeaders({ dev: Boolean(viteMiddlewares) }));
  app.use(compression());
  app.use(originCheck(env.APP_URL));
  app.use("/api/v1", apiRateLimit({ db: services.db, max: env.API_RATE_LIMIT_MAX }));

  app.get("/healthz", async (_req, res) => {
    try {
      await services.database.ping();
      res.status(200).json({ status: "ok", database: services.database.driver });
    } catch (error) {
      logger.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  if (viteMiddlewares) {
    app.use(viteMiddlewares);
  } else if (clientDir) {
    app.use(
      "/assets",
      express.static(`${clientDir}/assets`, { immutable: true, maxAge: "1y", index: false }),
    );
    app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  }

  // A database outage answers 503 from every loader and action, never a server error.
  const onOutage = (error: unknown, request: Request) =>
    logger.warn({ err: error, url: request.url }, "database unavailable");
  const served: ServerBuild | (() => Promise<ServerBuild>) =
    typeof build === "function"
      ? async () => answerDatabaseOutages(await build(), onOutage)
      : answerDatabaseOutages(build, onOutage);

  const mode = viteMiddlewares ? "development" : "production";
  // Renders a page of the app for an internal request: the catch-all route's 404 page, which
  // resource routes answer instead of a bare body (app/resource-route.server.ts).
  const renderPage = createFetchHandler(served, mode);
  app.all(
    "/{*path}",
    createRequestHandler({
      build: served,
      mode,
      getLoadContext: (_req, res) => {
        const context = {
          services,
          requestId: res.locals.requestId as string,
          cspNonce: res.locals.cspNonce as string,
          notFoundPage: (request: Request) => {
            const headers = new Headers();
            const cookie = request.headers.get("cookie");
            if (cookie) headers.set("cookie", cookie);
            const url = new URL("/page-introuvable", request.url);
            return renderPage(new Request(url, { headers }), context);
          },
        };
        return context;
      },
    }),
  );
  return app;
}
