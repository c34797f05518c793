/**
 * Organisations (issue 4): a new applicant finds their association by SIRET in the company
 * register (replayed locally, see global-setup.ts), corrects a field, registers it, and invites a
 * second member who joins. On a 320 px screen, with axe on every page.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectFitsTheScreen } from "./screen";

test.use({ viewport: { width: 320, height: 720 } });

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

test("a new applicant registers their association from the register and a second member joins", async ({
  page,
  browser,
  readEmail,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const nadia = `nadia.${stamp}@jardins-belle-de-mai.fr`;
  const paul = `paul.${stamp}@jardins-belle-de-mai.fr`;
  await signUp(page, readEmail, "Nadia Benali", nadia);

  // Empty space: it says what to do next.
  await expect(
    page.getByRole("heading", { name: "Commencez par enregistrer votre structure" }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("link", { name: "Enregistrer ma structure" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Enregistrer ma structure" }),
  ).toBeVisible();
  await checkA11y();

  // Find it by SIRET (typed with spaces) and choose it.
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("812 345 676 00017");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("heading", { name: "LES JARDINS DE LA BELLE DE MAI" })).toBeVisible();
  await expect(page.getByText("SIRET 812 345 676 00017")).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByRole("button", { name: "Choisir LES JARDINS DE LA BELLE DE MAI" }).click();

  // The identity comes prefilled; correct the name, complete the rest.
  await expect(
    page.getByText("Ces informations viennent du répertoire des entreprises"),
  ).toBeVisible();
  await expect(page.getByLabel("Nom de la structure")).toHaveValue(
    "LES JARDINS DE LA BELLE DE MAI",
  );
  await expect(page.getByLabel("Numéro SIRET du siège")).toHaveValue("81234567600017");
  await expect(page.getByLabel("Code postal")).toHaveValue("13003");
  await expect(page.getByLabel("Date de création")).toHaveValue("2016-04-12");
  await expect(page.getByLabel("Ma structure fait partie de l'économie sociale")).toBeChecked();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByLabel("Nom de la structure").fill("Les Jardins de la Belle de Mai");
  await page.getByLabel("Nombre de salariés").fill("2");
  await page.getByLabel("Nombre de bénévoles").fill("une quinzaine");
  await page
    .getByLabel("Budget annuel")
    .selectOption({ label: "De 10\u00a0000\u00a0€ à 50\u00a0000\u00a0€" });
  await page.getByLabel("Habitat").check();
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();

  // A wrong field: explained next to it and on top, nothing typed is lost.
  await expect(
    page.getByRole("heading", { name: /Le formulaire contient 1 erreur/ }),
  ).toBeVisible();
  await expect(
    page.getByText("Le nombre de bénévoles doit être un nombre entier", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByLabel("Nom de la structure")).toHaveValue(
    "Les Jardins de la Belle de Mai",
  );
  await expect(page.getByLabel("Habitat")).toBeChecked();
  await checkA11y();
  await page.getByLabel("Nombre de bénévoles").fill("15");
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();

  // The space now shows the profile, with the département and région derived offline.
  await expect(page).toHaveURL(/\/espace$/);
  await expect(page.getByText("Votre structure est enregistrée.")).toBeVisible();
  await expect(page.getByText("Vous agissez pour : Les Jardins de la Belle de Mai")).toBeVisible();
  await expect(page.getByText("Bouches-du-Rhône (13), Provence-Alpes-Côte d'Azur")).toBeVisible();
  await expect(page.getByText("Aucun diagnostic pour le moment.")).toBeVisible();
  await expect(page.getByText("Aucune candidature pour le moment.")).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);

  // Invite a second member by e-mail.
  await page.getByRole("link", { name: "Gérer les membres" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Membres de la structure" }),
  ).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByLabel("Adresse électronique de la personne").fill(paul);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(page.getByText("L'invitation est envoyée.")).toBeVisible();
  await expect(page.getByText(`${paul} : invitation envoyée le`)).toBeVisible();
  await checkA11y();

  // The second member opens the mailed link, creates an account and joins.
  const invitation = await readEmail(paul, "Invitation à rejoindre Les Jardins de la Belle de Mai");
  expect(invitation.link).toMatch(/\/invitation\/[\w-]+$/);
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  const second = await context.newPage();
  await second.goto(invitation.link as string);
  await expect(
    second.getByRole("heading", {
      level: 1,
      name: "Invitation à rejoindre Les Jardins de la Belle de Mai",
    }),
  ).toBeVisible();
  await expect(second.getByText("Nadia Benali vous invite")).toBeVisible();
  await checkA11y(second);
  await expectFitsTheScreen(second);
  await second.getByRole("link", { name: "Créer mon compte" }).click();
  await signUp(second, readEmail, "Paul Lefort", paul);
  await expect(second.getByRole("heading", { name: "Invitations reçues" })).toBeVisible();
  await checkA11y(second);
  await second.getByRole("button", { name: "Rejoindre Les Jardins de la Belle de Mai" }).click();
  await expect(second.getByText("Vous avez rejoint la structure.")).toBeVisible();
  await expect(
    second.getByText("Vous agissez pour : Les Jardins de la Belle de Mai"),
  ).toBeVisible();
  await checkA11y(second);
  await context.close();

  // Both are members; the owner sees it.
  await page.goto("/espace/membres");
  const members = page.getByRole("list", { name: "Membres" });
  await expect(members.locator(":scope > li")).toHaveCount(2);
  await expect(members.getByRole("link", { name: "Retirer Paul Lefort" })).toBeVisible();
  await expect(members.getByText("Nadia Benali (vous)")).toBeVisible();
  await expect(page.getByText("Aucune invitation en attente.")).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);

  // The invitation link cannot be used twice.
  await page.goto(invitation.link as string);
  await expect(
    page.getByRole("heading", { name: "Cette invitation n'est plus valable" }),
  ).toBeVisible();
  await checkA11y();

  // Nadia also acts for a second association, and switches between them.
  await page.goto("/espace");
  await page.getByRole("link", { name: "Enregistrer une autre structure" }).click();
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("jardins");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Vous êtes déjà membre de cette structure.")).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Choisir JARDINS PARTAGES DU PAYS D'AIX" }).click();
  await page.getByLabel("Nombre de salariés").fill("0");
  await page.getByLabel("Nombre de bénévoles").fill("6");
  await page.getByLabel("Budget annuel").selectOption("under_10k");
  await page.getByLabel("Autre domaine").check();
  await page.getByLabel("Autres domaines d'action").fill("Jardins partagés");
  await page.getByRole("button", { name: "Enregistrer ma structure" }).click();
  await expect(page.getByText("Vous agissez pour : JARDINS PARTAGES DU PAYS D'AIX")).toBeVisible();
  await page.getByRole("link", { name: "Changer de structure" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Changer de structure" })).toBeVisible();
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByLabel("Les Jardins de la Belle de Mai").check();
  await page.getByRole("button", { name: "Agir pour cette structure" }).click();
  await expect(page.getByText("Vous agissez pour : Les Jardins de la Belle de Mai")).toBeVisible();

  // She hands the association to Paul, then leaves it.
  await page.goto("/espace/membres");
  await page.getByRole("link", { name: "Nommer responsable : Paul Lefort" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nommer Paul Lefort responsable ?" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Oui, nommer responsable" }).click();
  await expect(page.getByText("La structure a un nouveau responsable.")).toBeVisible();
  await expect(
    page.getByText("Seuls les responsables de la structure peuvent inviter"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Quitter la structure" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Quitter Les Jardins de la Belle de Mai ?" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Oui, quitter la structure" }).click();
  await expect(page.getByText("Vous avez quitté la structure.")).toBeVisible();
  await expect(page.getByText("Vous agissez pour : JARDINS PARTAGES DU PAYS D'AIX")).toBeVisible();
});

test("the owner edits the profile, and the last owner is told why they cannot leave", async ({
  page,
  loginAs,
  checkA11y,
}) => {
  await loginAs("applicant");
  await expect(page.getByText("Vous agissez pour : Le Toit Partagé")).toBeVisible();
  await page.getByRole("link", { name: "Modifier le profil" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Modifier le profil de la structure" }),
  ).toBeVisible();
  await expect(page.getByLabel("Nom de la structure")).toHaveValue("Le Toit Partagé");
  await checkA11y();
  await expectFitsTheScreen(page);
  await page.getByLabel("Nombre de bénévoles").fill("26");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Le profil de la structure est enregistré.")).toBeVisible();
  await expect(page.getByText("26", { exact: true })).toBeVisible();
  // Put the demo value back for the other journeys.
  await page.goto("/espace/structure");
  await page.getByLabel("Nombre de bénévoles").fill("25");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Le profil de la structure est enregistré.")).toBeVisible();

  // The register down: the page says so and keeps manual entry open.
  await page.getByRole("link", { name: "Enregistrer une autre structure" }).click();
  await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("panne");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(
    page.getByText("Le répertoire des entreprises rencontre un problème."),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Saisir les informations moi-même" }).click();
  await expect(page.getByText("Remplissez le formulaire ci-dessous.")).toBeVisible();
  await checkA11y();

  await page.goto("/espace/membres/quitter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Quitter Le Toit Partagé ?" }),
  ).toBeVisible();
  await expect(page.getByText("nommez d'abord un autre membre responsable")).toBeVisible();
  await expect(page.getByRole("button", { name: "Oui, quitter la structure" })).toHaveCount(0);
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an applicant registers an overseas association, with the register's failures explained", async ({
    page,
    readEmail,
  }) => {
    await signUp(page, readEmail, "Mireille Payet", `mireille.${Date.now()}@jardins-creoles.re`);
    await page.getByRole("link", { name: "Enregistrer ma structure" }).click();

    // The register is overloaded: the page says so and offers manual entry.
    await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("quota");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(
      page.getByText("Le répertoire des entreprises reçoit trop de demandes"),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Saisir les informations moi-même" }),
    ).toBeVisible();

    // Nothing found.
    await page
      .getByLabel("Numéro SIRET, SIREN ou nom de la structure")
      .fill("association inconnue");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(
      page.getByText("Aucune structure ne correspond à « association inconnue »"),
    ).toBeVisible();

    // By name: several matches, choose one.
    await page.getByLabel("Numéro SIRET, SIREN ou nom de la structure").fill("jardins");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByText("3 structure(s) trouvée(s)")).toBeVisible();
    await page.getByRole("button", { name: "Choisir LES JARDINS CREOLES" }).click();
    await expect(page.getByLabel("Code postal")).toHaveValue("97400");

    // Missing answers: the server explains and keeps everything.
    await page.getByLabel("Nombre de salariés").fill("0");
    await page.getByRole("button", { name: "Enregistrer ma structure" }).click();
    await expect(
      page.getByRole("heading", { name: /Le formulaire contient 3 erreur/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Nom de la structure")).toHaveValue("LES JARDINS CREOLES");
    await expect(page.getByLabel("Nombre de salariés")).toHaveValue("0");
    await page.getByLabel("Nombre de bénévoles").fill("8");
    await page.getByLabel("Budget annuel").selectOption("under_10k");
    await page.getByLabel("Aidants").check();
    await page.getByRole("button", { name: "Enregistrer ma structure" }).click();

    await expect(page.getByText("Votre structure est enregistrée.")).toBeVisible();
    await expect(page.getByText("La Réunion (974), La Réunion")).toBeVisible();
    await expect(page.getByText("Aidants", { exact: true })).toBeVisible();
  });
});
