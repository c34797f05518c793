/**
 * Issue 15's journey, in Chromium, on the demo support (the scoping of the Atelier Vélo Solidaire
 * de la Joliette, granted by the closed demo session, at the Marseille antenna): the antenna's
 * manager plans it, starts it, cannot deliver it before a deliverable with its file, adds one,
 * delivers it, records the closing meeting and closes it; the structure's member receives the
 * survey e-mail, answers without signing in, and the link then shows that an answer was given
 * (a second answer is refused, 409), then finds the answer on the application's page once signed
 * in; the programme team sees the envelope's use and records an
 * invoice and a payment. Every page passes axe; the staff page reads at 320 px.
 */
import { DEMO_PASSWORD } from "../../db/seed";
import { samplePdf } from "../factories/applications";
import { expect, test } from "./fixtures";

const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const ORGANIZATION = "Atelier Vélo Solidaire de la Joliette";
const MEMBER_EMAIL = "samir.belkacem@demo.digitess.fr";

test("an antenna manager delivers a support, the structure gives its opinion once", async ({
  page,
  browser,
  loginAs,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  await loginAs("antenna_manager");
  await page.goto("/accompagnements");
  await expect(page.getByRole("heading", { level: 1, name: "Accompagnements" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: `Cadrage – ${ORGANIZATION}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ORGANIZATION);
  await expect(page.getByText("Étape 1 sur 4 : prévu")).toBeVisible();
  await checkA11y();
  const supportUrl = new URL(page.url()).pathname;

  // Planning: the manager takes it, with dates.
  await page.getByLabel("Consultant ou consultante en charge").selectOption({ index: 1 });
  await page.getByLabel("Début prévu").fill("2027-01-11");
  await page.getByLabel("Fin prévue").fill("2027-03-12");
  await page.getByRole("button", { name: "Enregistrer la planification" }).click();
  await expect(page.getByText("La planification est enregistrée.")).toBeVisible();

  await page.getByRole("button", { name: "Commencer l'accompagnement" }).click();
  await expect(page.getByText("L'accompagnement a commencé.")).toBeVisible();

  // Delivering needs a deliverable with its file.
  await page.getByRole("button", { name: "Marquer comme livré" }).click();
  await expect(
    page.getByText("Ajoutez d'abord un livrable avec son fichier.").first(),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("radio", { name: "Livrable" }).check();
  await page.getByLabel("Intitulé").fill("Cahier des charges du site");
  await page.locator("#milestone-date").fill("2027-02-20");
  await page.getByLabel("Fichier du livrable").setInputFiles({
    name: "Cahier des charges.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(samplePdf("Cahier des charges")),
  });
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByText("L'étape est enregistrée.")).toBeVisible();
  const download = page.getByRole("link", { name: "Télécharger « Cahier des charges.pdf »" });
  await expect(download).toBeVisible();
  const file = await page.request.get((await download.getAttribute("href")) as string);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");

  await page.getByRole("button", { name: "Marquer comme livré" }).click();
  await expect(page.getByText("L'accompagnement est livré.")).toBeVisible();
  await page.getByRole("radio", { name: "Réunion de clôture" }).check();
  await page.getByLabel("Intitulé").fill("Réunion de clôture");
  await page.locator("#milestone-date").fill("2027-03-10");
  await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
  await expect(page.getByText("L'étape est enregistrée.")).toBeVisible();
  await page.getByRole("button", { name: "Clore l'accompagnement" }).click();
  await expect(page.getByText("L'accompagnement est clos")).toBeVisible();
  await expect(page.getByText("Étape 4 sur 4 : clos")).toBeVisible();
  await checkA11y();

  // The structure's member answers the survey from the e-mail, without signing in.
  const mail = await readEmail(MEMBER_EMAIL, "Votre avis sur l'accompagnement « Cadrage »");
  const link = /https?:\/\/\S+\/avis\/\S+/.exec((mail as { text: string }).text)?.[0];
  expect(link).toBeTruthy();
  const path = new URL(link as string).pathname;
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(path);
  await expect(visitor.getByRole("button", { name: "Envoyer mon avis" })).toBeVisible();
  await checkA11y(visitor);
  const groups = visitor
    .locator("fieldset")
    .filter({ has: visitor.locator('input[type="radio"]') });
  const count = await groups.count();
  expect(count).toBe(4);
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index);
    const value = (await group.locator('input[value="9"]').count()) > 0 ? "9" : "4";
    await group.locator(`input[type="radio"][value="${value}"]`).check();
  }
  await visitor
    .getByLabel(/changé pour les personnes/i)
    .fill("Les familles prennent rendez-vous en ligne.");
  await visitor.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(visitor.getByText("Merci pour votre avis !")).toBeVisible();
  await checkA11y(visitor);

  // The link works once: a second answer is refused.
  const again = await visitor.request.post(path, {
    headers: { origin },
    form: {
      satisfaction: "1",
      consultantQuality: "1",
      needsFit: "1",
      recommendation: "0",
    },
  });
  expect(again.status()).toBe(409);
  await visitor.context().close();

  // The structure's member, signed in, finds the answer on the application's page.
  const member = await (await browser.newContext()).newPage();
  await member.goto("/connexion");
  await member.getByLabel("Adresse électronique").fill(MEMBER_EMAIL);
  await member.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
  await member.getByRole("button", { name: "Se connecter" }).click();
  await expect(member.getByText("Connecté·e :")).toBeVisible();
  await member.goto("/espace/candidatures");
  await member.locator(".application-card-title a").first().click();
  await expect(member.getByRole("heading", { name: "Vos accompagnements" })).toBeVisible();
  await member.getByText(/^Votre avis, donné le/).click();
  await expect(member.getByText("Les familles prennent rendez-vous en ligne.")).toBeVisible();
  await expect(member.getByText("4 sur 5 (Bien)").first()).toBeVisible();
  await checkA11y(member);
  await member.context().close();

  // The programme team: the envelope's use, an invoice and a payment on the funder's part.
  const team = await (await browser.newContext()).newPage();
  await team.goto("/connexion");
  await team.getByLabel("Adresse électronique").fill("karim.benali@demo.digitess.fr");
  await team.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
  await team.getByRole("button", { name: "Se connecter" }).click();
  await expect(team.getByText("Connecté·e :")).toBeVisible();
  await team.goto("/accompagnements");
  await expect(team.getByRole("heading", { name: "Enveloppes des financeurs" })).toBeVisible();
  await expect(team.getByText(/engagés sur/).first()).toBeVisible();
  await team.goto(supportUrl);
  await team.getByRole("radio", { name: "Facture" }).check();
  await team.getByLabel("Montant en euros").fill("2 000");
  await team.locator("#payment-on").fill("2027-03-15");
  await team.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(team.getByText("C'est enregistré.")).toBeVisible();
  await team.getByRole("radio", { name: "Paiement" }).check();
  await team.getByLabel("Montant en euros").fill("2 500");
  await team.locator("#payment-on").fill("2027-03-20");
  await team.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(team.getByText("Ce montant dépasse ce qui est facturé").first()).toBeVisible();
  await expect(team.getByText(/facturé 2\s000,00\s€ · payé 0,00\s€/)).toBeVisible();
  await checkA11y(team);

  // The staff page at 320 px: no sideways scrolling.
  await team.setViewportSize({ width: 320, height: 720 });
  const width = await team.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await team.context().close();
});
