import { samplePdf, samplePng } from "../factories/applications";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });

const files = [
  [
    "Statuts",
    { name: "statuts.pdf", mimeType: "application/pdf", buffer: Buffer.from(samplePdf("Statuts")) },
  ],
  [
    "Derniers comptes annuels ou budget",
    {
      name: "budget 2026.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(samplePdf("Budget")),
    },
  ],
  ["Devis", { name: "devis.png", mimeType: "image/png", buffer: Buffer.from(samplePng(12)) }],
] as const;

test("an applicant applies without JavaScript on a small screen", async ({
  page,
  freshApplicant,
  readEmail,
}) => {
  const applicant = await freshApplicant();
  await page.goto("/espace/candidatures");
  await expect(
    page.getByRole("heading", { name: "Vous n'avez pas encore de candidature" }),
  ).toBeVisible();
  await expectFitsTheScreen(page);
  await page.goto("/espace/candidatures/nouvelle");
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: /Commencer ma candidature/ }).click();
  await expect(page).toHaveURL(/\/etape\/1$/);

  // Step 1.
  await expect(page.getByRole("heading", { level: 1, name: /Votre structure/ })).toBeVisible();
  await page.getByLabel("Fonction dans la structure").fill("Trésorière");
  await page.getByLabel("Code postal").fill("13OO1");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 1 erreur/ }),
  ).toBeVisible();
  await expect(page.getByText("Le code postal doit comporter 5 chiffres").first()).toBeVisible();
  await expect(page.getByLabel("Fonction dans la structure")).toHaveValue("Trésorière");
  await expectFitsTheScreen(page);
  await page.getByLabel("Code postal").fill("13001");
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 2, saved on "Continuer"; a reload and a step back keep everything.
  await expect(page.getByRole("heading", { level: 1, name: /Votre projet/ })).toBeVisible();
  await page.getByLabel("Votre situation aujourd'hui").fill("Un tableur partagé, souvent perdu.");
  await page.getByLabel("Vos besoins").fill("Un outil pour les adhésions.");
  await page.getByLabel("Vos objectifs").fill("Moins de papier.");
  await page.getByLabel("Les personnes que vous accompagnez").fill("Des familles.");
  await page.getByLabel("Nombre de personnes accompagnées par an").fill("120");
  await page.getByRole("checkbox", { name: "Habitat" }).check();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /L'accompagnement demandé/ }),
  ).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByLabel("Votre situation aujourd'hui")).toHaveValue(
    "Un tableur partagé, souvent perdu.",
  );
  await expect(page.getByRole("checkbox", { name: "Habitat" })).toBeChecked();
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 3: the server computes the amounts.
  await page.getByRole("checkbox", { name: "Cadrage" }).check();
  await page.getByRole("checkbox", { name: "Production" }).check();
  const scoping = page.getByRole("group", { name: "Cadrage : coût, devis et taux demandé" });
  await scoping.getByLabel("Coût total estimé").fill("8 000");
  await scoping.getByLabel("Taux de prise en charge demandé").fill("60");
  const production = page.getByRole("group", { name: "Production : coût, devis et taux demandé" });
  await production.getByLabel("Coût total estimé").fill("20 000");
  await production.getByLabel("Taux de prise en charge demandé").fill("60");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(
    page.getByText("Indiquez un taux compris dans la fourchette de l'échelon.").first(),
  ).toBeVisible();
  await production.getByLabel("Taux de prise en charge demandé").fill("40");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Les documents/ })).toBeVisible();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(scoping.getByText(/4\s800,00\s€/)).toBeVisible();
  await expect(scoping.getByText(/3\s200,00\s€/)).toBeVisible();
  await expect(production.getByText(/8\s000,00\s€/)).toBeVisible();
  await expect(production.getByText(/12\s000,00\s€/)).toBeVisible();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 4: three documents, one at a time.
  await expect(page.getByRole("heading", { level: 1, name: /Les documents/ })).toBeVisible();
  for (const [kind, file] of files) {
    await page.getByRole("radio", { name: kind, exact: true }).check();
    await page.getByLabel("Fichier", { exact: false }).setInputFiles(file);
    await page.getByRole("button", { name: "Ajouter ce document" }).click();
    await expect(page.getByText(`Le fichier « ${file.name} » a été ajouté.`)).toBeVisible();
  }
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Step 5.
  await page.getByRole("checkbox", { name: /Je certifie sur l'honneur/ }).check();
  await page.getByRole("checkbox", { name: /J'accepte que les données/ }).check();
  await page.getByLabel("Nom et prénom de la personne qui signe").fill("Nadia Martin");
  await page.getByLabel("Sa fonction").fill("Trésorière");
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Continuer" }).click();

  // Summary and a double click.
  await expect(page.getByRole("heading", { level: 1, name: /Vérifier et envoyer/ })).toBeVisible();
  await expect(page.getByText(/12\s000,00\s€/).first()).toBeVisible();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).dblclick();
  const confirmation = page.getByText(/Votre candidature DE-\d{4}-\d{5} est envoyée\./);
  await expect(confirmation).toBeVisible();
  const number = /DE-\d{4}-\d{5}/.exec((await confirmation.textContent()) ?? "")?.[0] as string;
  await expectFitsTheScreen(page);

  await page.goto("/espace/candidatures");
  await expect(page.locator(".application-card")).toHaveCount(1);
  await expect(page.getByRole("link", { name: `Candidature ${number}`, exact: true })).toHaveCount(
    1,
  );
  const mail = await readEmail(applicant.email, number);
  expect(mail.text).toContain("devis.png");

  // Follow-up: a message to the team, then withdrawal with a confirmation.
  await page.getByRole("link", { name: `Candidature ${number}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Historique" })).toBeVisible();
  await page.getByLabel("Écrire à l'équipe").fill("Bonjour, nous sommes disponibles en juin.");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByText("Votre message est envoyé à l'équipe.")).toBeVisible();
  await expectFitsTheScreen(page);
  await page.getByRole("link", { name: "Retirer ma candidature" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Retirer la candidature" }),
  ).toBeVisible();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Oui, retirer ma candidature" }).click();
  await expect(page.getByText("Votre candidature est retirée.")).toBeVisible();
  await expect(page.getByText("Retirée", { exact: true })).toBeVisible();
});
