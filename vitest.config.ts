import { defineConfig } from "vitest/config";

// Unit tests are pure (many, fast); integration tests open a real database (PGlite, or
// PostgreSQL when TEST_DB_DRIVER=pg); resilience scenarios run server processes on PostgreSQL.
// None needs the React Router Vite plugin.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "app/**/*.test.{ts,tsx}",
            "server/**/*.test.ts",
            "db/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: ["**/*.integration.test.{ts,tsx}", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.{ts,tsx}"],
          exclude: ["node_modules/**"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // Faults and load (issue 12, ADR 0016): real server processes on PostgreSQL, one
          // scenario at a time. `npm run test:resilience` (builds the app first).
          name: "resilience",
          include: ["tests/resilience/**/*.resilience.test.ts"],
          exclude: ["node_modules/**"],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          pool: "forks",
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
