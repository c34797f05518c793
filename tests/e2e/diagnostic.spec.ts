/**
 * The maturity diagnostic (issue 5), with JavaScript: a visitor takes it (going back and forth
 * without losing answers), sees and downloads the result, creates an account and registers their
 * association, finds the result in its space, then takes it again and sees the gain. Axe on
 * every page, on a 320 px screen.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test.use({ viewport: { width: 320, height: 720 } });

const PASSWORD = "une phrase de passe solide";

/** Answers every question of the current step with the answer at `index` (0 = first). */
async function answerStep(page: Page, index: number) {
  const groups = page.locator("fieldset.diagnostic-question");
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole("radio").nth(index).check();
  }
}

/** Answers the 8 dimension steps with one answer index each, then P1 and P2. */
async function answerAll(page: Page, indexes: readonly number[], nextStep: [number, number]) {
  for (const [step, index] of indexes.entries()) {
    await expect(page.getByText(`Étape ${step + 1} sur 9`)).toBeVisible();
    await answerStep(page, index);
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await expect(page.getByText("Étape 9 sur 9")).toBeVisible();
  await page
    .getByRole("group", { name: /projet numérique précis/ })
    .getByRole("radio")
    .nth(nextStep[0])
    .check();
  await page
    .getByRole("group", { name: /Qui porterait ce projet/ })
    .getByRole("radio")
    .nth(nextStep[1])
    .check();
  await page.getByRole("button", { name: "Voir mon résultat" }).click();
}

test("a visitor takes the diagnostic, downloads the result, signs up and finds it in their space; a second one shows the gain", async ({
  page,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  await page.goto("/diagnostic");
  await expect(
    page.getByRole("heading", { level: 1, name: "Diagnostic de maturité numérique" }),
  ).toBeVisible();
  await expect(page.getByText("Comptez environ 10 minutes, en 9 étapes.")).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();

  // Step 1: "Suivant" without answers lists the four questions, each linked to its group.
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: "Stratégie et gouvernance du numérique" }),
  ).toBeVisible();
  const resumeLink = await page
    .getByLabel("Lien pour reprendre ou revoir ce diagnostic")
    .inputValue();
  expect(resumeLink).toMatch(/\/diagnostic\/[\w-]{32}\/etape\/1$/);
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 4 erreur/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Question 1 : Choisissez une réponse." }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Question 3 : Choisissez une réponse." }).click();
  await expect(page.locator("#S3-0")).toBeFocused();

  await answerStep(page, 3);
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByText("Étape 2 sur 9")).toBeVisible();
  // Half of step 2, then back: step 1 kept its answers; forward: step 2 kept its own.
  const equipment = page.locator("fieldset.diagnostic-question");
  await equipment.nth(0).getByRole("radio").nth(2).check();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  await expect(page.locator("#S1-3")).toBeChecked();
  await expect(page.locator("#S4-3")).toBeChecked();
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.locator("#E1-2")).toBeChecked();

  // Resume later by the link, in a fresh page.
  await page.getByRole("button", { name: "Enregistrer et continuer plus tard" }).click();
  await expect(page.getByText("Vos réponses sont enregistrées.")).toBeVisible();
  await page.goto(resumeLink.replace("/etape/1", "/etape/2"));
  await expect(page.getByText("Étape 2 sur 9")).toBeVisible();
  await expect(page.locator("#E1-2")).toBeChecked();

  // "Non concerné" exists for B3 only on step 7.
  await answerStep(page, 1);
  await page.getByRole("button", { name: "Suivant" }).click();
  for (const [offset, index] of [2, 1, 0, 3].entries()) {
    await expect(page.getByText(`Étape ${3 + offset} sur 9`)).toBeVisible();
    await answerStep(page, index);
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await expect(page.getByText("Étape 7 sur 9")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Non concerné" })).toHaveCount(1);
  await checkA11y();
  await answerStep(page, 2);
  await page.getByRole("radio", { name: "Non concerné" }).check();
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByText("Étape 8 sur 9")).toBeVisible();
  await answerStep(page, 1);
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByText("Étape 9 sur 9")).toBeVisible();
  await checkA11y();
  await page.getByRole("radio", { name: "Une idée à préciser" }).check();
  await page.getByRole("radio", { name: "Un·e bénévole" }).check();
  await page.getByRole("button", { name: "Voir mon résultat" }).click();

  // The result: 75, 25, 50, 25, 0, 75, 50 (B3 "na"), 25 -> 325 / 8 = 40.6 -> 41.
  await expect(
    page.getByRole("heading", { level: 1, name: "Résultat du diagnostic de maturité numérique" }),
  ).toBeVisible();
  await expect(page.locator(".diagnostic-global-score")).toHaveText("41 sur 100");
  await expect(page.getByText("Niveau : En construction")).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Graphique en radar des scores par thème, sur 100" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Scores par thème, sur 100" });
  await expect(table.getByRole("row", { name: /Sécurité informatique 0/ })).toBeVisible();
  await expect(page.getByText("Accompagnement conseillé : Cadrage de projet")).toBeVisible();
  // Priorities first: security (0) is the first theme detailed.
  await expect(page.locator(".diagnostic-dimension h3").first()).toHaveText(
    "Sécurité informatique – Priorité",
  );
  await checkA11y();
  await expectFitsTheScreen(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger le résultat en PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^diagnostic-numerique-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(5_000);
  expect(pdf.length).toBeLessThan(2_000_000);

  // Create an account to keep it: sign up, confirm, sign in, register the association (the
  // register fixture used here is used by no other spec: each spec registers its own SIREN).
  const email = `diag.${Date.now()}@belle-de-mai.fr`;
  await page.getByRole("button", { name: "Créer un compte pour l'enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Créer un compte" })).toBeVisible();
  await page.getByLabel("Votre nom et prénom").fill("Inès Diallo");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  const mail = await readEmail(email, "Confirmez");
  await page.goto(mail.link as string);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
  await page.getByRole("link", { name: "Enregistrer ma structure" }).first().click();
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("901 234 567 00013");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("button", { name: "Choisir ATELIER NUMERIQUE DE LA PLAINE" }).click();
  await page.getByLabel("Nombre de salariés").fill("2");
  await page.getByLabel("Nombre de bénévoles").fill("15");
  await page
    .getByLabel("Budget annuel")
    .selectOption({ label: "De 10\u00a0000\u00a0€ à 50\u00a0000\u00a0€" });
  await page.getByLabel("Habitat").check();
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();
  await expect(page.getByText("Votre structure est enregistrée.")).toBeVisible();

  // The organisation's diagnostics: the result taken before signing up waits to be saved.
  await page.goto("/espace/diagnostics");
  await expect(
    page.getByRole("heading", { level: 1, name: "Diagnostics de ma structure" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Un diagnostic attend d'être enregistré" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: /^Enregistrer ce diagnostic dans/ }).click();
  await expect(page.getByText(/Le diagnostic est enregistré dans l'espace de/)).toBeVisible();
  const progress = page.getByRole("table", { name: /Scores des diagnostics de/ });
  await expect(progress.getByRole("row", { name: /Score global 41/ })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);

  // A second diagnostic, saved to the organisation from the start, shows the gain.
  await page.getByRole("link", { name: "Refaire le diagnostic" }).click();
  await expect(page.getByText(/le résultat sera enregistré dans l'espace de/)).toBeVisible();
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
  await answerAll(page, [4, 3, 3, 2, 3, 4, 3, 2], [2, 2]);
  await expect(page.getByText(/Structure : /)).toBeVisible();
  await page.goto("/espace/diagnostics");
  await expect(progress.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  // Security went from 0 to 75.
  await expect(
    progress.getByRole("row", { name: /Sécurité informatique 0 75 \+75 points/ }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
});

test("the demo association sees its progress and the median of similar organisations", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("applicant");
  await page.goto("/espace/diagnostics");
  const progress = page.getByRole("table", {
    name: "Scores des diagnostics de Le Toit Partagé, sur 100",
  });
  await expect(progress.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  await expect(
    progress.getByRole("columnheader", { name: "Médiane des structures de même taille" }),
  ).toBeVisible();
  // The demo seeds 12 similar structures; journeys that run before this one (the reload
  // journey saves a diagnostic to a structure of that size) may add theirs.
  const basis = page.getByText(/calculée sur les derniers diagnostics de \d+ structures/);
  await expect(basis).toBeVisible();
  const structures = Number(/de (\d+) structures/.exec((await basis.textContent()) ?? "")?.[1]);
  expect(structures).toBeGreaterThanOrEqual(12);
  await checkA11y();
  await expectFitsTheScreen(page);
  await page
    .getByRole("link", { name: /^Voir le résultat du/ })
    .first()
    .click();
  await expect(page.getByText("Structure : Le Toit Partagé")).toBeVisible();
  await checkA11y();
});

test("an administrator checks a new version of the question bank before publishing it", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("admin");
  await page.goto("/admin/diagnostic");
  await expect(
    page.getByRole("heading", { level: 1, name: "Versions du questionnaire de diagnostic" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByLabel("Questionnaire au format JSON").fill('{"version": "2027"}');
  await page.getByRole("button", { name: "Vérifier et prévisualiser" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient \d+ erreur/ }),
  ).toBeVisible();
  await expect(page.getByLabel("Questionnaire au format JSON")).toHaveValue('{"version": "2027"}');
  await checkA11y();
  const current = await page.locator(".diagnostic-admin-current pre").textContent();
  await page
    .getByLabel("Questionnaire au format JSON")
    .fill((current ?? "").replace('"version": "2026-1"', '"version": "2099-1"'));
  await page.getByRole("button", { name: "Vérifier et prévisualiser" }).click();
  await expect(page.getByRole("heading", { name: "Aperçu de la version 2099-1" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publier la version 2099-1" })).toBeVisible();
  await checkA11y();
});

test("the scoring API answers over HTTP and is in the OpenAPI document", async ({ request }) => {
  const answers: Record<string, number | string> = {};
  for (const id of ["S", "E", "O", "D", "C", "K", "B", "R"].flatMap((letter) =>
    [1, 2, 3, 4].map((n) => `${letter}${n}`),
  )) {
    answers[id] = 3;
  }
  answers.B3 = "na";
  const ok = await request.post("/api/v1/diagnostic/score", {
    data: { version: "2026-1", answers: { ...answers, P1: 2, P2: 1 } },
  });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({
    version: "2026-1",
    globalScore: 75,
    level: "avance",
    recommendedLevel: "production",
  });
  const refused = await request.post("/api/v1/diagnostic/score", {
    data: { version: "2026-1", answers: { ...answers, S1: 7, C2: "na" } },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors.map((e: { field: string }) => e.field)).toEqual([
    "answers.S1",
    "answers.C2",
    "answers.P1",
    "answers.P2",
  ]);
  const garbage = await request.post("/api/v1/diagnostic/score", {
    headers: { "content-type": "application/json" },
    data: "{not json",
  });
  expect(garbage.status()).toBe(400);
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.paths["/api/v1/diagnostic/score"].post.operationId).toBe("scoreDiagnostic");
});
