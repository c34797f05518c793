/**
 * Playwright fixtures: `readEmail(address)` reads the e2e server's outbox, `loginAs(role)` signs
 * in a demo persona, and `checkA11y()` runs axe on the current page (no violation allowed).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../app/features/auth/roles";
import { DEMO_PASSWORD, demoAccounts } from "../../db/seed";
import { waitForMail } from "../support/mail";

export const outboxDir = `.e2e-data/${process.env.E2E_PORT ?? 3100}/mail`;

type Fixtures = {
  readEmail: (to: string, subjectIncludes?: string) => ReturnType<typeof waitForMail>;
  loginAs: (role: Role) => Promise<void>;
  checkA11y: (page?: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructured first argument
  readEmail: async ({}, use) => {
    await use((to, subjectIncludes = "") => waitForMail(outboxDir, to, subjectIncludes));
  },
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      const account = demoAccounts.find((a) => a.role === role);
      if (!account) throw new Error(`no demo account for ${role}`);
      await page.goto("/connexion");
      await page.getByLabel("Adresse électronique").fill(account.email);
      await page.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByText(`Connecté·e : ${account.name}`)).toBeVisible();
    });
  },
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
    });
  },
});

export { expect };
