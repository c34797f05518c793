/**
 * The "Done when" journey of issue 6: a new applicant of Le Toit Partagé (their own account and
 * association, see fixtures.ts) goes from the empty space to a submitted application with two levels and three documents, reloads in the middle without
 * losing anything, double-clicks "Envoyer" and gets one application and one acknowledgement.
 * With JavaScript here; applications-no-js.spec.ts does it again without JavaScript at 320 px.
 */
import type { Page } from "@playwright/test";
import { samplePdf, samplePng } from "../factories/applications";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

// The smallest phone screen we support: every page must fit without horizontal scrolling.
test.use({ viewport: { width: 320, height: 900 } });

const files = {
  statutes: {
    name: "Statuts Le Toit Partagé.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(samplePdf("Statuts")),
  },
  accounts: {
    name: "Comptes 2025.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(samplePdf("Comptes")),
  },
  photo: { name: "local.png", mimeType: "image/png", buffer: Buffer.from(samplePng(16)) },
};

async function upload(page: Page, kind: string, file: (typeof files)[keyof typeof files]) {
  await page.getByRole("radio", { name: kind, exact: true }).check();
  await page.getByLabel("Fichier", { exact: false }).setInputFiles(file);
  await page.getByRole("button", { name: "Ajouter ce document" }).click();
  await expect(page.getByText(`Le fichier « ${file.name} » a été ajouté.`)).toBeVisible();
}

test("an applicant applies with JavaScript: autosave, reload, three documents, one submission", async ({
  page,
  freshApplicant,
  checkA11y,
  readEmail,
}) => {
  // Sixteen pages checked by axe at 320 px, plus a new account: longer than the default minute.
  test.setTimeout(120_000);
  const applicant = await freshApplicant();
  await page.goto("/espace/candidatures");
  await expect(
    page.getByRole("heading", { name: "Vous n'avez pas encore de candidature" }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("link", { name: "Déposer une candidature" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Déposer une candidature" }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: /Commencer ma candidature/ }).click();

  // Step 1: prefilled from the organisation's record.
  await expect(page.getByRole("heading", { level: 1, name: /Votre structure/ })).toBeVisible();
  await expect(page.getByText("Étape 1 sur 6")).toBeVisible();
  await expect(page.getByLabel("Nom de la structure")).toHaveValue("Le Toit Partagé");
  await expect(page.getByLabel("Forme juridique")).toHaveValue("association");
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByLabel("Fonction dans la structure").fill("Présidente");
  await expect(page.getByText(/Enregistré à \d\d:\d\d/)).toBeVisible();
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 2: the axes come ticked from the profile (housing: "Habitat"); errors first, then the
  // answers; autosave; a reload keeps everything.
  await expect(page.getByRole("heading", { level: 1, name: /Votre projet/ })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Habitat" })).toBeChecked();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 5 erreur/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Votre situation aujourd'hui : Ce champ est obligatoire/ }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page
    .getByLabel("Votre situation aujourd'hui")
    .fill("Nous suivons les familles sur papier.");
  await page.getByLabel("Vos besoins").fill("Un outil de suivi et un site.");
  await expect(page.getByText(/Enregistré à \d\d:\d\d/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Votre situation aujourd'hui")).toHaveValue(
    "Nous suivons les familles sur papier.",
  );
  await expect(page.getByLabel("Vos besoins")).toHaveValue("Un outil de suivi et un site.");
  await page.getByLabel("Vos objectifs").fill("Passer plus de temps avec les familles.");
  await page.getByLabel("Les personnes que vous accompagnez").fill("Des familles mal logées.");
  await page.getByLabel("Nombre de personnes accompagnées par an").fill("250");
  await page.getByRole("checkbox", { name: "Habitat" }).check();
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 3: two levels; the programme's share and the remaining cost are computed as one types.
  await expect(
    page.getByRole("heading", { level: 1, name: /L'accompagnement demandé/ }),
  ).toBeVisible();
  await page.getByRole("checkbox", { name: "Diagnostic numérique" }).check();
  await page.getByRole("checkbox", { name: "Cadrage" }).check();
  const scoping = page.getByRole("group", { name: "Cadrage : coût, devis et taux demandé" });
  await scoping.getByLabel("Coût total estimé").fill("12 000");
  await scoping.getByLabel("Taux de prise en charge demandé").fill("75");
  await expect(scoping.getByText(/9\s000,00\s€/)).toBeVisible();
  await expect(scoping.getByText(/3\s000,00\s€/)).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Production : coût, devis et taux demandé" }),
  ).toBeHidden();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 4: three documents.
  await expect(page.getByRole("heading", { level: 1, name: /Les documents/ })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await upload(page, "Statuts", files.statutes);
  await upload(page, "Derniers comptes annuels ou budget", files.accounts);
  await upload(page, "Autre document", files.photo);
  await expect(page.getByText("3 fichier(s) joint(s)", { exact: false })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 5: declarations.
  await expect(page.getByRole("heading", { level: 1, name: /Les déclarations/ })).toBeVisible();
  await page.getByRole("checkbox", { name: /Je certifie sur l'honneur/ }).check();
  await page.getByRole("checkbox", { name: /J'accepte que les données/ }).check();
  await page.getByLabel("Nom et prénom de la personne qui signe").fill("Nadia Martin");
  await page.getByLabel("Sa fonction").fill("Présidente");
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Summary, then a double click on "Envoyer".
  await expect(page.getByRole("heading", { level: 1, name: /Vérifier et envoyer/ })).toBeVisible();
  await expect(
    page.getByText("D'après vos réponses, votre structure remplit les conditions du programme."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: files.photo.name })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).dblclick();
  const confirmation = page.getByText(/Votre candidature DE-\d{4}-\d{5} est envoyée\./);
  await expect(confirmation).toBeVisible();
  const number = /DE-\d{4}-\d{5}/.exec((await confirmation.textContent()) ?? "")?.[0] as string;
  await expect(page.getByText("Envoyée", { exact: true })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);

  // One application, one acknowledgement, a PDF receipt.
  await page.goto("/espace/candidatures");
  await expect(page.locator(".application-card")).toHaveCount(1);
  await expect(
    page.getByRole("link", { name: `Candidature ${number}`, exact: true }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  const mail = await readEmail(applicant.email, number);
  expect(mail.subject).toBe(`Candidature ${number} bien reçue`);
  expect(mail.text).toContain("local.png");
  const receiptUrl = /https?:\/\/\S+recu\.pdf/.exec(mail.text)?.[0] as string;
  const receipt = await page.request.get(new URL(receiptUrl).pathname);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("an expired session loses nothing: signing in again brings back the step and what was typed", async ({
  page,
  context,
  freshApplicant,
}) => {
  const applicant = await freshApplicant();
  await page.goto("/espace/candidatures/nouvelle");
  await page.getByRole("button", { name: /Commencer ma candidature/ }).click();
  await expect(page).toHaveURL(/\/etape\/1$/);
  await page.goto(page.url().replace(/etape\/\d$/, "etape/2"));
  await expect(page.getByRole("heading", { level: 1, name: /Votre projet/ })).toBeVisible();
  const stepUrl = new URL(page.url()).pathname;
  await context.clearCookies();
  await page.getByLabel("Vos besoins").fill("Tapé pendant que la session expirait.");
  await expect(page.getByText("Votre session a expiré")).toBeVisible();
  await page.getByRole("link", { name: "Reconnectez-vous pour les enregistrer" }).click();
  await page.getByLabel("Adresse électronique").fill(applicant.email);
  await page.getByLabel("Mot de passe", { exact: false }).first().fill(applicant.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`${stepUrl}$`));
  await expect(page.getByLabel("Vos besoins")).toHaveValue("Tapé pendant que la session expirait.");
  await expect(page.getByText(/Enregistré à \d\d:\d\d/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Vos besoins")).toHaveValue("Tapé pendant que la session expirait.");
});
