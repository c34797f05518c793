/**
 * Issue 11, points 2, 3 and 7, as a volunteer meets them on a 320 px phone, with JavaScript and
 * without it (the server's HTML with its scripts removed, so axe can still run):
 * - a message sent once is stored once, and its box is empty afterwards (the applicant's to the
 *   team, and the team's to the applicant); a replay of the same form stores nothing;
 * - a 20 MB scan is refused before it is uploaded (with JavaScript), named in the message with a
 *   tip to make it smaller, and the green "added" notice of the previous file goes away;
 * - the progress indicator of a new draft announces each step's real state.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "../../db/seed";
import { samplePdf } from "../factories/applications";
import { postAgain, startDraft, submitApplication } from "./application-requests";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";
import { withoutPageScripts } from "./server-html";

test.use({ viewport: { width: 320, height: 900 } });

const smallPdf = {
  name: "Statuts signés.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(samplePdf("Statuts")),
};
// What a phone's scanner app makes of ten colour pages: 20 MB.
const bigScan = {
  name: "Scan statuts couleur.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from(samplePdf("Scan")), Buffer.alloc(20 * 1024 * 1024)]),
};
const tooLarge = `Le fichier « ${bigScan.name} » dépasse 10 Mo`;
const tip =
  /numérisez-le en noir et blanc, à 150 ppp \(dpi\), ou enregistrez le PDF en « taille réduite »/;

/** The demo instructor, signed in in a context of their own. */
async function instructor(browser: Browser, options: { scripts: boolean }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  if (!options.scripts) await withoutPageScripts(page);
  const account = demoAccounts.find((a) => a.role === "instructor");
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(account?.email as string);
  await page.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText(`Connecté·e : ${account?.name}`)).toBeVisible();
  return page;
}

/** The thread's messages whose text is `text`. */
const messagesSaying = (page: Page, text: string) =>
  page.locator(".message-thread > li").filter({ hasText: text });

for (const scripts of [true, false]) {
  const how = scripts ? "with JavaScript" : "without JavaScript";

  test(`a message is stored once and its box emptied, both ways (${how})`, async ({
    page,
    browser,
    freshApplicant,
    checkA11y,
  }) => {
    test.setTimeout(120_000);
    if (!scripts) await withoutPageScripts(page);
    await freshApplicant();
    const id = await submitApplication(page);
    const follow = `/espace/candidatures/${id}`;
    await page.goto(follow);
    await checkA11y();
    await expectFitsTheScreen(page);

    const box = page.getByLabel("Écrire à l'équipe");
    const text = `Bonjour, quand aura lieu le comité ? (${how})`;
    await box.fill(text);
    const token = await page.locator('input[name="token"]').first().inputValue();
    const send = page.getByRole("button", { name: "Envoyer le message" });
    if (scripts) await send.dblclick();
    else await send.click();
    await expect(page.getByText("Votre message est envoyé à l'équipe.")).toBeVisible();
    await expect(messagesSaying(page, text)).toHaveCount(1);
    await expect(box).toHaveValue("");
    // A click on the emptied box sends nothing (the field is required).
    await send.click();
    await expect(box).toBeFocused();
    // The same form posted again (a replay, "back" then resend) stores nothing new.
    const replay = await postAgain(page, follow, { intent: "message", body: text, token });
    expect(replay.status()).toBe(302);
    await page.reload();
    await expect(messagesSaying(page, text)).toHaveCount(1);
    await checkA11y();
    await expectFitsTheScreen(page);

    // The team answers from the file: once, and its box is emptied too.
    const staff = await instructor(browser, { scripts });
    await staff.goto(`/instruction/candidatures/${id}`);
    await expect(messagesSaying(staff, text)).toHaveCount(1);
    const reply = `Le prochain comité se réunit le mois prochain. (${how})`;
    const replyBox = staff.getByLabel("Écrire à la structure");
    await replyBox.fill(reply);
    const replyButton = staff.getByRole("button", { name: "Envoyer le message" });
    if (scripts) await replyButton.dblclick();
    else await replyButton.click();
    await expect(staff.getByText("Votre message est envoyé à la structure.")).toBeVisible();
    await expect(messagesSaying(staff, reply)).toHaveCount(1);
    await expect(replyBox).toHaveValue("");
    await checkA11y(staff);
    await expectFitsTheScreen(staff);
    await staff.context().close();
    await page.reload();
    await expect(messagesSaying(page, reply)).toHaveCount(1);
  });

  test(`a 20 MB scan is refused by name with a tip, and the old notice goes (${how})`, async ({
    page,
    freshApplicant,
    checkA11y,
  }) => {
    test.setTimeout(120_000);
    if (!scripts) await withoutPageScripts(page);
    await freshApplicant();
    const id = await startDraft(page);
    await page.goto(`/espace/candidatures/${id}/etape/4`);
    await page.getByRole("radio", { name: "Statuts", exact: true }).check();
    await page.getByLabel("Fichier", { exact: false }).setInputFiles(smallPdf);
    await page.getByRole("button", { name: "Ajouter ce document" }).click();
    const added = page.getByText(`Le fichier « ${smallPdf.name} » a été ajouté.`);
    await expect(added).toBeVisible();
    await checkA11y();

    const uploads: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/etape/4")) {
        uploads.push(request.url());
      }
    });
    await page.getByRole("radio", { name: "Autre document", exact: true }).check();
    const input = page.getByLabel("Fichier", { exact: false });
    await input.setInputFiles(bigScan);
    if (scripts) {
      // Refused as soon as it is chosen: nothing is sent, even when the button is pressed.
      await expect(page.locator(".field-errors").getByText(tooLarge)).toBeVisible();
      await page.getByRole("button", { name: "Ajouter ce document" }).click();
      expect(uploads).toEqual([]);
    } else {
      // Without JavaScript the server refuses it, and names it too.
      await page.getByRole("button", { name: "Ajouter ce document" }).click();
    }
    await expect(page.getByRole("alert").getByText(tooLarge)).toBeVisible();
    // With JavaScript nothing was sent (the listener does see the upload that follows).
    if (scripts) expect(uploads).toEqual([]);
    await expect(page.locator(".field-errors").getByText(tooLarge)).toBeVisible();
    await expect(page.getByText(tip)).toBeVisible();
    await expect(added).toBeHidden();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await checkA11y();
    await expectFitsTheScreen(page);
    // Nothing was stored: the list still holds the statutes alone.
    await expect(page.getByText("1 fichier(s) joint(s)", { exact: false })).toBeVisible();

    // A file that fits goes through, and the error goes away.
    await page.getByRole("radio", { name: "Autre document", exact: true }).check();
    await input.setInputFiles({ ...smallPdf, name: "Scan allégé.pdf" });
    if (scripts) await expect(page.getByText(tip)).toBeHidden();
    await page.getByRole("button", { name: "Ajouter ce document" }).click();
    await expect(page.getByText("Le fichier « Scan allégé.pdf » a été ajouté.")).toBeVisible();
    await expect(page.getByText(tooLarge)).toHaveCount(0);
    await expect(page.getByText("2 fichier(s) joint(s)", { exact: false })).toBeVisible();
    if (scripts) expect(uploads).toHaveLength(1);
  });

  test(`the steps of a new draft are announced as they are, not as filled (${how})`, async ({
    page,
    freshApplicant,
    checkA11y,
  }) => {
    if (!scripts) await withoutPageScripts(page);
    await freshApplicant();
    const id = await startDraft(page);
    // Steps 2 to 5 opened one after the other, nothing filled in.
    for (const step of [2, 3, 4, 5]) {
      await page.goto(`/espace/candidatures/${id}/etape/${step}`);
      await expect(page.getByText(`Étape ${step} sur 6`)).toBeVisible();
    }
    await page.goto(`/espace/candidatures/${id}/recapitulatif`);
    const heading = page.getByRole("heading", {
      name: /Avant d'envoyer, \d+ point\(s\) à compléter/,
    });
    await expect(heading).toBeVisible();
    const total = Number(/(\d+) point/.exec((await heading.textContent()) ?? "")?.[1]);
    const announced = await page
      .getByRole("navigation", { name: "Étapes de la candidature" })
      .locator(".visually-hidden")
      .allTextContents();
    expect(announced).toHaveLength(6);
    expect(announced.join(" ")).not.toMatch(/remplie|complète\)/);
    const counts = announced
      .slice(0, 5)
      .map((text) => Number(/étape incomplète : (\d+) point\(s\) à compléter/.exec(text)?.[1]));
    for (const count of counts) expect(count).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(announced[5]).toBe(" (étape en cours)");
    await checkA11y();
    await expectFitsTheScreen(page);

    // Step 1 completed: it alone is announced complete, and marked so.
    await page.goto(`/espace/candidatures/${id}/etape/1`);
    await page.getByLabel("Fonction dans la structure").fill("Présidente");
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page.getByText("Étape 2 sur 6")).toBeVisible();
    const first = page
      .getByRole("navigation", { name: "Étapes de la candidature" })
      .getByRole("link", {
        name: /Votre structure/,
      });
    await expect(first).toHaveAccessibleName("1 Votre structure (étape complète)");
    await checkA11y();
  });
}
