/**
 * The staff page of one organisation, opened by an instructor from its URL, and the narrow
 * layouts of the tables: at 390 px and 320 px neither the staff page nor the diagnostics'
 * progress table scrolls sideways, and axe stays clean (screenshots in test-results/).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** True when the page is wider than the viewport (it would scroll sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test("an instructor opens an organisation's page; it fits a 320 px screen", async ({
  page,
  loginAs,
  checkA11y,
}, testInfo) => {
  // The demo association's id, as Mme Martin's diagnostic form carries it.
  await loginAs("applicant");
  await page.goto("/diagnostic");
  const organizationId = await page
    .locator('input[name="organizationId"]')
    .first()
    .getAttribute("value");
  expect(organizationId).toMatch(/^[0-9a-f-]{36}$/);

  // Mme Martin is a member, not staff: the staff page does not exist for her.
  const refused = await page.goto(`/instruction/structures/${organizationId}`);
  expect(refused?.status()).toBe(404);
  await page.context().clearCookies();

  await loginAs("instructor");
  await page.goto(`/instruction/structures/${organizationId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Le Toit Partagé" })).toBeVisible();
  await expect(page.getByText("888123452")).toBeVisible();
  await expect(page.getByText("Association déclarée (code 9220)")).toBeVisible();
  const members = page.getByRole("table", { name: "Membres" });
  await expect(members.getByRole("rowheader").first()).toBeVisible();
  await expect(members).toContainText("mme.martin@demo.digitess.fr");
  await expect(members).toContainText("Responsable");
  await expect(
    page.getByRole("table", { name: "Diagnostics de maturité numérique" }),
  ).toBeVisible();
  await checkA11y();

  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await overflows(page)).toBe(false);
    await page.screenshot({
      path: testInfo.outputPath(`staff-organization-${width}.png`),
      fullPage: true,
    });
  }
  await checkA11y();
});

test("the diagnostics' progress table fits 390 px and 320 px screens", async ({
  page,
  loginAs,
  checkA11y,
}, testInfo) => {
  await loginAs("applicant");
  await page.goto("/espace/diagnostics");
  const table = page.getByRole("table", { name: /Le Toit Partagé/ });
  await expect(table).toBeVisible();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await overflows(page)).toBe(false);
    // Still a table: its header cells name each column and row.
    await expect(table.getByRole("columnheader").first()).toBeAttached();
    await expect(table.getByRole("rowheader", { name: "Score global" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`progress-${width}.png`), fullPage: true });
    await checkA11y();
  }
});
