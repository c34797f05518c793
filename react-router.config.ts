import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  appDirectory: "app",
  // BUILD_DIR lets several builds coexist (parallel work trees, tests); the server reads it too.
  buildDirectory: process.env.BUILD_DIR ?? "build",
  // React Router 7 behaviour, chosen explicitly (each flag unset prints a warning on every build).
  // Moving to a v8 behaviour is its own change, measured and tested: middleware changes the load
  // context the server builds (server/app.ts), route-module splitting the bundles (ADR 0006).
  future: {
    v8_middleware: false,
    v8_splitRouteModules: false,
    v8_viteEnvironmentApi: false,
    v8_passThroughRequests: false,
    v8_trailingSlashAwareDataRequests: false,
  },
} satisfies Config;
