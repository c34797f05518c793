import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// The app's own TypeScript modules have no import-time side effects (the only bare import is
// app/root.tsx's CSS), so the browser build may drop a module whose exports a page does not use:
// a feature's index.ts can re-export its Zod schemas without sending Zod to every page that
// imports one helper from it (docs/decisions/0006-messages-per-page.md).
const appModule = /\/app\/.*\.tsx?$/;

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tailwindcss(), reactRouter()],
  resolve: { tsconfigPaths: true },
  build: isSsrBuild
    ? {}
    : {
        rolldownOptions: {
          treeshake: {
            moduleSideEffects: [{ test: appModule, sideEffects: false }],
          },
        },
      },
}));
