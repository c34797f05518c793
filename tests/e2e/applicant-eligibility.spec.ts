/**
 * Ineligibility comes first (issue 11, points 1 and 4). An association created two years ago
 * signs up, finds itself in the company register, and is told on its space, before it starts
 * anything, that it cannot apply yet and from which day it can; "Déposer une candidature" offers
 * no start button. A commercial company entered by hand (the register is down) picks its legal
 * form in plain words, sees it named on its profile, and is told the ESUS approval would let it
 * apply. axe runs at 1280 and 320 px on every page checked.
 */
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { formatCalendarDate } from "../../app/platform/format/dates";
import { registryFixtures, twoYearsAgo } from "../support/registry-replay";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

const PASSWORD = "une phrase de passe solide";

/** Signs up, confirms the address with the mailed link, and signs in. */
async function signUp(
  page: Page,
  readEmail: (to: string, subject?: string) => Promise<{ link: string | null }>,
  name: string,
  email: string,
) {
  await page.goto("/inscription");
  await page.getByLabel("Votre nom et prénom").fill(name);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(
    page.getByRole("heading", { name: "Confirmez votre adresse électronique" }),
  ).toBeVisible();
  const mail = await readEmail(email, "Confirmez");
  await page.goto(mail.link as string);
  await expect(page.getByText("Votre adresse est confirmée")).toBeVisible();
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
}

/** A SIRET no other journey uses (random, with its Luhn keys). */
function freshSiret(): string {
  const withKey = (digits: string) => {
    for (let key = 0; key < 10; key++) {
      const candidate = `${digits}${key}`;
      const sum = [...candidate].reverse().reduce((total, char, index) => {
        const doubled = Number(char) * (index % 2 === 1 ? 2 : 1);
        return total + (doubled > 9 ? doubled - 9 : doubled);
      }, 0);
      if (sum % 10 === 0) return candidate;
    }
    throw new Error("unreachable");
  };
  const siren = withKey(`7${String(randomInt(0, 10_000_000)).padStart(7, "0")}`);
  return withKey(`${siren}0001`);
}

/** axe at 1280 px then at 320 px, with no sideways scrolling at either, back to 1280 px. */
async function checkBothWidths(page: Page, checkA11y: () => Promise<void>) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await checkA11y();
    await expectFitsTheScreen(page);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an association created two years ago is told when it can apply, before it starts", async ({
  page,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const young = registryFixtures.jeunePousse;
  const eligibleOn = `${Number(young.created.slice(0, 4)) + 3}${young.created.slice(4)}`;
  const date = formatCalendarDate(eligibleOn, "fr");
  await signUp(page, readEmail, "Inès Haddad", `ines.${Date.now()}@jeune-pousse.example`);

  // It finds itself in the register: its legal form comes chosen, in plain words.
  await page.getByRole("link", { name: "Enregistrer ma structure" }).click();
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill(young.siret);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("button", { name: `Choisir ${young.name}` }).click();
  const legalForm = page.getByRole("combobox", { name: "Forme juridique (obligatoire)" });
  await expect(legalForm.locator("option:checked")).toHaveText("Association loi 1901");
  await expect(page.getByLabel("Date de création")).toHaveValue(young.created);
  await checkBothWidths(page, checkA11y);
  await page.getByLabel("Nombre de salariés").fill("0");
  await page.getByLabel("Nombre de bénévoles").fill("12");
  await page.getByLabel("Budget annuel").selectOption("under_10k");
  await page.getByLabel("Habitat").check();
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();

  // Its space says at once that it cannot apply yet, until when, and what to do meanwhile.
  await expect(page).toHaveURL(/\/espace$/);
  const told = page.getByRole("region", {
    name: "Votre structure ne peut pas encore candidater à Digit'ESS",
  });
  await expect(told).toBeVisible();
  await expect(
    told.getByText(
      `Votre structure doit exister depuis au moins 3 ans : ce sera le cas le ${date}.`,
    ),
  ).toBeVisible();
  await expect(
    told.getByText(`Revenez déposer votre candidature à partir du ${date}`),
  ).toBeVisible();
  await expect(
    told.getByRole("link", { name: "Faire le diagnostic numérique de votre structure" }),
  ).toBeVisible();
  // The profile names the legal form instead of a bare code.
  await expect(page.getByText("Association déclarée (code 9220)")).toBeVisible();
  await checkBothWidths(page, checkA11y);

  // "Déposer une candidature" says the same and offers nothing to start.
  await page.getByRole("link", { name: "Déposer une candidature" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Déposer une candidature" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Votre structure ne peut pas encore candidater à Digit'ESS" }),
  ).toContainText(`ce sera le cas le ${date}`);
  await expect(page.getByRole("button", { name: /Commencer ma candidature/ })).toHaveCount(0);
  await checkBothWidths(page, checkA11y);

  // Nothing was started meanwhile.
  await page.goto("/espace/candidatures");
  await expect(page.getByText("Vous n'avez pas encore de candidature")).toBeVisible();
});

test("a company entered by hand picks its legal form in words and learns what ESUS would change", async ({
  page,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  await signUp(page, readEmail, "Marc Olivier", `marc.${Date.now()}@jardinerie.example`);

  // The register is down: the form is filled by hand, the legal form chosen in plain words.
  await page.getByRole("link", { name: "Enregistrer ma structure" }).click();
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("panne");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: "Saisir les informations moi-même" }).click();
  const legalForm = page.getByRole("combobox", { name: "Forme juridique (obligatoire)" });
  await expect(legalForm.locator("option")).toContainText([
    "Association loi 1901",
    "Mutuelle",
    "Fondation",
    "Entreprise commerciale avec l'agrément ESUS",
    "Entreprise commerciale sans l'agrément ESUS",
    "Je ne sais pas",
  ]);
  await expect(page.getByText("(code INSEE)")).toHaveCount(0);
  await checkBothWidths(page, checkA11y);
  await page.getByLabel("Nom de la structure").fill("Jardinerie Solidaire");
  await page.getByLabel("Numéro SIRET du siège").fill(freshSiret());
  await legalForm.selectOption({ label: "Entreprise commerciale sans l'agrément ESUS" });
  await page.getByLabel("Date de création").fill("2018-02-05");
  await page.getByLabel("Code postal").fill("13400");
  await page.getByLabel("Commune").fill("Aubagne");
  await page.getByLabel("Nombre de salariés").fill("4");
  await page.getByLabel("Nombre de bénévoles").fill("0");
  await page.getByLabel("Budget annuel").selectOption("under_10k");
  await page.getByLabel("Habitat").check();
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();

  await expect(page).toHaveURL(/\/espace$/);
  // The choice made by hand, in its words: never "SAS (code 5710)", the code the rules get.
  await expect(page.getByText("Entreprise commerciale sans l'agrément ESUS").last()).toBeVisible();
  await expect(page.getByText("(code 5710)")).toHaveCount(0);
  const told = page.getByRole("region", {
    name: "Votre structure ne peut pas candidater à Digit'ESS",
  });
  await expect(told).toContainText("votre entreprise n'a pas l'agrément ESUS");
  await expect(
    told.getByText("Si votre entreprise a l'agrément ESUS, indiquez-le dans le profil"),
  ).toBeVisible();
  await checkBothWidths(page, checkA11y);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("step 1 says at once when the dates typed rule the application out, and keeps them", async ({
      page,
      freshApplicant,
      checkA11y,
    }) => {
      test.setTimeout(120_000);
      await freshApplicant();
      await page.goto("/espace/candidatures/nouvelle");
      await page.getByRole("button", { name: /Commencer ma candidature/ }).click();
      await expect(page.getByText("Étape 1 sur 6")).toBeVisible();
      // Eligible from its record: nothing to say yet.
      await expect(page.getByRole("region", { name: /ne peut pas/ })).toHaveCount(0);
      const created = twoYearsAgo();
      const date = formatCalendarDate(
        `${Number(created.slice(0, 4)) + 3}${created.slice(4)}`,
        "fr",
      );
      await page.getByLabel("Date de création").fill(created);
      await page.getByLabel("Fonction dans la structure").fill("Présidente");
      await page.getByRole("button", { name: "Continuer" }).click();

      // Still step 1, with the reason and the date, and what was typed kept.
      await expect(page.getByText("Étape 1 sur 6")).toBeVisible();
      await expect(
        page.getByText(
          "Avec ces informations, votre structure ne peut pas candidater à ce programme",
        ),
      ).toBeVisible();
      const told = page.getByRole("region", {
        name: "Votre structure ne peut pas encore candidater à Digit'ESS",
      });
      await expect(told).toContainText(`ce sera le cas le ${date}`);
      await expect(told).toContainText("corrigez-la dans le formulaire ci-dessous");
      await expect(page.getByLabel("Date de création")).toHaveValue(created);
      await expect(page.getByLabel("Fonction dans la structure")).toHaveValue("Présidente");
      // axe runs inside the page, so only with JavaScript; without it, the layout is checked.
      await checkBothWidths(page, javaScriptEnabled ? checkA11y : async () => {});
    });
  });
}
