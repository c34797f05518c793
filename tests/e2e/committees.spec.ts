/**
 * Issue 14's journey, in Chromium: three fresh applicants submit, the demo instructor reviews
 * and marks the three ready; the instructor prepares a session (members on each side, the agenda
 * ordered); two members pre-score, one declaring a conflict of interest on an item (it is then
 * hidden from them, and 404); the meeting records who is present and decides: accepted with a
 * rate, refused, postponed; a member closes; each applicant receives their decision by e-mail;
 * a decision posted after closing is refused (409, in French). Every page passes axe. Along the
 * way: opening the pre-review mails each member an invitation with the session's .ics file; the
 * closed session's minutes download as a PDF listing the decisions; each decision e-mail carries
 * its decision letter as a PDF.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed";
import { samplePdf } from "../factories/applications";
import { parsedMailsTo } from "../support/mail";
import { pdfText } from "../support/pdf-text";
import { createFreshApplicant, type FreshApplicant } from "./applicant-account";
import { expect, outboxDir, test } from "./fixtures";

const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

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

/** A fresh applicant submits a complete application (diagnostic and scoping at 12 000 €, 75 %). */
async function submitApplication(
  browser: Browser,
  readEmail: (to: string, subject?: string) => Promise<{ link: string | null }>,
): Promise<{ applicant: FreshApplicant; number: string }> {
  const page = await (await browser.newContext()).newPage();
  const applicant = await createFreshApplicant(page, readEmail);
  await page.goto("/espace/candidatures/nouvelle");
  await page.getByRole("button", { name: /Commencer ma candidature/ }).click();
  await page.getByLabel("Fonction dans la structure").fill("Présidente");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page
    .getByLabel("Votre situation aujourd'hui")
    .fill("Nous suivons les familles sur papier.");
  await page.getByLabel("Vos besoins").fill("Un outil de suivi et un site.");
  await page.getByLabel("Vos objectifs").fill("Passer plus de temps avec les familles.");
  await page.getByLabel("Les personnes que vous accompagnez").fill("Des familles mal logées.");
  await page.getByLabel("Nombre de personnes accompagnées par an").fill("250");
  await page.getByRole("checkbox", { name: "Habitat" }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("checkbox", { name: "Diagnostic numérique" }).check();
  await page.getByRole("checkbox", { name: "Cadrage" }).check();
  const scoping = page.getByRole("group", { name: "Cadrage : coût, devis et taux demandé" });
  await scoping.getByLabel("Coût total estimé").fill("12 000");
  await scoping.getByLabel("Taux de prise en charge demandé").fill("75");
  await page.getByRole("button", { name: "Continuer" }).click();
  for (const [kind, name] of [
    ["Statuts", "Statuts.pdf"],
    ["Derniers comptes annuels ou budget", "Comptes 2025.pdf"],
  ] as const) {
    await page.getByRole("radio", { name: kind, exact: true }).check();
    await page
      .getByLabel("Fichier", { exact: false })
      .setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(samplePdf(name)) });
    await page.getByRole("button", { name: "Ajouter ce document" }).click();
    await expect(page.getByText(`Le fichier « ${name} » a été ajouté.`)).toBeVisible();
  }
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("checkbox", { name: /Je certifie sur l'honneur/ }).check();
  await page.getByRole("checkbox", { name: /J'accepte que les données/ }).check();
  await page.getByLabel("Nom et prénom de la personne qui signe").fill(applicant.name);
  await page.getByLabel("Sa fonction").fill("Présidente");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  const confirmation = page.getByText(/Votre candidature DE-\d{4}-\d{5} est envoyée\./);
  await expect(confirmation).toBeVisible();
  const number = /DE-\d{4}-\d{5}/.exec((await confirmation.textContent()) ?? "")?.[0] as string;
  await page.context().close();
  return { applicant, number };
}

/** The attachments of the mails to `to` whose subject contains `subject`. */
async function attachmentsOf(to: string, subject: string) {
  const mails = await parsedMailsTo(outboxDir, to);
  return mails
    .filter((mail) => (mail.subject ?? "").includes(subject))
    .flatMap((mail) => mail.attachments);
}

/** The instructor takes a file into review, scores it and marks it ready for the committee. */
async function markReady(page: Page, number: string) {
  await page.goto(`/instruction?q=${number}`);
  await page.getByRole("link", { name: number }).click();
  await page.getByRole("link", { name: "Commencer l'examen" }).click();
  await page.getByRole("button", { name: "Prendre en examen" }).click();
  await expect(page.getByText("Le dossier est pris en examen.")).toBeVisible();
  await page.getByRole("link", { name: "Évaluer sur la grille du programme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Évaluer le dossier" })).toBeVisible();
  const criteria = page.locator("fieldset");
  const count = await criteria.count();
  for (let index = 0; index < count; index += 1) {
    await criteria.nth(index).locator('input[type="radio"][value="4"]').check();
  }
  await page.getByRole("button", { name: "Enregistrer mes notes" }).click();
  await expect(page.getByText("Vos notes sont enregistrées.")).toBeVisible();
  await page.getByRole("link", { name: "Déclarer prête pour le comité" }).click();
  await page
    .getByLabel("Synthèse pour le comité")
    .fill(`Dossier ${number} : besoin clair, structure solide.`);
  await page.getByRole("button", { name: "Déclarer prêt pour le comité" }).click();
  await expect(page.getByText("Le dossier est prêt pour le comité.")).toBeVisible();
}

/** Scores every criterion of the item's pre-review form. */
async function preScore(page: Page, value: string) {
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Enregistrer mes notes" }),
  });
  const criteria = form
    .locator("fieldset.field")
    .filter({ has: page.locator('input[type="radio"]') });
  const count = await criteria.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let index = 0; index < count; index += 1) {
    await criteria.nth(index).locator(`input[type="radio"][value="${value}"]`).first().check();
  }
  await page.getByRole("button", { name: "Enregistrer mes notes" }).click();
  await expect(page.getByText("Vos notes sont enregistrées.")).toBeVisible();
}

test("an instructor prepares a session, members pre-score, the meeting decides and closes", async ({
  page,
  browser,
  loginAs,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(420_000);
  const files = [];
  for (let index = 0; index < 3; index += 1)
    files.push(await submitApplication(browser, readEmail));
  const [accepted, refused, postponed] = files as [
    (typeof files)[number],
    (typeof files)[number],
    (typeof files)[number],
  ];

  await loginAs("instructor");
  for (const file of files) await markReady(page, file.number);

  // The instructor creates the session.
  await page.goto("/comites");
  await checkA11y();
  await page.getByRole("link", { name: "Créer une séance" }).click();
  await checkA11y();
  const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.locator("#date").fill(day);
  await page.locator("#time").fill("14:00");
  await page.locator("#place").fill("Simplon.co, Montreuil");
  await page.getByRole("button", { name: "Créer la séance" }).click();
  await expect(page.getByText("La séance est créée.")).toBeVisible();
  const sessionUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("à 14:00");

  // Members on each side.
  for (const [name, email, side] of [
    ["Inès Carpentier", "ines.carpentier@demo.digitess.fr", "côté financeurs"],
    ["Paul Lefèvre", "paul.lefevre@demo.digitess.fr", "côté opérateur"],
    ["Thomas Roux", "thomas.roux@demo.digitess.fr", "côté opérateur"],
  ] as const) {
    await page
      .getByLabel("Membre du comité à ajouter")
      .selectOption({ label: `${name} (${email})` });
    await page.getByRole("radio", { name: side }).check();
    await page.getByRole("button", { name: "Ajouter le membre" }).click();
    await expect(page.getByText("Le membre est ajouté.")).toBeVisible();
  }

  // The agenda: the three ready applications, then one moved up (no JavaScript needed).
  for (const file of [accepted, postponed, refused]) {
    await page
      .getByRole("button", { name: `Inscrire le dossier ${file.number} à l'ordre du jour` })
      .click();
    await expect(page.getByText("La candidature est inscrite à l'ordre du jour.")).toBeVisible();
  }
  await page.getByRole("button", { name: `Monter le dossier ${refused.number}` }).click();
  await expect(page.getByText("L'ordre du jour est modifié.")).toBeVisible();
  const agenda = page.locator(".committee-agenda > li .committee-agenda-heading a");
  await expect(agenda).toHaveText([
    `${accepted.number} – Le Toit Partagé`,
    `${refused.number} – Le Toit Partagé`,
    `${postponed.number} – Le Toit Partagé`,
  ]);
  await checkA11y();
  await page.getByRole("button", { name: "Ouvrir le pré-examen" }).click();
  await expect(page.getByText("Le pré-examen est ouvert")).toBeVisible();

  // Each member is invited by e-mail, with the session in an .ics file for their calendar.
  const invitation = await readEmail("paul.lefevre@demo.digitess.fr", "Invitation au comité");
  expect((invitation as { text: string }).text).toContain(sessionUrl);
  const [ics] = await attachmentsOf("paul.lefevre@demo.digitess.fr", "Invitation au comité");
  expect(ics?.filename).toBe("invitation.ics");
  expect(ics?.contentType).toBe("text/calendar");
  const calendar = ics?.content.toString("utf8") ?? "";
  expect(calendar).toContain("METHOD:REQUEST");
  expect(calendar).toMatch(new RegExp(`DTSTART:${day.replaceAll("-", "")}T1[23]0000Z`));
  expect(calendar).toContain("mailto:thomas.roux@demo.digitess.fr");

  // Paul pre-scores the first item alone, then declares a conflict on the second.
  const paul = await signedIn(browser, "paul.lefevre@demo.digitess.fr");
  await paul.goto("/comites");
  await expect(paul.locator(`a[href="${sessionUrl}"]`)).toBeVisible();
  await checkA11y(paul);
  await paul.goto(sessionUrl);
  await paul
    .getByRole("link", { name: `${accepted.number} – Le Toit Partagé` })
    .first()
    .click();
  await expect(paul.getByRole("heading", { level: 1 })).toContainText(accepted.number);
  await expect(paul.getByText("Les notes des autres membres restent masquées")).toBeVisible();
  await checkA11y(paul);
  await preScore(paul, "4");
  await expect(paul.getByRole("heading", { name: "Notes des membres" })).toBeVisible();
  await paul.getByRole("link", { name: `${refused.number} – Le Toit Partagé` }).click();
  await expect(paul.getByRole("heading", { level: 1 })).toContainText(refused.number);
  const refusedItemUrl = new URL(paul.url()).pathname;
  await paul.getByLabel("Je déclare un conflit d'intérêts sur ce dossier").check();
  await paul.getByRole("button", { name: "Déclarer le conflit d'intérêts" }).click();
  await expect(paul.getByText("Votre conflit d'intérêts est enregistré")).toBeVisible();
  await expect(paul.getByText("Point 2 : vous avez déclaré un conflit d'intérêts")).toBeVisible();
  await expect(paul.getByText(refused.number)).toHaveCount(0);
  await checkA11y(paul);
  expect((await paul.goto(refusedItemUrl))?.status()).toBe(404);

  // Thomas pre-scores the first item: he sees Paul's scores only once his own are saved.
  const thomas = await signedIn(browser, "thomas.roux@demo.digitess.fr");
  await thomas.goto(sessionUrl);
  await thomas
    .getByRole("link", { name: `${accepted.number} – Le Toit Partagé` })
    .first()
    .click();
  await expect(thomas.getByRole("heading", { level: 1 })).toContainText(accepted.number);
  await expect(thomas.getByText("Les notes des autres membres restent masquées")).toBeVisible();
  await preScore(thomas, "3");
  await expect(thomas.getByText("Paul Lefèvre :")).toBeVisible();

  // The meeting: started by the instructor, presence recorded.
  await page.goto(sessionUrl);
  await page.getByRole("button", { name: "Commencer la séance" }).click();
  await expect(page.getByText("La séance a commencé.")).toBeVisible();
  for (const name of ["Inès Carpentier", "Paul Lefèvre", "Thomas Roux"]) {
    await page.getByRole("checkbox", { name: new RegExp(name) }).check();
  }
  await page.getByRole("button", { name: "Enregistrer les présents" }).click();
  await expect(page.getByText("Les présents sont enregistrés.")).toBeVisible();
  await expect(page.getByText(/Quorum atteint/)).toBeVisible();
  await checkA11y();

  // Thomas records the decisions: the current item large, the agenda beside it.
  await thomas.goto(sessionUrl);
  await thomas
    .getByRole("link", { name: `${accepted.number} – Le Toit Partagé` })
    .first()
    .click();
  await expect(thomas.getByRole("heading", { level: 1 })).toContainText(accepted.number);
  await thomas.getByRole("radio", { name: "Acceptée" }).check();
  await thomas.getByLabel("Taux de financement de Cadrage, en %").fill("80");
  await thomas.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(
    thomas.getByText("Le taux de Cadrage doit être un nombre entier de 55 à 75.").first(),
  ).toBeVisible();
  await checkA11y(thomas);
  await thomas.getByLabel("Taux de financement de Cadrage, en %").fill("70");
  await thomas.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(thomas.getByText("La décision est enregistrée.")).toBeVisible();
  await expect(
    thomas.getByText(
      /Cadrage accordé : taux 70\s%, coût retenu 12\s000,00\s€, montant accordé 8\s400,00\s€/,
    ),
  ).toBeVisible();
  await checkA11y(thomas);

  await thomas.getByRole("link", { name: `${refused.number} – Le Toit Partagé` }).click();
  await expect(thomas.getByRole("heading", { level: 1 })).toContainText(refused.number);
  await thomas.getByRole("radio", { name: "Refusée" }).check();
  await thomas
    .getByLabel("Motif du refus")
    .selectOption({ label: "Projet hors des priorités du programme" });
  await thomas
    .getByLabel("Message à la structure")
    .fill("Votre projet ne relève pas des axes prioritaires du programme cette année.");
  await thomas.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(thomas.getByText("La décision est enregistrée.")).toBeVisible();

  await thomas.getByRole("link", { name: `${postponed.number} – Le Toit Partagé` }).click();
  await expect(thomas.getByRole("heading", { level: 1 })).toContainText(postponed.number);
  await thomas.getByRole("radio", { name: "Ajournée" }).check();
  await thomas.getByLabel("Ce qui manque pour décider").fill("Un second devis pour le cadrage.");
  await thomas.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(thomas.getByText("La décision est enregistrée.")).toBeVisible();

  // Paul, who declared a conflict, still cannot open that item during the meeting.
  expect((await paul.goto(refusedItemUrl))?.status()).toBe(404);

  // Closing, by a member.
  await thomas.goto(sessionUrl);
  await thomas.getByLabel("Je confirme la clôture de la séance").check();
  await thomas.getByRole("button", { name: "Clore la séance" }).click();
  await expect(thomas.getByText("La séance est close.")).toBeVisible();
  await checkA11y(thomas);

  // The minutes: a PDF naming each decision with its rate and amount.
  const minutesHref = await thomas
    .getByRole("link", { name: "Télécharger le procès-verbal (PDF)" })
    .getAttribute("href");
  const minutes = await thomas.request.get(minutesHref as string);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()["content-type"]).toBe("application/pdf");
  const minutesText = pdfText(await minutes.body()).replace(/[\u00a0\u202f]/g, " ");
  for (const file of files) expect(minutesText).toContain(file.number);
  expect(minutesText).toContain("70 %");
  expect(minutesText).toContain("8 400,00 €");

  // Each applicant receives their decision.
  const acceptedMail = await readEmail(accepted.applicant.email, "est acceptée");
  expect((acceptedMail as { text: string }).text.replace(/[\u00a0\u202f]/g, " ")).toContain(
    "Cadrage : 8 400,00 €",
  );
  const refusedMail = await readEmail(refused.applicant.email, "n'est pas retenue");
  expect((refusedMail as { text: string }).text).toContain(
    "Votre projet ne relève pas des axes prioritaires du programme cette année.",
  );
  const postponedMail = await readEmail(postponed.applicant.email, "est ajournée");
  expect((postponedMail as { text: string }).text).toContain("Un second devis pour le cadrage.");
  // Each decision e-mail carries the decision letter.
  for (const [file, subject] of [
    [accepted, "est acceptée"],
    [refused, "n'est pas retenue"],
    [postponed, "est ajournée"],
  ] as const) {
    const letters = (await attachmentsOf(file.applicant.email, subject)).filter(
      (a) => a.contentType === "application/pdf",
    );
    expect(letters).toHaveLength(1);
    expect(pdfText(letters[0]?.content as Buffer)).toContain(file.number);
  }

  // A decision posted after closing is refused, in French.
  const itemUrl = await thomas
    .getByRole("link", { name: `${postponed.number} – Le Toit Partagé` })
    .getAttribute("href");
  const late = await thomas.request.post(itemUrl as string, {
    headers: { origin },
    form: { intent: "decide", formId: "decision", outcome: "postponed", missing: "Autre chose." },
  });
  expect(late.status()).toBe(409);
  expect(await late.text()).toContain("La séance est close : ses décisions sont définitives.");
});
