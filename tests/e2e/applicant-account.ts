/**
 * A fresh applicant for one journey: a new account (signed up, confirmed by the mailed link,
 * signed in) that owns its own copy of the demo association, created through the app's own
 * endpoints in the page's browser context. A journey that starts from it depends neither on the
 * order of the specs nor on what the others did to the demo personas.
 */
import { randomInt, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { demoOrganization } from "../../db/seed/organizations";

export type FreshApplicant = {
  name: string;
  email: string;
  password: string;
  organizationName: string;
};

const PASSWORD = "une phrase de passe solide";

type ReadEmail = (to: string, subjectIncludes?: string) => Promise<{ link: string | null }>;

/** Signs a new applicant up and in on `page`, and registers their association. */
export async function createFreshApplicant(
  page: Page,
  readEmail: ReadEmail,
  options: { name?: string } = {},
): Promise<FreshApplicant> {
  const name = options.name ?? "Nadia Martin";
  const email = `candidate-${randomUUID()}@le-toit-partage.example`;
  // better-auth and React Router check that a POST comes from the app's own origin.
  const headers = { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}` };

  const signUp = await page.request.post("/api/auth/sign-up/email", {
    headers,
    data: { name, email, password: PASSWORD, callbackURL: "/connexion?verifie=1" },
  });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const mail = await readEmail(email, "Confirmez");
  expect((await page.request.get(mail.link as string)).ok()).toBe(true);
  const signIn = await page.request.post("/api/auth/sign-in/email", {
    headers,
    data: { email, password: PASSWORD },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);

  const organization = demoOrganization;
  const created = await page.request.post("/espace/structure/nouvelle", {
    headers,
    maxRedirects: 0,
    form: {
      intent: "create",
      name: organization.name,
      siret: "",
      // Its own RNA number, so that it is never taken for the demo association.
      rna: `W13${String(randomInt(0, 10_000_000)).padStart(7, "0")}`,
      legalForm: organization.legalFormCode,
      creationDate: organization.creationDate,
      addressLine: organization.addressLine,
      postcode: organization.postcode,
      commune: organization.commune,
      departement: organization.departement,
      website: organization.website,
      essMember: "on",
      employees: String(organization.employees),
      volunteers: String(organization.volunteers),
      annualBudgetBand: organization.budgetBand,
      actionAxes: organization.actionAxes[0],
    },
  });
  expect(created.headers().location, await created.text()).toBe("/espace");
  expect(created.headers()["set-cookie"]).toMatch(/notice=/);
  return { name, email, password: PASSWORD, organizationName: organization.name };
}
