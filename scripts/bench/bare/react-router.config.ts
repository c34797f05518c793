import type { Config } from "@react-router/dev/config";

// The benchmark's reference: a bare React Router app (no data, no session, no styles), built and
// served the way the product is (docs/benchmarks.md compares each page to it).
export default {
  ssr: true,
  appDirectory: "app",
  buildDirectory: process.env.BARE_BUILD_DIR ?? "build",
} satisfies Config;
