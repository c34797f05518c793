import { expect, test } from "./fixtures";

const publicPages = [
  "/",
  "/connexion",
  "/inscription",
  "/mot-de-passe-oublie",
  "/lien-de-connexion",
  "/mentions-legales",
  "/donnees-personnelles",
  "/accessibilite",
];

test("public pages have one h1, a skip link and no accessibility violation", async ({
  page,
  checkA11y,
}) => {
  for (const path of publicPages) {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await checkA11y();
  }
  const missing = await page.goto("/nulle-part");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await checkA11y();
});

test("the skip link takes keyboard users to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});

test("pages fit a 320 px screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of publicPages) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the English catalogue can be chosen and French is the default", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByRole("link", { name: "English version" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("link", { name: "Version française" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
