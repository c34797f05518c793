import { expect, test } from "./fixtures";

test("a visitor signs up, verifies the address by e-mail, signs in and out", async ({
  page,
  readEmail,
  checkA11y,
}) => {
  const email = `nadia.${Date.now()}@letoitpartage.fr`;
  await page.goto("/");
  await checkA11y();
  await page.getByRole("link", { name: "Créer un compte" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Créer un compte" })).toBeVisible();
  await checkA11y();

  // A wrong entry keeps what was typed and explains the problem next to the field and on top.
  await page.getByLabel("Votre nom et prénom").fill("Nadia Martin");
  await page.getByLabel("Adresse électronique").fill("nadia-sans-arobase");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 2 erreur/ }),
  ).toBeVisible();
  await expect(
    page.getByText("L'adresse électronique n'est pas valide", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByLabel("Votre nom et prénom")).toHaveValue("Nadia Martin");
  await checkA11y();

  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill("une phrase de passe solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(
    page.getByRole("heading", { name: "Confirmez votre adresse électronique" }),
  ).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await checkA11y();

  const mail = await readEmail(email, "Confirmez");
  expect(mail.link).toBeTruthy();
  await page.goto(mail.link as string);
  await expect(page.getByText("Votre adresse est confirmée")).toBeVisible();
  await checkA11y();

  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill("une phrase de passe solide");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/espace$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
  await expect(page.getByText("Connecté·e : Nadia Martin")).toBeVisible();
  await checkA11y();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByText("Vous êtes déconnecté·e")).toBeVisible();
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fespace/);
});

test("wrong password and protected pages", async ({ page, checkA11y }) => {
  await page.goto("/instruction");
  await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Finstruction/);
  await page.getByLabel("Adresse électronique").fill("karim.benali@demo.digitess.fr");
  await page.getByLabel("Mot de passe").fill("pas le bon");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(
    page.getByText("Adresse électronique ou mot de passe incorrect.").first(),
  ).toBeVisible();
  await checkA11y();
  await page.getByLabel("Mot de passe").fill("Demo-Digitess-2026");
  await page.getByRole("button", { name: "Se connecter" }).click();
  // Back to the page that was asked for.
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Instruction des candidatures" }),
  ).toBeVisible();
  const forbidden = await page.goto("/admin");
  expect(forbidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await checkA11y();
});

test("each role sees its own navigation", async ({ page, loginAs }) => {
  await loginAs("admin");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  for (const label of ["Instruction", "Comités", "Accompagnements", "Pilotage", "Administration"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Mon espace" })).toHaveCount(0);
});
