/**
 * The maturity diagnostic without JavaScript (issue 5): every step is a plain form post, errors
 * come back from the server, answers are kept, and the result and its PDF are served as pages.
 * A reload shows the answers the server has (issue 11, point 9): those sent by a button, not the
 * ones ticked since (with JavaScript the tab keeps those: diagnostic-reload.spec.ts).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 720 } });

/** Answers every question of the current step with the answer at `index` (0 = first). */
async function answerStep(page: Page, index: number) {
  const groups = page.locator("fieldset.diagnostic-question");
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole("radio").nth(index).check();
  }
}

// Axe needs scripts in the page: it checks these same pages in diagnostic.spec.ts.
test("a visitor completes the diagnostic without JavaScript and downloads the PDF", async ({
  page,
}) => {
  await page.goto("/diagnostic");
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();

  // Errors come back from the server, with what was answered still checked.
  await page.locator("#S2-4").check();
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 3 erreur/ }),
  ).toBeVisible();
  await expect(page.locator("#S2-4")).toBeChecked();

  for (let step = 1; step <= 8; step += 1) {
    await expect(page.getByText(`Étape ${step} sur 9`)).toBeVisible();
    await answerStep(page, step % 5);
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  // Back from step 9 to step 8 keeps step 8's answers.
  await expect(page.getByText("Étape 9 sur 9")).toBeVisible();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByText("Étape 8 sur 9")).toBeVisible();
  await expect(page.locator("#R1-3")).toBeChecked();
  await page.getByRole("button", { name: "Suivant" }).click();
  await page.getByRole("radio", { name: "Non", exact: true }).check();
  await page.getByRole("radio", { name: "Personne pour l'instant" }).check();
  await page.getByRole("button", { name: "Voir mon résultat" }).click();

  // Levels 1, 2, 3, 4, 0, 1, 2, 3 -> 25, 50, 75, 100, 0, 25, 50, 75: 400 / 8 = 50.
  await expect(page.locator(".diagnostic-global-score")).toHaveText("50 sur 100");
  await expect(
    page.getByText("Accompagnement conseillé : Diagnostic numérique complet"),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Pour imprimer ce résultat, utilisez la commande « Imprimer » de votre navigateur.",
    ),
  ).toBeVisible();

  const href = await page
    .getByRole("link", { name: "Télécharger le résultat en PDF" })
    .getAttribute("href");
  const pdf = await page.request.get(href as string);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(5_000);
});

test("without JavaScript, a reload shows the answers sent, and only those", async ({ page }) => {
  await page.goto("/diagnostic");
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  await page.locator("#S1-3").check();
  await page.getByRole("button", { name: "Enregistrer et continuer plus tard" }).click();
  await expect(page.getByText("Vos réponses sont enregistrées.")).toBeVisible();
  // Ticked after the last button: only in the page, which a reload draws again from the server.
  await page.locator("#S2-1").check();
  await page.reload();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  await expect(page.locator("#S1-3")).toBeChecked();
  await expect(page.locator("#S2-1")).not.toBeChecked();
  await expect(page.getByText(/Nous avons remis les réponses/)).toHaveCount(0);
});
