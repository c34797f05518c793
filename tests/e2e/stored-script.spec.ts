/**
 * Issue 12, "Web": a script stored in a free-text field renders inert. Applicants and staff write
 * `<script>alert(1)</script>` and `"><img src=x onerror=alert(1)>` through the real forms (the
 * organisation's profile, the application's steps, messages both ways, the staff's private note,
 * an information request with its missing items and the applicant's answer, a correction
 * request), then every page that shows them is opened by the owner and by staff: the text is
 * shown as text, and no dialog ever opens.
 */
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed";
import { expect, test } from "./fixtures";

const SCRIPT = "<script>alert(1)</script>";
const IMAGE = '"><img src=x onerror=alert(1)>';

// A submitted demo application (Marseille antenna) that no other journey changes.
const demoApplicantEmail = "marc.giraud@demo.digitess.fr";

/** Fails the test on any dialog (alert, confirm, prompt) the page opens. */
function forbidDialogs(page: Page, dialogs: string[]) {
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    await dialog.dismiss();
  });
}

async function signedIn(browser: Browser, email: string, dialogs: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  forbidDialogs(page, dialogs);
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  return page;
}

/** Fills `text` into the form that holds `intent` (or the page's form) and sends it. */
async function send(page: Page, fields: Record<string, string>, intent?: string) {
  const form = intent
    ? page.locator(`form:has(input[name="intent"][value="${intent}"])`)
    : page.locator("form[method='post']", {
        has: page.locator(`[name="${Object.keys(fields)[0]}"]`),
      });
  for (const [name, value] of Object.entries(fields)) {
    await form.locator(`[name="${name}"]`).first().fill(value);
  }
  await form.locator('button[type="submit"]').first().click();
  await page.waitForLoadState("load");
}

/** The page shows both payloads as text. */
async function showsAsText(page: Page) {
  await expect(page.getByText(SCRIPT).first()).toBeVisible();
  await expect(page.getByText(IMAGE).first()).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
}

test("scripts stored by applicants and staff render as text and never run", async ({
  page,
  browser,
  freshApplicant,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  forbidDialogs(page, dialogs);

  // A new applicant's own organisation profile.
  await freshApplicant();
  await page.goto("/espace/structure");
  await send(page, { name: `Asso ${SCRIPT}`, addressLine: `1 rue ${IMAGE}` });
  for (const path of ["/espace", "/espace/structure", "/espace/membres", "/espace/candidatures"]) {
    await page.goto(path);
  }
  await page.goto("/espace");
  await expect(page.getByText(`Asso ${SCRIPT}`).first()).toBeVisible();

  // Their application's free-text answers (step 2), saved with the step's own button.
  await page.goto("/espace/candidatures/nouvelle");
  await page
    .getByRole("button", { name: /Commencer/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/espace\/candidatures\/[0-9a-f-]{36}\/etape\/\d$/);
  const draft = /\/espace\/candidatures\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  await page.goto(`/espace/candidatures/${draft}/etape/2`);
  const form = page.locator("form", { has: page.locator('[name="situation"]') });
  await form.locator('[name="situation"]').fill(SCRIPT);
  await form.locator('[name="needs"]').fill(IMAGE);
  await form.locator('[name="goals"]').fill(`${SCRIPT} ${IMAGE}`);
  await form.locator('button[name="intent"][value="save"]').click();
  await page.waitForLoadState("load");
  await page.goto(`/espace/candidatures/${draft}/etape/2`);
  await expect(page.locator('[name="situation"]')).toHaveValue(SCRIPT);
  await page.goto(`/espace/candidatures/${draft}/recapitulatif`);
  await showsAsText(page);

  // A submitted application: the applicant writes to the team, the instructor notes and replies.
  const applicant = await signedIn(browser, demoApplicantEmail, dialogs);
  await applicant.goto("/espace/candidatures");
  await applicant
    .getByRole("link", { name: /DE-\d{4}-\d{5}/ })
    .first()
    .click();
  await applicant.waitForURL(/\/espace\/candidatures\/[0-9a-f-]{36}$/);
  const followUrl = applicant.url();
  // The message form, or the answer form while an information request is open.
  const intents = applicant.locator(
    'input[name="intent"][value="message"], input[name="intent"][value="answer"]',
  );
  await expect(intents.first()).toBeAttached();
  const intent = (await intents.first().getAttribute("value")) ?? "message";
  await send(applicant, { body: `${SCRIPT} ${IMAGE}` }, intent);
  await expect(applicant.getByText(`${SCRIPT} ${IMAGE}`).first()).toBeVisible();

  const staff = await signedIn(browser, "karim.benali@demo.digitess.fr", dialogs);
  const id = followUrl.split("/").at(-1) ?? "";
  await staff.goto(`/instruction/candidatures/${id}`);
  await expect(staff.getByText(`${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await send(staff, { body: `Note ${SCRIPT} ${IMAGE}` }, "note");
  await send(staff, { body: `Réponse ${SCRIPT} ${IMAGE}` }, "message");
  await staff.goto(`/instruction/candidatures/${id}`);
  await expect(staff.getByText(`Note ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await expect(staff.getByText(`Réponse ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await showsAsText(staff);
  await staff.goto("/instruction");

  // The applicant reads the staff's reply on the follow page (the note stays private).
  await applicant.goto(followUrl);
  await expect(applicant.getByText(`Réponse ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await expect(applicant.getByText(`Note ${SCRIPT}`)).toHaveCount(0);
  await showsAsText(applicant);

  // The instructor asks for information, missing items included; the applicant reads the
  // request and answers it.
  // (The demo application waited for information: the answer above put it back in review.)
  await staff.goto(`/instruction/candidatures/${id}`);
  const start = staff.getByRole("link", { name: "Commencer l'examen" });
  if ((await start.count()) > 0) {
    await start.click();
    await staff.getByRole("button", { name: "Prendre en examen" }).click();
    await expect(staff.getByText("Le dossier est pris en examen.")).toBeVisible();
  }
  await staff.getByRole("link", { name: "Demander des compléments" }).click();
  await staff.getByLabel("Message à la structure").fill(`Demande ${SCRIPT} ${IMAGE}`);
  await staff.getByLabel("Pièces ou informations manquantes").fill(`Pièce ${SCRIPT} ${IMAGE}`);
  await staff.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(
    staff.getByText("La demande de compléments est envoyée à la structure."),
  ).toBeVisible();
  await expect(staff.getByText(`Demande ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await showsAsText(staff);

  await applicant.goto(followUrl);
  const request = applicant.getByRole("region", { name: "Répondre à la demande de l'équipe" });
  await expect(request.getByText(`Demande ${SCRIPT} ${IMAGE}`)).toBeVisible();
  await expect(request.getByRole("listitem").filter({ hasText: `Pièce ${SCRIPT}` })).toBeVisible();
  await showsAsText(applicant);
  await applicant.getByLabel("Votre réponse").fill(`Complément ${SCRIPT} ${IMAGE}`);
  await applicant.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(applicant.getByText("Votre réponse est envoyée à l'équipe.")).toBeVisible();

  // Back in review, the instructor reads the answer and asks for a correction of step 2.
  await staff.goto(`/instruction/candidatures/${id}`);
  await expect(staff.getByText(`Complément ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await staff.getByRole("link", { name: "Demander une correction" }).click();
  await staff.getByLabel("2. Le projet").check();
  await staff.getByLabel("Votre message à la structure").fill(`Correction ${SCRIPT} ${IMAGE}`);
  await staff.getByRole("button", { name: "Envoyer la demande de correction" }).click();
  await expect(
    staff.getByText("La demande de correction est envoyée à la structure."),
  ).toBeVisible();
  await staff.goto(`/instruction/candidatures/${id}`);
  await expect(staff.getByText(`Correction ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await showsAsText(staff);

  await applicant.goto(followUrl);
  await expect(applicant.getByText(`Correction ${SCRIPT} ${IMAGE}`).first()).toBeVisible();
  await showsAsText(applicant);

  expect(dialogs).toEqual([]);
});
