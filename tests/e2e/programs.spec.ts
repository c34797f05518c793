/**
 * Issue 3: the programme's public pages (home, eligibility check, funding simulator) with and
 * without JavaScript, at 320 px, with no axe violation; and an administrator editing a level's
 * rates (a validation error, then success). The admin test puts the seed's rates back at the end.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

async function fillEligibility(
  page: Page,
  answers: { legalForm: string; date: string; place: string },
) {
  const legalForm = page.getByRole("group", { name: /^Forme juridique/ });
  await legalForm.getByRole("radio", { name: answers.legalForm, exact: true }).check();
  const esus = page.getByRole("group", { name: /agrément ESUS/ });
  await esus.getByRole("radio", { name: "Non", exact: true }).check();
  await page.getByLabel("Date de création de votre structure").fill(answers.date);
  await page.getByRole("checkbox", { name: "Habitat" }).check();
  await page.getByLabel("Département ou code postal de votre structure").fill(answers.place);
  await page.getByRole("button", { name: "Vérifier mon éligibilité" }).click();
}

async function simulate(page: Page, level: string, cost: string, rate: string) {
  await page.getByRole("radio", { name: new RegExp(`^${level}`) }).check();
  await page.getByLabel("Coût total du projet, en euros").fill(cost);
  await page.getByLabel("Taux de prise en charge souhaité").fill(rate);
  await page.getByRole("button", { name: "Calculer" }).click();
}

test.describe("with JavaScript", () => {
  test("the programme home page says what it offers, to whom, how, where, with calls to action", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/");
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Digit'ESS : un accompagnement numérique pour votre structure",
      }),
    ).toBeVisible();
    for (const name of [
      "Vérifier mon éligibilité",
      "Faire mon diagnostic numérique",
      "Candidater",
    ]) {
      await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
    }
    await expect(
      page.getByRole("link", { name: "Candidater", exact: true }).first(),
    ).toHaveAttribute("href", "/espace/candidatures/nouvelle");
    await expect(page.getByText("100 % du coût pris en charge.")).toBeVisible();
    await expect(page.getByText("De 55 % à 75 % du coût pris en charge.")).toBeVisible();
    await expect(page.getByText("De 25 % à 50 % du coût pris en charge.")).toBeVisible();
    await expect(page.getByText("Qui existent depuis au moins 3 ans.")).toBeVisible();
    await expect(
      page.getByText("Partout en France, outre-mer compris.", { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Antenne La Réunion et Mayotte" }),
    ).toBeVisible();
    await expect(page.getByText(/se réunit chaque mois et décide/)).toBeVisible();
    await page.getByText("Quand puis-je candidater ?").click();
    await expect(page.getByText(/ouvert toute l'année\. Les dossiers complets/)).toBeVisible();
    await checkA11y();
    await page.goto("/programmes/digitess");
    await expect(page.locator("h1")).toHaveCount(1);
    await checkA11y();
  });

  test("the eligibility check answers every criterion, then what to do next", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Vérifier mon éligibilité" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Vérifier l'éligibilité de votre structure" }),
    ).toBeVisible();
    await checkA11y();

    // Nothing answered: the error summary lists what is missing.
    await page.getByRole("button", { name: "Vérifier mon éligibilité" }).click();
    await expect(page.getByRole("heading", { name: /Le formulaire contient/ })).toBeVisible();
    await checkA11y();

    await fillEligibility(page, {
      legalForm: "Association loi 1901",
      date: "14/05/2019",
      place: "13001",
    });
    await expect(page.getByText("Votre structure est éligible.")).toBeVisible();
    await expect(
      page.getByText("Le programme couvre votre département : Bouches-du-Rhône (13)."),
    ).toBeVisible();
    await expect(
      page.getByText("Votre antenne : Antenne Provence-Alpes-Côte d'Azur et Corse"),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Résultat" })).toBeFocused();
    await checkA11y();

    await fillEligibility(page, {
      legalForm: "Entreprise commerciale sans l'agrément ESUS",
      date: "14/05/2019",
      place: "974",
    });
    await expect(page.getByText("Votre structure n'est pas éligible.")).toBeVisible();
    await expect(page.getByRole("link", { name: /associations\.gouv\.fr/ })).toBeVisible();
  });

  test("the simulator shows the share and the remaining cost at both rates", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/simulateur");
    await expect(page.getByText(/un demi-centime est arrondi au centime supérieur/)).toBeVisible();
    await checkA11y();
    await simulate(page, "Cadrage", "10 000", "60");
    const table = page.getByRole("table");
    await expect(table.getByRole("row", { name: /Taux le plus bas : 55\s%/ })).toContainText(
      "5 500,00",
    );
    await expect(table.getByRole("row", { name: /Taux le plus haut : 75\s%/ })).toContainText(
      "2 500,00",
    );
    await expect(table.getByRole("row", { name: /Taux choisi : 60\s%/ })).toContainText("4 000,00");
    await checkA11y();

    await simulate(page, "Cadrage", "10 000", "90");
    await expect(
      page.getByText("Pour cet échelon, le taux doit être compris entre 55 % et 75 %.").first(),
    ).toBeVisible();
    await checkA11y();
  });

  test("an administrator edits a level's rates: a validation error, then success", async ({
    page,
    loginAs,
    checkA11y,
  }) => {
    test.slow();
    await loginAs("admin");
    await page.goto("/admin/programmes");
    await checkA11y();
    await page.getByRole("main").getByRole("link", { name: "Digit'ESS" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Digit'ESS" })).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Échelons et taux" }).click();
    const scoping = page.getByRole("region", { name: "Cadrage" });
    await scoping.getByLabel("Taux minimum (%)").fill("80");
    await scoping.getByLabel("Taux maximum (%)").fill("60");
    await scoping.getByRole("button", { name: "Enregistrer" }).click();
    await expect(
      scoping.getByText("Le taux maximum doit être supérieur ou égal au taux minimum.").first(),
    ).toBeVisible();
    await expect(scoping.getByLabel("Taux minimum (%)")).toHaveValue("80");
    await checkA11y();

    await scoping.getByLabel("Taux minimum (%)").fill("60");
    await scoping.getByLabel("Taux maximum (%)").fill("70");
    await scoping.getByRole("button", { name: "Enregistrer" }).click();
    await expect(scoping.getByText("Modifications enregistrées.")).toBeVisible();
    await checkA11y();

    await page.goto("/");
    await expect(page.getByText("De 60 % à 70 % du coût pris en charge.")).toBeVisible();
    await page.goto("/admin/programmes/digitess");
    await expect(
      page.getByRole("cell", { name: "Modification d'un échelon" }).first(),
    ).toBeVisible();

    // Put the seed's rates back for the other journeys.
    await page.goto("/admin/programmes/digitess/echelons");
    await scoping.getByLabel("Taux minimum (%)").fill("55");
    await scoping.getByLabel("Taux maximum (%)").fill("75");
    await scoping.getByRole("button", { name: "Enregistrer" }).click();
    await expect(scoping.getByText("Modifications enregistrées.")).toBeVisible();
  });

  test("every admin section of a programme has no accessibility violation", async ({
    page,
    loginAs,
    checkA11y,
  }) => {
    test.slow();
    await loginAs("admin");
    for (const section of ["axes", "eligibilite", "antennes", "financeurs", "comite", ""]) {
      await page.goto(`/admin/programmes/digitess${section ? `/${section}` : ""}`);
      await expect(page.locator("h1")).toHaveCount(1);
      await checkA11y();
    }

    await expect(page.getByRole("cell", { name: "Installation du programme" })).toBeVisible();
  });

  test("every page of the feature fits a 320 px screen", async ({ page, loginAs }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/programmes/digitess", "/eligibilite", "/simulateur"]) {
      await page.goto(path);
      await expectFitsTheScreen(page);
    }
    await page.goto("/eligibilite");
    await fillEligibility(page, {
      legalForm: "Association loi 1901",
      date: "14/05/2019",
      place: "13",
    });
    await expect(page.getByText("Votre structure est éligible.")).toBeVisible();
    await expectFitsTheScreen(page);
    await page.goto("/simulateur");
    await simulate(page, "Production", "123 456,78", "");
    await expect(page.getByRole("table")).toBeVisible();
    await expectFitsTheScreen(page);
    await loginAs("admin");
    for (const section of [
      "",
      "/echelons",
      "/axes",
      "/eligibilite",
      "/antennes",
      "/financeurs",
      "/comite",
    ]) {
      await page.goto(`/admin/programmes/digitess${section}`);
      await expectFitsTheScreen(page);
    }
  });
});

test.describe("without JavaScript", () => {
  // axe runs in the page, so it needs JavaScript: these pages are checked with it above.
  test.use({ javaScriptEnabled: false });

  test("the eligibility check works with a plain form post", async ({ page }) => {
    await page.goto("/eligibilite");
    await fillEligibility(page, { legalForm: "Je ne sais pas", date: "", place: "2A" });
    await expect(
      page.getByText("Votre structure semble éligible, sous réserve de vérification."),
    ).toBeVisible();
    await expect(
      page.getByText("Nous ne connaissons pas votre forme juridique", { exact: false }),
    ).toBeVisible();
    await expect(
      page.getByText("Nous ne connaissons pas la date de création", { exact: false }),
    ).toBeVisible();
    await expect(page.getByLabel("Département ou code postal de votre structure")).toHaveValue(
      "2A",
    );

    await page.getByLabel("Date de création de votre structure").fill("31/02/2020");
    await page.getByRole("button", { name: "Vérifier mon éligibilité" }).click();
    await expect(
      page.getByRole("heading", { name: /Le formulaire contient 1 erreur/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Date de création de votre structure")).toHaveValue("31/02/2020");
  });

  test("the simulator works with a plain form post", async ({ page }) => {
    await page.goto("/simulateur");
    await simulate(page, "Production", "10 000", "");
    const table = page.getByRole("table");
    await expect(table.getByRole("row", { name: /Taux le plus bas : 25\s%/ })).toContainText(
      "7 500,00",
    );
    await expect(table.getByRole("row", { name: /Taux le plus haut : 50\s%/ })).toContainText(
      "5 000,00",
    );
    await simulate(page, "Production", "10 000", "60");
    await expect(
      page.getByText("Pour cet échelon, le taux doit être compris entre 25 % et 50 %.").first(),
    ).toBeVisible();
  });

  test("the home page's questions open without JavaScript", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Qui décide, et quand ?").click();
    await expect(page.getByText(/Un comité de sélection qui réunit/)).toBeVisible();
  });
});
