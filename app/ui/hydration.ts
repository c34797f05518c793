/**
 * Pages that work the same without JavaScript send none (issue 16: a public page ships no
 * script where it would change nothing). A route module exports `handle = noJavaScript`; the
 * root layout then leaves out React Router's scripts (modulepreloads, hydration data, entry), so
 * the server HTML is the whole page. Links to and from it are ordinary page loads; reached by
 * client navigation from a hydrated page, it simply renders there.
 */
export const noJavaScript = { javaScript: false } as const;

/** Whether the matched routes want the page sent without scripts. */
export function sendsNoJavaScript(matches: readonly { handle?: unknown }[]): boolean {
  return matches.some(
    (match) =>
      typeof match.handle === "object" &&
      match.handle !== null &&
      (match.handle as { javaScript?: unknown }).javaScript === false,
  );
}
