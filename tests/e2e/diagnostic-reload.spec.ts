/**
 * The diagnostic with JavaScript (issue 11, point 9): answers ticked on a step and not sent yet
 * survive a reload, for a visitor, a signed-in person without a structure and a structure's
 * member; once the step is sent the server's answers count. The PDF of the result carries the
 * call to action, the links and the address of its accessible version (the result page).
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 320, height: 720 } });

const restoredNotice = /Nous avons remis les réponses que vous aviez cochées sur cette page/;

/** Starts a diagnostic from the intro page and waits for step 1. */
async function start(page: Page) {
  await page.goto("/diagnostic");
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  // The page is interactive (hydrated) once the copy button of the resume link is there.
  await expect(page.getByRole("button", { name: "Copier le lien" })).toBeVisible();
}

/** Reloads the page and waits until it runs its scripts again. */
async function reload(page: Page) {
  await page.reload();
  await expect(page.getByRole("button", { name: "Copier le lien" })).toBeVisible();
}

/** Ticks two answers of step 1, reloads, and finds them ticked again with the notice. */
async function answersSurviveAReload(page: Page) {
  await page.locator("#S1-3").check();
  await page.locator("#S3-0").check();
  await reload(page);
  await expect(page.getByText(restoredNotice)).toBeVisible();
  await expect(page.locator("#S1-3")).toBeChecked();
  await expect(page.locator("#S3-0")).toBeChecked();
  await expect(page.locator("#S2-0")).not.toBeChecked();
}

/** Answers every question of the current step with the answer at `index` (0 = first). */
async function answerStep(page: Page, index: number) {
  const groups = page.locator("fieldset.diagnostic-question");
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole("radio").nth(index).check();
  }
}

test("a visitor's unsent answers survive a reload; once sent, the saved answers count", async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await start(page);
  await answersSurviveAReload(page);
  await checkA11y();

  // Sent with the rest of the step: back on step 1, the saved answers, no notice.
  await page.locator("#S2-2").check();
  await page.locator("#S4-4").check();
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByText("Étape 2 sur 9")).toBeVisible();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  await expect(page.locator("#S1-3")).toBeChecked();
  await expect(page.getByText(restoredNotice)).toHaveCount(0);

  // A saved answer changed but not sent: the change survives a reload, and is not sent by it.
  await page.locator("#S1-1").check();
  await reload(page);
  await expect(page.locator("#S1-1")).toBeChecked();
  await expect(page.getByText(restoredNotice)).toBeVisible();
  // Another tab (the same link) shows what the server has: the change was never sent.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator("#S1-3")).toBeChecked();
  // Sending it from the other tab wins over this tab's draft, which is dropped on reload.
  await other.locator("#S1-0").check();
  await other.getByRole("button", { name: "Enregistrer et continuer plus tard" }).click();
  await expect(other.getByText("Vos réponses sont enregistrées.")).toBeVisible();
  await other.close();
  await reload(page);
  await expect(page.locator("#S1-0")).toBeChecked();
  await expect(page.getByText(restoredNotice)).toHaveCount(0);

  // Step 2 keeps its own draft, apart from step 1's.
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByText("Étape 2 sur 9")).toBeVisible();
  await page.locator("#E2-4").check();
  await reload(page);
  await expect(page.locator("#E2-4")).toBeChecked();
  await expect(page.locator("#E1-0")).not.toBeChecked();
});

test("a signed-in person without a structure keeps their unsent answers over a reload", async ({
  page,
  loginAs,
}) => {
  await loginAs("instructor");
  await page.goto("/diagnostic");
  await expect(page.getByText(/aucune structure n'est rattachée à votre compte/)).toBeVisible();
  await start(page);
  await answersSurviveAReload(page);
});

test("a structure's member keeps their unsent answers over a reload; the PDF matches the page and says where its accessible version is", async ({
  page,
  freshApplicant,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const applicant = await freshApplicant();
  await page.goto("/diagnostic");
  await expect(page.getByText(/le résultat sera enregistré dans l'espace de/)).toBeVisible();
  await start(page);
  await answersSurviveAReload(page);

  // The last step too (its button is "Voir mon résultat").
  for (let step = 1; step <= 8; step += 1) {
    await expect(page.getByText(`Étape ${step} sur 9`)).toBeVisible();
    await answerStep(page, 2);
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await expect(page.getByText("Étape 9 sur 9")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copier le lien" })).toBeVisible();
  await page.getByRole("radio", { name: "Une idée à préciser" }).check();
  await reload(page);
  await expect(page.getByRole("radio", { name: "Une idée à préciser" })).toBeChecked();
  await expect(page.getByText(/cliquez sur «\sVoir mon résultat\s»/)).toBeVisible();
  await checkA11y();
  await page.getByRole("radio", { name: "Un·e bénévole" }).check();
  await page.getByRole("button", { name: "Voir mon résultat" }).click();

  // The result: 50 everywhere, scoping recommended; the sentence points down to the resources.
  await expect(page.locator(".diagnostic-global-score")).toHaveText("50 sur 100");
  await expect(page.getByText(/les ressources gratuites indiquées ci-dessous/)).toBeVisible();
  const apply = await page
    .getByRole("link", { name: "Demander cet accompagnement" })
    .getAttribute("href");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le résultat en PDF" }).click(),
  ]);
  const text = pdfText(readFileSync(await download.path()));
  const origin = new URL(page.url()).origin;
  expect(text).toContain("Votre prochaine étape Accompagnement conseillé : Cadrage de projet");
  expect(text).toContain(`Demander cet accompagnement ${origin}${apply}`);
  expect(text).toContain(
    "Trouver un point d'appui près de chez vous (réseau Guid'Asso, sur associations.gouv.fr) https://www.associations.gouv.fr/",
  );
  expect(text).not.toContain("ci-dessus");
  // The accessible version: the result in the structure's space, for its members.
  const accessible = /version accessible \(lecteur d'écran, agrandissement du texte\) : (\S+)/.exec(
    text,
  )?.[1];
  expect(accessible).toMatch(new RegExp(`^${origin}/espace/diagnostics/[0-9a-f-]{36}$`));
  expect(text).toContain(`Cette page est réservée aux membres de ${applicant.organizationName}`);
  await page.goto(accessible as string);
  await expect(
    page.getByRole("heading", { level: 1, name: "Résultat du diagnostic de maturité numérique" }),
  ).toBeVisible();
  await expect(page.getByText(`Structure : ${applicant.organizationName}`)).toBeVisible();
  await checkA11y();
});
