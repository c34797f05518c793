/**
 * The framework's own limit, measured in the same run as the product's pages: a bare React Router
 * app (scripts/bench/bare) built and served by Express with compression, which renders a page of
 * a given size with no data, no session and no database.
 */
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

export type BareServer = {
  /** The URL of a bare page of about `bytes` bytes of HTML. */
  pageUrl(bytes: number): string;
  stop(): Promise<void>;
};

const projectDir = path.resolve("scripts/bench/bare");

/** Builds and starts the bare app with `routeCount` routes (its page is the index). */
export async function startBareServer(port: number, routeCount = 1): Promise<BareServer> {
  const buildDir = path.join(projectDir, `build-${routeCount}`);
  execFileSync("npx", ["react-router", "build", projectDir], {
    stdio: "ignore",
    env: { ...process.env, BARE_BUILD_DIR: buildDir, BARE_ROUTE_COUNT: String(routeCount) },
  });
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/bare-server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), BARE_BUILD_DIR: buildDir },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the bare reference server exited early");
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the bare reference server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    pageUrl: (bytes) => `${base}/?bytes=${Math.round(bytes)}`,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
