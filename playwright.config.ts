import { defineConfig } from "@playwright/test";
import { registryReplayPort } from "./tests/e2e/global-setup";

const port = Number(process.env.E2E_PORT ?? 3100);
// The journeys sign up several accounts within a minute from one address: the authentication
// rate limits are lifted here (they are tested in app/features/auth/auth.integration.test.ts).
// One data directory per port, so that parallel runs never share a database or an outbox.
const dataDir = `.e2e-data/${port}`;
// The company registry is replayed locally by the global setup (no test reaches the internet).
const registryUrl = `http://127.0.0.1:${registryReplayPort(port)}`;

// End-to-end journeys against the built app on a fresh embedded database. Retries stay at 0:
// a flaky journey is a bug to fix, not to hide.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/${port}`,
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `rm -rf ${dataDir} && DATA_DIR=${dataDir} PORT=${port} APP_URL=http://localhost:${port} REGISTRY_API_URL=${registryUrl} NODE_ENV=test LOG_LEVEL=warn AUTH_RATE_LIMIT_MAX=1000 node --import tsx server/index.ts`,
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
