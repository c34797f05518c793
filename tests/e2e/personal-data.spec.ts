/**
 * Personal data (issue 12): a member asks for the archive of their data from their account,
 * downloads the ZIP (their account and association inside), reads the personal-data page with
 * the configured periods, then deletes their account with their password; the old password no
 * longer signs in.
 */

import { readFileSync } from "node:fs";
import { unzip } from "../../app/platform/export/unzip.test-support";
import { expect, test } from "./fixtures";

test("a member downloads their data as a ZIP, then deletes their account", async ({
  page,
  freshApplicant,
  checkA11y,
}) => {
  const applicant = await freshApplicant();

  await page.getByRole("link", { name: "Mon compte" }).click();
  await page
    .getByRole("link", { name: "Mes données personnelles : télécharger ou supprimer" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mes données personnelles" }),
  ).toBeVisible();
  await expect(page.getByText("Vous n'avez encore demandé aucun fichier.")).toBeVisible();
  await checkA11y();

  await page.getByRole("button", { name: "Préparer mon fichier" }).click();
  await expect(page.getByText("Votre fichier est en préparation.")).toBeVisible();
  // The page reloads itself while the job writes the archive.
  const link = page.getByRole("link", { name: /Télécharger le fichier ZIP/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Disponible jusqu'au/)).toBeVisible();
  await checkA11y();
  await page.setViewportSize({ width: 320, height: 800 });
  await checkA11y();
  await page.setViewportSize({ width: 1280, height: 800 });

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^mes-donnees-digitess-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzip(readFileSync(await download.path()));
  expect(entries.map((entry) => entry.name)).toEqual(
    expect.arrayContaining(["LISEZ-MOI.txt", "donnees.json"]),
  );
  const data = JSON.parse(entries.find((e) => e.name === "donnees.json")?.data.toString() ?? "{}");
  expect(data.account.email).toBe(applicant.email);
  expect(data.organizations.map((o: { profile: { name: string } }) => o.profile.name)).toEqual([
    applicant.organizationName,
  ]);

  await page
    .getByRole("link", { name: "Ce que nous collectons et combien de temps nous le gardons" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Données personnelles" })).toBeVisible();
  await expect(
    page.getByText("Une candidature jamais envoyée : 12 mois après sa dernière modification."),
  ).toBeVisible();
  await expect(page.getByText("Le journal des actions : 6 ans.")).toBeVisible();
  await checkA11y();

  await page
    .getByRole("link", { name: "Mes données personnelles : télécharger ou supprimer" })
    .click();
  await page.getByRole("link", { name: "Supprimer mon compte…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Supprimer mon compte" })).toBeVisible();
  await expect(
    page.getByText(`Vous êtes le seul membre de « ${applicant.organizationName} »`),
  ).toBeVisible();
  await checkA11y();

  // A wrong password: a French message on the field, nothing deleted.
  await page.getByLabel("Votre mot de passe").fill("pas le bon mot de passe");
  await page.getByLabel("Je comprends que la suppression de mon compte est définitive.").check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(
    page.getByText(/Ce mot de passe n'est pas celui de votre compte/).first(),
  ).toBeVisible();
  await checkA11y();

  await page.getByLabel("Votre mot de passe").fill(applicant.password);
  await page.getByLabel("Je comprends que la suppression de mon compte est définitive.").check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(
    page.getByText("Votre compte a été supprimé. Merci d'avoir utilisé Digit'ESS."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();

  const signIn = await page.request.post("/api/auth/sign-in/email", {
    headers: { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}` },
    data: { email: applicant.email, password: applicant.password },
  });
  expect(signIn.status()).toBe(401);
});
