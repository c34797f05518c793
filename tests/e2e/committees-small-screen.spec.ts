/**
 * The committees' pages on a 320 px screen, with axe: the sessions list with the member's choice
 * of where they read the times from, the demo session with its portfolio balance, its edit form,
 * and the programme's committee page with the portfolio targets form (administrators). No page
 * scrolls sideways.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test.use({ viewport: { width: 320, height: 720 } });

async function look(page: Page, checkA11y: (page?: Page) => Promise<void>, name: string) {
  await checkA11y(page);
  await expectFitsTheScreen(page);
  await page.screenshot({ path: `test-results/small-screen-${name}.png`, fullPage: true });
}

test("a committee member chooses their time zone at 320 px", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("committee_member");
  await page.goto("/comites");
  await look(page, checkA11y, "sessions-member");
  const place = page.getByLabel("Vous lisez l'heure des séances depuis");
  await place.selectOption({ label: "La Réunion" });
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText("Enregistré", { exact: false }).first()).toBeVisible();
  // The demo session's time is now given in La Réunion as well.
  await expect(page.getByText(/à La Réunion/).first()).toBeVisible();
  await look(page, checkA11y, "sessions-member-reunion");
  await place.selectOption("paris");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByText(/à La Réunion/)).toHaveCount(0);
});

test("an instructor reads the demo session, its portfolio and its edit form at 320 px", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("instructor");
  await page.goto("/comites");
  await look(page, checkA11y, "sessions-instructor");
  await page.locator('a[href^="/comites/"]').filter({ hasNotText: /Créer/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await look(page, checkA11y, "session");
  await page.getByRole("link", { name: "Modifier la date, le lieu ou le quorum" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier la séance" })).toBeVisible();
  await look(page, checkA11y, "session-edit");
});

test("an administrator reads the portfolio targets form at 320 px", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("admin");
  await page.goto("/admin/programmes");
  const programme = page.locator('a[href^="/admin/programmes/"]:not([href$="/nouveau"])').first();
  const href = (await programme.getAttribute("href")) as string;
  await page.goto(`${href.replace(/\/$/, "")}/comite`);
  await expect(
    page.getByRole("heading", { name: /Objectifs|portefeuille/i }).first(),
  ).toBeVisible();
  await look(page, checkA11y, "admin-committee");
});
