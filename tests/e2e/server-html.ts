/**
 * The page as a browser without JavaScript shows it, for checks that need Playwright's own
 * scripts: axe cannot run in a context with JavaScript disabled (it waits on timers that never
 * fire), so `withoutPageScripts` removes the app's scripts from every HTML document before the
 * browser reads it. Nothing hydrates, links and forms navigate and post natively, and redirects
 * are followed by the browser — what a visitor without JavaScript gets — while axe still runs.
 */
import type { Page } from "@playwright/test";

const scripts = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const modulePreloads = /<link\b[^>]*rel="modulepreload"[^>]*>/gi;

/** From now on, every document `page` loads is the server's HTML without its scripts. */
export async function withoutPageScripts(page: Page): Promise<void> {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    // The browser follows redirects itself, so each document is fetched (and stripped) in turn.
    const response = await route.fetch({ maxRedirects: 0 });
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) {
      return route.fulfill({ response });
    }
    const html = await response.text();
    return route.fulfill({ response, body: html.replace(scripts, "").replace(modulePreloads, "") });
  });
}

/** The number of `<title>` elements of the document and the title it gives the tab. */
export async function titlesOf(page: Page): Promise<{ count: number; title: string }> {
  return page.evaluate(() => ({
    count: document.querySelectorAll("title").length,
    title: document.title,
  }));
}
