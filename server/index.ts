/**
 * Starts Digit'ESS: validates the environment, opens the services (database migrated, worker,
 * demo seed), serves the app, and shuts down gracefully on SIGTERM.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { ServerBuild } from "react-router";
import { EnvError, getEnv } from "../app/platform/env.server";
import { createLogger } from "../app/platform/logger.server";
import { createServices } from "../app/services.server";
import { createApp } from "./app";
import { createGracefulShutdown } from "./graceful-shutdown";

if (existsSync(".env")) process.loadEnvFile(".env");

let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const dev = process.argv.includes("--dev");
const logger = createLogger(env.LOG_LEVEL);

let services: Awaited<ReturnType<typeof createServices>>;
try {
  services = await createServices(env, logger, {
    ...(env.NODE_ENV === "production" ? {} : { progress: (line: string) => console.log(line) }),
  });
} catch (error) {
  logger.fatal({ err: error }, "could not start");
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let app: ReturnType<typeof createApp>;
let closeVite = async () => {};
if (dev) {
  const vite = await import("vite");
  const viteServer = await vite.createServer({ server: { middlewareMode: true } });
  closeVite = () => viteServer.close();
  app = createApp({
    services,
    viteMiddlewares: viteServer.middlewares,
    build: () =>
      viteServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>,
  });
} else {
  const buildDir = path.resolve(process.env.BUILD_DIR ?? "build");
  const build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
  app = createApp({ services, build, clientDir: path.join(buildDir, "client") });
}

const server = app.listen(env.PORT, env.HOST, () => {
  logger.info({ port: env.PORT, database: services.database.driver }, "listening");
  console.log(`Digit'ESS est prêt : ouvrez ${env.APP_URL}`);
});
server.keepAliveTimeout = 5000;

createGracefulShutdown({
  server,
  cleanup: async () => {
    await closeVite();
    await services.close();
  },
  log: (message) => logger.info(message),
});
