/**
 * Playwright fixtures: `readEmail(address)` reads the e2e server's outbox, `loginAs(role)` signs
 * in a demo persona (for journeys that only read the demo data), `freshApplicant()` signs in a
 * new applicant with their own association (for journeys that change data), and `checkA11y()`
 * runs axe on the current page (no violation allowed).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../app/features/auth/roles";
import { DEMO_PASSWORD, demoAccounts } from "../../db/seed";
import { waitForMail } from "../support/mail";
import { createFreshApplicant, type FreshApplicant } from "./applicant-account";

export const outboxDir = `.e2e-data/${process.env.E2E_PORT ?? 3100}/mail`;

/** Rules run on every page although the installed axe-core may not run them by default. */
const strictRules = ["label-content-name-mismatch"];

type Fixtures = {
  readEmail: (to: string, subjectIncludes?: string) => ReturnType<typeof waitForMail>;
  loginAs: (role: Role) => Promise<void>;
  /** A new applicant, signed in on `page`, owning a new copy of the demo association. */
  freshApplicant: () => Promise<FreshApplicant>;
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
  freshApplicant: async ({ page, readEmail }, use) => {
    await use(async () => {
      const applicant = await createFreshApplicant(page, readEmail);
      await page.goto("/espace");
      await expect(page.getByText(`Connecté·e : ${applicant.name}`)).toBeVisible();
      return applicant;
    });
  },
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        // Rules that axe-core still tags "experimental" run too: axe-core 4.14 reports
        // label-content-name-mismatch (WCAG 2.5.3) by default, 4.13 only when asked. Set before
        // withTags, which keeps these options and adds its tags.
        .options({ rules: Object.fromEntries(strictRules.map((id) => [id, { enabled: true }])) })
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
