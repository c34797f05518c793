/**
 * Issue 13's "Done when", in Chromium: the demo instructor finds a submitted application by its
 * number, takes it into review and asks for a document; the applicant reads the request (and its
 * e-mail) and answers with a file; the instructor sees the answer, scores the file on the
 * programme's grid and marks it ready for the committee. The manager of another antenna cannot
 * open it. Every page passes axe.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed";
import { samplePdf } from "../factories/applications";
import { expect, test } from "./fixtures";

// A submitted application of the demo seed, in the Vaucluse (Marseille antenna's queue).
const applicantEmail = "lucie.roux@demo.digitess.fr";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  return page;
}

test("an instructor asks for a document, the applicant answers, the file is scored and ready", async ({
  page,
  browser,
  loginAs,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const applicant = await signedIn(browser, applicantEmail);
  await applicant.goto("/espace/candidatures");
  const number = (
    await applicant
      .getByText(/DE-\d{4}-\d{5}/)
      .first()
      .textContent()
  )?.match(/DE-\d{4}-\d{5}/)?.[0];
  expect(number).toBeTruthy();

  // The instructor finds it by number in the inbox and opens the file.
  await loginAs("instructor");
  await page.goto("/instruction");
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(number as string);
  await page.getByRole("searchbox", { name: "Rechercher" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${number}`));
  await page.getByRole("link", { name: number as string }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number as string);
  const fileUrl = page.url();
  await checkA11y();

  await page.getByRole("link", { name: "Commencer l'examen" }).click();
  await page.getByRole("button", { name: "Prendre en examen" }).click();
  await expect(page.getByText("Le dossier est pris en examen.")).toBeVisible();

  await page.getByRole("link", { name: "Demander des compléments" }).click();
  await checkA11y();
  await page
    .getByLabel("Message à la structure")
    .fill(
      "Pour finir l'examen, pouvez-vous nous envoyer le procès-verbal de votre dernière assemblée générale ?",
    );
  await page
    .getByLabel("Pièces ou informations manquantes")
    .fill("Procès-verbal de la dernière assemblée générale");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(
    page.getByText("La demande de compléments est envoyée à la structure."),
  ).toBeVisible();

  // The applicant is told by e-mail, reads the missing item and answers with the document.
  const mail = await readEmail(applicantEmail, "Compléments");
  expect(mail.text).toContain(number as string);
  await applicant.goto("/espace/candidatures");
  await applicant
    .getByRole("link", { name: new RegExp(number as string) })
    .first()
    .click();
  await expect(
    applicant
      .getByRole("region", { name: "Répondre à la demande de l'équipe" })
      .getByRole("listitem")
      .filter({ hasText: "Procès-verbal de la dernière assemblée générale" }),
  ).toBeVisible();
  await checkA11y(applicant);
  await applicant
    .getByLabel("Votre réponse")
    .fill("Voici le procès-verbal de notre assemblée générale de juin.");
  await applicant.getByLabel("Documents à joindre (facultatif)").setInputFiles({
    name: "proces-verbal-ag.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(samplePdf("Procès-verbal")),
  });
  await applicant.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(
    applicant.getByText(
      "Votre réponse est envoyée à l'équipe. L'examen de votre candidature reprend.",
    ),
  ).toBeVisible();

  // Back in review: the answer and its file are in the file; the instructor scores and concludes.
  await page.goto(fileUrl);
  await expect(
    page.getByText("Voici le procès-verbal de notre assemblée générale de juin."),
  ).toBeVisible();
  await expect(page.getByText("proces-verbal-ag.pdf").first()).toBeVisible();
  await page.getByRole("link", { name: "Évaluer sur la grille du programme" }).click();
  await checkA11y();
  const criteria = page.locator("fieldset");
  const count = await criteria.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let index = 0; index < count; index += 1) {
    await criteria.nth(index).locator('input[type="radio"][value="4"]').check();
  }
  await page.getByRole("button", { name: "Enregistrer mes notes" }).click();
  await expect(page.getByText("Vos notes sont enregistrées.")).toBeVisible();

  await page.getByRole("link", { name: "Déclarer prête pour le comité" }).click();
  await page
    .getByLabel("Synthèse pour le comité")
    .fill(
      "Association de jardins partagés solide ; besoin clair d'un outil de gestion des adhérents.",
    );
  await page.getByRole("button", { name: "Déclarer prêt pour le comité" }).click();
  await expect(page.getByText("Le dossier est prêt pour le comité.")).toBeVisible();
  await expect(page.getByText("Prête pour le comité").first()).toBeVisible();
  await checkA11y();

  // The Lyon antenna's manager gets the site's 404 for this Marseille file.
  const lyon = await signedIn(browser, "lucas.garnier@demo.digitess.fr");
  const response = await lyon.goto(fileUrl);
  expect(response?.status()).toBe(404);
  await expect(lyon.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});
