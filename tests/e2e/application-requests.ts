/**
 * An application of a fresh applicant built through the app's own forms, posted from the page's
 * browser context (the journeys of applications.spec.ts fill them in by hand): a draft, then the
 * five steps, two documents and the submission, so a journey about the follow page starts from
 * its own submitted application in a few seconds.
 */
import { expect, type Page } from "@playwright/test";
import {
  declarationsValues,
  levelsValues,
  organizationValues,
  projectValues,
} from "../factories/application-values";
import { samplePdf } from "../factories/applications";

// React Router and the origin check refuse a POST that does not come from the app's origin.
const origin = { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}` };

type Values = Record<string, string | readonly string[]>;

function urlEncoded(values: Values): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
  }
  return body.toString();
}

/** Starts a draft from "Déposer une candidature" and answers its id (the page is left on step 1). */
export async function startDraft(page: Page): Promise<string> {
  await page.goto("/espace/candidatures/nouvelle");
  await page.getByRole("button", { name: /Commencer ma candidature/ }).click();
  await expect(page).toHaveURL(/\/etape\/1$/);
  return /candidatures\/([0-9a-f-]{36})\//.exec(page.url())?.[1] as string;
}

/** Posts one step's values with "Continuer", as its form does. */
async function continueStep(page: Page, id: string, step: number, values: Values) {
  const answer = await page.request.post(`/espace/candidatures/${id}/etape/${step}`, {
    headers: { ...origin, "content-type": "application/x-www-form-urlencoded" },
    data: urlEncoded({ ...values, intent: "continue" }),
    maxRedirects: 0,
  });
  expect(answer.status(), await answer.text()).toBe(302);
}

/** Fills every step, adds the statutes and the accounts, and sends the application. */
export async function submitApplication(page: Page): Promise<string> {
  const id = await startDraft(page);
  await continueStep(page, id, 1, organizationValues as Values);
  await continueStep(page, id, 2, projectValues as Values);
  await continueStep(page, id, 3, levelsValues as Values);
  for (const [kind, name] of [
    ["statutes", "Statuts.pdf"],
    ["accounts", "Comptes 2025.pdf"],
  ] as const) {
    const uploaded = await page.request.post(`/espace/candidatures/${id}/etape/4`, {
      headers: origin,
      multipart: {
        intent: "upload",
        kind,
        file: { name, mimeType: "application/pdf", buffer: Buffer.from(samplePdf(name)) },
      },
      maxRedirects: 0,
    });
    expect(uploaded.status(), await uploaded.text()).toBe(302);
  }
  await continueStep(page, id, 4, {});
  await continueStep(page, id, 5, declarationsValues as Values);
  const sent = await page.request.post(`/espace/candidatures/${id}/recapitulatif`, {
    headers: { ...origin, "content-type": "application/x-www-form-urlencoded" },
    data: "intent=submit",
    maxRedirects: 0,
  });
  expect(sent.headers().location, await sent.text()).toBe(`/espace/candidatures/${id}`);
  return id;
}

/** Posts a form of the current page again, as a browser replaying it would (same fields). */
export async function postAgain(page: Page, path: string, values: Values) {
  return page.request.post(path, {
    headers: { ...origin, "content-type": "application/x-www-form-urlencoded" },
    data: urlEncoded(values),
    maxRedirects: 0,
  });
}
