/**
 * Issue 11, point 8, on a 320 px phone with JavaScript and without it (the server's HTML with
 * its scripts removed, so axe still runs): the simulator's result fits the screen as a stacked
 * table, an error removes the result of the previous amounts, and the administration pages of a
 * programme fit the screen with no scroll region a keyboard cannot reach (axe
 * `scrollable-region-focusable`).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";
import { withoutPageScripts } from "./server-html";

test.use({ viewport: { width: 320, height: 800 } });

async function simulate(page: Page, level: string, cost: string, rate: string) {
  await page.getByRole("radio", { name: new RegExp(`^${level}`) }).check();
  await page.getByLabel("Coût total du projet, en euros").fill(cost);
  await page.getByLabel("Taux de prise en charge souhaité").fill(rate);
  await page.getByRole("button", { name: "Calculer" }).click();
}

const adminPages = [
  "/admin/programmes",
  "/admin/programmes/digitess",
  "/admin/programmes/digitess/echelons",
  "/admin/programmes/digitess/axes",
  "/admin/programmes/digitess/eligibilite",
  "/admin/programmes/digitess/antennes",
  "/admin/programmes/digitess/financeurs",
  "/admin/programmes/digitess/comite",
];

for (const scripts of [true, false]) {
  const how = scripts ? "with JavaScript" : "without JavaScript";

  test(`the simulator's result fits 320 px and goes away on an error (${how})`, async ({
    page,
    checkA11y,
  }) => {
    if (!scripts) await withoutPageScripts(page);
    await page.goto("/simulateur");
    await checkA11y();
    await expectFitsTheScreen(page);
    await simulate(page, "Cadrage", "10 000", "60");
    const result = page.getByRole("heading", { name: "Votre simulation" });
    await expect(result).toBeVisible();
    const table = page.getByRole("table", { name: /Cadrage/ });
    await expect(table.getByRole("row", { name: /Taux choisi : 60 %/ })).toContainText("4 000,00");
    // Each row is one block: its cells sit one under the other, inside the screen.
    const cells = await table
      .getByRole("row", { name: /Taux choisi : 60 %/ })
      .getByRole("cell")
      .evaluateAll((elements) => elements.map((cell) => cell.getBoundingClientRect()));
    expect(cells).toHaveLength(2);
    expect(cells[1]?.top).toBeGreaterThanOrEqual((cells[0]?.bottom ?? 0) - 1);
    await checkA11y();
    await expectFitsTheScreen(page);

    // The amount emptied: the error, and no result of the old amount beside it.
    await page.getByLabel("Coût total du projet, en euros").fill("");
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(result).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
    await checkA11y();
    // Corrected, without calculating yet: the old result does not come back.
    await page.getByLabel("Coût total du projet, en euros").fill("8 000");
    await expect(result).toHaveCount(0);
    await page.getByRole("button", { name: "Calculer" }).click();
    await expect(page.getByRole("table", { name: /8\s000,00/ })).toBeVisible();
    await expectFitsTheScreen(page);
  });

  test(`the administration of a programme fits 320 px with no unreachable scroll region (${how})`, async ({
    page,
    loginAs,
    checkA11y,
  }) => {
    test.setTimeout(90_000);
    if (!scripts) await withoutPageScripts(page);
    await loginAs("admin");
    for (const path of adminPages) {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await checkA11y();
      await expectFitsTheScreen(page);
    }
    await page.goto("/admin/programmes/digitess");
    await expect(page.getByRole("table", { name: "Dernières modifications" })).toBeVisible();
  });
}
