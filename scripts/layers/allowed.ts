import type { AllowedImport } from "./rules";

/**
 * Known exceptions, to delete as they are fixed. Each one names the import it tolerates.
 */
export const allowedImports: readonly AllowedImport[] = [
  // ui names catalogue keys with the MessageKey type of app/i18n.ts, a types-only module (the
  // messages themselves are server-only, app/i18n.server.ts, ADR 0006): a type, never code.
  { from: "app/ui/i18n.tsx", to: "app/i18n.ts", why: "MessageKey and PageMessages types" },
  { from: "app/ui/area-home.tsx", to: "app/i18n.ts", why: "MessageKey type" },
  { from: "app/ui/layout.tsx", to: "app/i18n.ts", why: "MessageKey type" },
  { from: "app/ui/static-page.tsx", to: "app/i18n.ts", why: "MessageKey type" },
  // A test builds its diagnostics on the diagnostic feature's own test bank (test code only).
  {
    from: "app/features/supports/maturity-gain.test.ts",
    to: "app/features/diagnostic/test-fixtures.ts",
    why: "the diagnostic test bank, in a test",
  },
];
