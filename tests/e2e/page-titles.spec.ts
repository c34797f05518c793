/**
 * Issue 11, point 6 (RGAA 8.5 / 8.6): every page has exactly one `<title>`, its own. The spec
 * walks the demo the way its visitors can — following the links of each page from a few starting
 * points — as an anonymous visitor, a fresh applicant with a draft, the demo instructor and the
 * administrator. Each page is read twice: its server HTML as a browser without JavaScript gets it
 * (scripts removed, server-html.ts), then hydrated. Both must hold one `<title>`, and the tab must
 * say more than "Digit'ESS".
 */
import type { BrowserContext } from "@playwright/test";
import { startDraft } from "./application-requests";
import { expect, test } from "./fixtures";
import { titlesOf, withoutPageScripts } from "./server-html";

/** Links never followed: they sign out, switch the language, download or answer JSON. */
const skipped = [
  /^\/api\//,
  /^\/deconnexion/,
  /^\/langue/,
  /^\/healthz/,
  /\.(pdf|csv|xlsx|zip|eml|json|ico|png|svg)$/,
  /\/pieces\//,
  /\/fichier$/,
  // A support's deliverable file (a download).
  /\/livrables\//,
];

/** The route shape of a path: ids, tokens and numbers of the same kind are one shape. */
function shapeOf(path: string): string {
  return path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ":id")
    .replace(/\/diagnostic\/[\w-]{32}/, "/diagnostic/:token")
    .replace(/DE-\d{4}-\d{5}/g, ":number")
    .replace(/\d{3,}/g, ":n");
}

/**
 * Pages of one shape visited: a few, so that files in different states (whose pages link to
 * different actions) are all reached, without reading every application of the demo.
 */
const PAGES_PER_SHAPE = 3;

type Problem = string;

/**
 * Visits the pages reachable from `seeds` (same origin, GET links), at most `limit` shapes, and
 * answers the paths read and what is wrong with their titles.
 */
async function crawl(
  context: BrowserContext,
  seeds: readonly string[],
  limit = 90,
): Promise<{ visited: string[]; problems: Problem[] }> {
  const serverHtml = await context.newPage();
  await withoutPageScripts(serverHtml);
  const hydrated = await context.newPage();
  const queue = [...seeds];
  const seen = new Set<string>();
  const perShape = new Map<string, number>();
  const visited: string[] = [];
  const problems: Problem[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const path = queue.shift() as string;
    const shape = shapeOf(path);
    if (seen.has(path) || skipped.some((pattern) => pattern.test(path))) continue;
    if ((perShape.get(shape) ?? 0) >= PAGES_PER_SHAPE) continue;
    seen.add(path);
    perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
    const response = await serverHtml.goto(path);
    if (!(response?.headers()["content-type"] ?? "").includes("text/html")) continue;
    const landed = new URL(serverHtml.url()).pathname;
    visited.push(path === landed ? path : `${path} → ${landed}`);
    const served = await titlesOf(serverHtml);
    if (served.count !== 1) problems.push(`${path}: ${served.count} <title> in the server HTML`);
    if (served.title.trim() === "" || served.title.trim() === "Digit'ESS") {
      problems.push(`${path}: the server HTML's title is "${served.title}"`);
    }
    const links = await serverHtml
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== new URL(serverHtml.url()).origin) continue;
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }

    await hydrated.goto(path);
    // A page that works the same without JavaScript is sent without scripts (ADR 0019): there
    // is nothing to hydrate, its title is the server's.
    const scripted =
      (await hydrated.locator('link[rel="modulepreload"], script[type="module"]').count()) > 0;
    if (scripted)
      await hydrated.waitForFunction(
        () =>
          (window as { __reactRouterDataRouter?: { state: { initialized: boolean } } })
            .__reactRouterDataRouter?.state.initialized === true,
      );
    await hydrated.waitForLoadState("networkidle");
    const live = await titlesOf(hydrated);
    if (live.count !== 1) problems.push(`${path}: ${live.count} <title> after hydration`);
    if (live.title !== served.title) {
      problems.push(`${path}: the title "${served.title}" becomes "${live.title}" once hydrated`);
    }
  }
  await serverHtml.close();
  await hydrated.close();
  return { visited, problems };
}

test.describe.configure({ timeout: 300_000 });

test("every public page has one title of its own, before and after hydration", async ({
  page,
  context,
}) => {
  // A diagnostic started anonymously: its steps are reached through its own address.
  await page.goto("/diagnostic");
  await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
  await expect(page.getByText("Étape 1 sur 9")).toBeVisible();
  const diagnostic = new URL(page.url()).pathname;
  const { visited, problems } = await crawl(context, [
    diagnostic,
    diagnostic.replace(/etape\/1$/, "etape/2"),
    "/",
    "/programmes/digitess",
    "/eligibilite",
    "/simulateur",
    "/diagnostic",
    "/connexion",
    "/inscription",
    "/mot-de-passe-oublie",
    "/lien-de-connexion",
    "/mentions-legales",
    "/donnees-personnelles",
    "/accessibilite",
    "/nulle-part",
    "/inscription/confirmation",
  ]);
  expect(visited.length, visited.join("\n")).toBeGreaterThanOrEqual(14);
  expect(problems).toEqual([]);
});

test("every page of a new applicant has one title of its own", async ({
  page,
  context,
  freshApplicant,
}) => {
  await freshApplicant();
  const id = await startDraft(page);
  const { visited, problems } = await crawl(context, [
    "/espace",
    "/espace/candidatures",
    `/espace/candidatures/${id}/etape/1`,
    `/espace/candidatures/${id}/etape/4`,
    `/espace/candidatures/${id}/recapitulatif`,
    `/espace/candidatures/${id}`,
    "/espace/diagnostics",
    "/compte/notifications",
  ]);
  expect(visited.length, visited.join("\n")).toBeGreaterThanOrEqual(10);
  expect(problems).toEqual([]);
});

for (const [role, seeds] of [
  ["instructor", ["/instruction", "/instruction/exports", "/compte/notifications"]],
  ["admin", ["/admin", "/admin/programmes", "/admin/diagnostic", "/admin/courriels"]],
] as const) {
  test(`every page of the demo ${role} has one title of its own`, async ({ context, loginAs }) => {
    await loginAs(role);
    const { visited, problems } = await crawl(context, seeds);
    expect(visited.length, visited.join("\n")).toBeGreaterThanOrEqual(role === "admin" ? 10 : 6);
    expect(problems).toEqual([]);
  });
}
