import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test("an instructor reads the inbox, its ignored filter, at 320 px and by keyboard", async ({
  page,
  loginAs,
  checkA11y,
}, testInfo) => {
  await loginAs("instructor");
  await page.goto("/instruction?antenne=pas-une-antenne");
  await expect(
    page.getByRole("heading", { level: 1, name: "Instruction des candidatures" }),
  ).toBeVisible();
  await expect(
    page.getByText("Nous avons ignoré une valeur incorrecte du filtre « Antenne »."),
  ).toBeVisible();
  await checkA11y();
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expectFitsTheScreen(page);
    await page.screenshot({
      path: testInfo.outputPath(`review-inbox-${width}.png`),
      fullPage: true,
    });
  }

  // The demo seed holds submitted applications in the instructor's scope.
  const search = page.getByRole("searchbox", { name: "Rechercher" });
  await expect(page.getByRole("table", { name: /Candidatures/ })).toBeVisible();
  await search.focus();
  await page.keyboard.type("zzzz-aucune-structure");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=zzzz-aucune-structure/);
  await expect(page.getByText("Aucune candidature ne correspond à ces filtres.")).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("link", { name: "Effacer les filtres" }).first().click();
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(page.getByRole("table", { name: /Candidatures/ })).toBeVisible();
});
