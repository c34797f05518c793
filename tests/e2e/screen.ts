/**
 * One check that a page fits its viewport, for every small-screen test: the page must not
 * scroll sideways, and when it does the failure names the innermost elements sticking out.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The elements wider than the viewport (empty when the page does not scroll sideways). */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  // After a form post without JavaScript the new document is queryable before its stylesheet
  // has arrived, and a layout forced then ignores the CSS (a CI run saw an unstyled table).
  await page.waitForLoadState("load");
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}#${element.id}`)
      .slice(-5);
  });
}

/** Fails, naming the culprits, when the page scrolls sideways at the current viewport. */
export async function expectFitsTheScreen(page: Page): Promise<void> {
  expect(await sidewaysScroll(page), `sideways scroll on ${page.url()}`).toEqual([]);
}
