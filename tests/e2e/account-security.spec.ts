import { createFreshApplicant } from "./applicant-account";
import { expect, test } from "./fixtures";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test("an applicant signs out of every device from the account page", async ({
  page,
  browser,
  freshApplicant,
  checkA11y,
}) => {
  const applicant = await freshApplicant();

  // A second device: another browser signed in to the same account.
  const phone = await browser.newContext({ baseURL });
  const phonePage = await phone.newPage();
  await phonePage.goto("/connexion");
  await phonePage.getByLabel("Adresse électronique").fill(applicant.email);
  await phonePage.getByLabel("Mot de passe").fill(applicant.password);
  await phonePage.getByRole("button", { name: "Se connecter" }).click();
  await expect(phonePage).toHaveURL(/\/espace$/);

  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expect(page.getByText("Votre compte est ouvert sur 2 appareil(s)")).toBeVisible();
  await checkA11y();

  // A weak new password is refused on its field, with a French message.
  await page.getByLabel("Mot de passe actuel").fill(applicant.password);
  await page.getByLabel("Nouveau mot de passe").fill("motdepasse2024");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("fait partie des plus courants").first()).toBeVisible();
  await checkA11y();

  await page.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByText("Vous êtes déconnecté·e de tous les appareils")).toBeVisible();
  await checkA11y();

  await phonePage.goto("/espace");
  await expect(phonePage).toHaveURL(/\/connexion\?redirectTo=%2Fespace/);
  await phone.close();
});

test("an administrator deactivates an account, finds it in the journal, and reactivates it", async ({
  page,
  browser,
  loginAs,
  readEmail,
  checkA11y,
}) => {
  // The applicant signs in on their own browser.
  const own = await browser.newContext({ baseURL });
  const ownPage = await own.newPage();
  const applicant = await createFreshApplicant(ownPage, readEmail, { name: "Dora Désactivée" });
  await ownPage.goto("/espace");
  await expect(ownPage.getByText("Connecté·e : Dora Désactivée")).toBeVisible();

  await loginAs("admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: /^Comptes/ }).click();
  await page.getByLabel("Nom ou adresse électronique").fill(applicant.email);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await checkA11y();
  await page.getByRole("link", { name: "Dora Désactivée" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Compte de Dora Désactivée" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Désactiver ce compte" }).click();
  await expect(
    page.getByText("Le compte est désactivé et ses sessions sont fermées."),
  ).toBeVisible();

  // Signed out at once, and refused at sign-in with a message that says why.
  await ownPage.goto("/espace");
  await expect(ownPage).toHaveURL(/\/connexion/);
  await ownPage.getByLabel("Adresse électronique").fill(applicant.email);
  await ownPage.getByLabel("Mot de passe").fill(applicant.password);
  await ownPage.getByRole("button", { name: "Se connecter" }).click();
  await expect(ownPage.getByText("Ce compte a été désactivé").first()).toBeVisible();

  await page.getByRole("link", { name: "Voir ses actions et celles qui le concernent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal des actions" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "user.deactivated" })).toBeVisible();
  await checkA11y();

  await page.goBack();
  await page.getByRole("button", { name: "Réactiver ce compte" }).click();
  await expect(page.getByText("Le compte est réactivé.")).toBeVisible();
  await ownPage.getByLabel("Mot de passe").fill(applicant.password);
  await ownPage.getByRole("button", { name: "Se connecter" }).click();
  await expect(ownPage).toHaveURL(/\/espace$/);
  await own.close();
});
