/**
 * The eligibility check prefilled from a SIRET ("Préremplir avec mon SIRET"), on a 320 px screen,
 * with and without JavaScript. The company register is the local replay started by the global
 * setup (tests/support/registry-replay.ts): it knows LES JARDINS DE LA BELLE DE MAI
 * (812 345 676 00017) and JARDINERIE DU SUD (834 567 125 00010, a company that has ceased), and
 * no structure with the (valid) SIRET 900 000 001 00017. The register being down is tested in
 * app/features/eligibility/prefill.integration.test.ts.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test.use({ viewport: { width: 320, height: 800 } });

const siretField = (page: Page) => page.getByLabel("Numéro SIRET (facultatif)");
const prefillButton = (page: Page) =>
  page.getByRole("button", { name: "Préremplir avec mon SIRET" });
const legalForm = (page: Page) => page.getByRole("group", { name: /^Forme juridique/ });
const creationDate = (page: Page) => page.getByLabel("Date de création de votre structure");
const place = (page: Page) => page.getByLabel("Département ou code postal de votre structure");
const habitat = (page: Page) => page.getByRole("checkbox", { name: "Habitat" });

/** Types a SIRET next to other answers, prefills, and checks what came back. */
async function prefillBelleDeMai(page: Page) {
  await page.goto("/eligibilite");
  await habitat(page).check();
  await place(page).fill("75");
  await siretField(page).fill("812 345 676 00017");
  await prefillButton(page).click();
  await expect(
    page.getByText(
      "Nous avons prérempli le formulaire avec les informations publiques de LES JARDINS DE LA BELLE DE MAI : vérifiez-les.",
    ),
  ).toBeVisible();
  await expect(
    legalForm(page).getByRole("radio", { name: "Association loi 1901", exact: true }),
  ).toBeChecked();
  await expect(creationDate(page)).toHaveValue("12/04/2016");
  await expect(place(page)).toHaveValue("13");
  await expect(siretField(page)).toHaveValue("81234567600017");
  // What the register does not know is kept as typed.
  await expect(habitat(page)).toBeChecked();
}

test.describe("with JavaScript", () => {
  test("a SIRET prefills the form, then the check runs on the prefilled answers", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/eligibilite");
    await expect(siretField(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Vérifier mon éligibilité" })).toHaveCount(1);
    await checkA11y();
    await expectFitsTheScreen(page);

    await prefillBelleDeMai(page);
    await expect(page.locator(".eligibility-prefill-notice")).toBeFocused();
    await checkA11y();
    await expectFitsTheScreen(page);

    await page.getByRole("button", { name: "Vérifier mon éligibilité" }).click();
    await expect(page.getByText("Votre structure est éligible.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Résultat" })).toBeFocused();
    await expect(place(page)).toHaveValue("13");
  });

  test("a wrong SIRET is explained at the field, and nothing typed is lost", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/eligibilite");
    await legalForm(page).getByRole("radio", { name: "Mutuelle", exact: true }).check();
    await creationDate(page).fill("03/03/2003");
    await habitat(page).check();
    await place(page).fill("2A");
    await siretField(page).fill("812 345 676 00018");
    await prefillButton(page).click();
    const message =
      "Ce numéro SIRET n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.";
    await expect(page.getByRole("link", { name: new RegExp(message) })).toBeVisible();
    await expect(page.locator("#eligibilite-siret-error")).toHaveText(message);
    await expect(siretField(page)).toHaveAttribute("aria-invalid", "true");
    await expect(
      legalForm(page).getByRole("radio", { name: "Mutuelle", exact: true }),
    ).toBeChecked();
    await expect(creationDate(page)).toHaveValue("03/03/2003");
    await expect(habitat(page)).toBeChecked();
    await expect(place(page)).toHaveValue("2A");
    await checkA11y();

    // An empty SIRET is caught before sending.
    await siretField(page).fill("");
    await prefillButton(page).click();
    await expect(
      page
        .getByText(
          "Indiquez le numéro SIRET de votre structure (14 chiffres) pour préremplir le formulaire.",
        )
        .first(),
    ).toBeVisible();
  });

  test("a SIRET the register does not know, and a company that has ceased", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/eligibilite");
    await place(page).fill("06");
    await siretField(page).fill("900 000 001 00017");
    await prefillButton(page).click();
    await expect(
      page.getByText(/Nous n'avons trouvé aucune structure avec ce numéro SIRET/),
    ).toBeVisible();
    await expect(place(page)).toHaveValue("06");
    await checkA11y();

    await siretField(page).fill("83456712500010");
    await prefillButton(page).click();
    await expect(page.getByText(/informations publiques de JARDINERIE DU SUD/)).toBeVisible();
    await expect(page.getByText(/cette structure a cessé son activité/)).toBeVisible();
    await expect(page.getByText(/choisissez vous-même sa forme juridique/)).toBeVisible();
    await expect(legalForm(page).getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(creationDate(page)).toHaveValue("05/02/2018");
    await checkA11y();
  });

  test("Enter in a field runs the check; Enter after a SIRET alone prefills", async ({ page }) => {
    await page.goto("/eligibilite");
    await siretField(page).fill("81234567600017");
    await siretField(page).press("Enter");
    await expect(
      page.getByText(/informations publiques de LES JARDINS DE LA BELLE DE MAI/),
    ).toBeVisible();
    await place(page).press("Enter");
    await expect(page.getByRole("heading", { name: "Résultat" })).toBeFocused();
    await expect(page.getByText(/Votre structure semble éligible/)).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  // axe runs in the page, so it needs JavaScript: the same page is checked above.
  test.use({ javaScriptEnabled: false });

  test("the prefill is a plain form post that keeps every answer", async ({ page }) => {
    await prefillBelleDeMai(page);
    await expectFitsTheScreen(page);
    await page.getByRole("button", { name: "Vérifier mon éligibilité" }).click();
    await expect(page.getByText("Votre structure est éligible.")).toBeVisible();
  });

  test("a wrong SIRET comes back with its error and the other answers", async ({ page }) => {
    await page.goto("/eligibilite");
    await habitat(page).check();
    await place(page).fill("974");
    await siretField(page).fill("W133012345");
    await prefillButton(page).click();
    await expect(page.locator("#eligibilite-siret-error")).toContainText(
      "c'est un numéro RNA, pas un numéro SIRET",
    );
    await expect(siretField(page)).toHaveValue("W133012345");
    await expect(habitat(page)).toBeChecked();
    await expect(place(page)).toHaveValue("974");
    await expectFitsTheScreen(page);
  });
});
