import { expect, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

test("signing in and out works without JavaScript", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill("mme.martin@demo.digitess.fr");
  await page.getByLabel("Mot de passe").fill("mauvais");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(
    page.getByText("Adresse électronique ou mot de passe incorrect.").first(),
  ).toBeVisible();
  await expect(page.getByLabel("Adresse électronique")).toHaveValue("mme.martin@demo.digitess.fr");
  await page.getByLabel("Mot de passe").fill("Demo-Digitess-2026");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByText("Vous êtes déconnecté·e")).toBeVisible();
});

test("a forgotten password is reset without JavaScript", async ({ page, readEmail }) => {
  await page.goto("/mot-de-passe-oublie");
  await page.getByLabel("Adresse électronique").fill("paul.lefevre@demo.digitess.fr");
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  const mail = await readEmail("paul.lefevre@demo.digitess.fr", "mot de passe");
  await page.goto(mail.link as string);
  await page.getByLabel("Nouveau mot de passe").fill("Demo-Digitess-2026");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été changé")).toBeVisible();
});
