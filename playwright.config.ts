import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// One data directory per port, so that parallel runs never share a database or an outbox.
const dataDir = `.e2e-data/${port}`;

// End-to-end journeys against the built app on a fresh embedded database. Retries stay at 0:
// a flaky journey is a bug to fix, not to hide.
export default defineConfig({
  testDir: "tests/e2e",
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
    command: `rm -rf ${dataDir} && DATA_DIR=${dataDir} PORT=${port} APP_URL=http://localhost:${port} NODE_ENV=test LOG_LEVEL=warn node --import tsx server/index.ts`,
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
