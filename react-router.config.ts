import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  appDirectory: "app",
  // BUILD_DIR lets several builds coexist (parallel work trees, tests); the server reads it too.
  buildDirectory: process.env.BUILD_DIR ?? "build",
} satisfies Config;
