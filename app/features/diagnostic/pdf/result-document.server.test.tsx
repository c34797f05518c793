/**
 * The PDF of a result says what the result page says, in the same order, with every link of the
 * page written out in full, and the address of the page (its accessible version). The page is
 * rendered to HTML with React, the PDF with react-pdf, and both are read back as text.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import type { Locale } from "~/platform/i18n/types";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import {
  type PdfTextBox,
  pdfLines,
  pdfPageCount,
  pdfTextBoxes,
} from "../../../../tests/support/pdf-text";
import { buildResultView, type ResultView } from "../result-view";
import { scoreDiagnostic } from "../scoring";
import { bank, buildAnswers } from "../test-fixtures";
import { ResultPage, type SaveOption } from "../ui/result-page";
import { renderResultPdf } from "./result-document.server";

const appUrl = "https://digitess.example";
const completedAt = "2026-03-12T10:00:00Z";

function viewOf(options: Parameters<typeof buildAnswers>[0]): ResultView {
  const scored = scoreDiagnostic(bank, buildAnswers(options));
  if (!scored.ok) throw new Error("unexpected issues");
  return buildResultView(bank, scored.value);
}

/** A mixed result: a priority (security), a "not applicable" answer, scoping recommended. */
const mixed = viewOf({
  level: 2,
  P1: 1,
  dimensions: { security: [0, 1, 0, 1], responsible: [3, "na", 3, 4] },
});

function renderPage(view: ResultView, save: SaveOption, locale: Locale): string {
  const messages = messagesFor(locale, ["ui", "diagnostic"]);
  const router = createMemoryRouter(
    [
      {
        id: "result",
        path: "/diagnostic/abc/resultat",
        loader: () => null,
        element: (
          <LocaleProvider value={locale}>
            <MessagesProvider>
              <ResultPage
                view={view}
                completedAt={completedAt}
                pdfHref="/diagnostic/abc/resultat.pdf"
                resumeUrl={`${appUrl}/diagnostic/abc/resultat`}
                save={save}
              />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    {
      initialEntries: ["/diagnostic/abc/resultat"],
      hydrationData: { loaderData: { result: { messages } } },
    },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

// A small reader of React's static markup (well-formed, attributes double-quoted).
interface HtmlElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

const voidTags = new Set(["area", "br", "col", "hr", "img", "input", "link", "meta", "wbr"]);

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const token of html.matchAll(/<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)([^>]*)>|[^<]+/g)) {
    const [raw, tag, rest = ""] = token;
    const parent = stack.at(-1) as HtmlElement;
    if (raw.startsWith("<!--")) continue;
    if (!tag) {
      parent.children.push(decode(raw));
    } else if (raw.startsWith("</")) {
      while (stack.length > 1 && (stack.pop() as HtmlElement).tag !== tag.toLowerCase()) {}
    } else {
      const attributes: Record<string, string> = {};
      for (const [, name, value = ""] of rest.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
        if (name) attributes[name] = decode(value);
      }
      const element: HtmlElement = { tag: tag.toLowerCase(), attributes, children: [] };
      parent.children.push(element);
      if (!voidTags.has(element.tag) && !rest.endsWith("/")) stack.push(element);
    }
  }
  return root;
}

const collapse = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

function textOf(node: HtmlNode): string {
  if (typeof node === "string") return node;
  return node.tag === "br" ? " " : node.children.map(textOf).join("");
}

function elements(node: HtmlElement, keep: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (element: HtmlElement) => {
    if (keep(element)) found.push(element);
    for (const child of element.children) if (typeof child !== "string") visit(child);
  };
  visit(node);
  return found;
}

const blockTags = new Set(["h1", "h2", "h3", "h4", "p", "li", "caption", "th", "td", "desc"]);
const hasClass = (element: HtmlElement, name: string) =>
  (element.attributes.class ?? "").split(" ").includes(name);

/**
 * The text blocks a reader of the printed page meets, in order: headings, paragraphs, list items,
 * table cells and the chart's description; the parts hidden when printing (`no-print`: buttons,
 * saving, the resume link) are left out.
 */
function printedBlocks(page: HtmlElement): string[] {
  const blocks: string[] = [];
  const visit = (element: HtmlElement) => {
    if (hasClass(element, "no-print") || element.tag === "title") return;
    const nested = element.children.some(
      (child) => typeof child !== "string" && elements(child, (e) => blockTags.has(e.tag)).length,
    );
    if (blockTags.has(element.tag) && !nested) {
      const text = collapse(textOf(element));
      if (text !== "") blocks.push(text);
      return;
    }
    for (const child of element.children) if (typeof child !== "string") visit(child);
  };
  visit(page);
  return blocks;
}

/** Each link of the result's sections (the call to action included), with its full address. */
function sectionLinks(page: HtmlElement): { text: string; url: string }[] {
  const sections = elements(
    page,
    (e) =>
      e.tag === "section" &&
      !hasClass(e, "diagnostic-save") &&
      !hasClass(e, "diagnostic-dimension"),
  );
  return sections.flatMap((section) =>
    elements(section, (e) => e.tag === "a").map((link) => ({
      text: collapse(textOf(link)),
      url: new URL(link.attributes.href ?? "", appUrl).toString(),
    })),
  );
}

/** The PDF's text without its page footers (drawn where each page ends), white space collapsed. */
function pdfText(pdf: Buffer): string {
  return pdfLines(pdf)
    .filter((line) => !/^Digit'ESS – .+ – \d+ \/ \d+$/.test(line))
    .join(" ")
    .replace(/\s+/g, " ");
}

/** Where each block is found in `text`, searching on from the previous one: -1 when missing. */
function positionsInOrder(text: string, blocks: readonly string[]): number[] {
  let from = 0;
  return blocks.map((block) => {
    const at = text.indexOf(block, from);
    if (at >= 0) from = at + block.length;
    return at;
  });
}

/** Helvetica's ascender and descender, as fractions of the font size. */
const ascent = 0.718;
const descent = 0.207;

/** Pairs of lines of the text column (left margin) whose glyphs overlap on a page. */
function overlappingLines(boxes: readonly PdfTextBox[]): string[] {
  const overlaps: string[] = [];
  const left = Math.min(...boxes.map((box) => box.x));
  const pages = new Set(boxes.map((box) => box.page));
  for (const page of pages) {
    const column = boxes
      .filter((box) => box.page === page && Math.abs(box.x - left) < 0.5)
      .sort((a, b) => b.baseline - a.baseline);
    for (let index = 1; index < column.length; index += 1) {
      const above = column[index - 1] as PdfTextBox;
      const below = column[index] as PdfTextBox;
      const gap = above.baseline - below.baseline;
      if (gap < descent * above.size + ascent * below.size - 0.01) {
        overlaps.push(`page ${page}: "${above.text}" over "${below.text}"`);
      }
    }
  }
  return overlaps;
}

describe("renderResultPdf", () => {
  it("says what the result page says, in the page's order, with every link in full", async () => {
    for (const locale of ["fr", "en"] as const) {
      for (const [save, pageUrl] of [
        [{ kind: "visitor" }, `${appUrl}/diagnostic/abc/resultat`],
        [{ kind: "saved", organizationName: "Le Toit Partagé" }, `${appUrl}/espace/diagnostics/1`],
      ] as const) {
        const organizationName = save.kind === "saved" ? save.organizationName : null;
        const page = parseHtml(renderPage(mixed, save, locale));
        const pdf = await renderResultPdf({
          view: mixed,
          completedAt,
          organizationName,
          appUrl,
          pageUrl,
          locale,
        });
        const text = pdfText(pdf);

        const blocks = printedBlocks(page);
        expect(blocks.length).toBeGreaterThan(60);
        const positions = positionsInOrder(text, blocks);
        const missing = blocks.filter((_, index) => positions[index] === -1);
        expect(missing, `${locale}: page text missing from the PDF, or out of order`).toEqual([]);

        const links = sectionLinks(page);
        expect(links.length).toBeGreaterThan(8);
        for (const link of links) expect(text).toContain(`${link.text} ${link.url}`);
      }
    }
  }, 60_000);

  it("ends the next step on its call to action and the network's link, not on a bare address", async () => {
    const pdf = await renderResultPdf({
      view: mixed,
      completedAt,
      organizationName: null,
      appUrl,
      pageUrl: `${appUrl}/diagnostic/abc/resultat`,
      locale: "fr",
    });
    const text = pdfText(pdf);
    const start = text.indexOf("Votre prochaine étape");
    const end = text.indexOf("Thème par thème");
    expect(start).toBeGreaterThan(0);
    const nextStep = text.slice(start, end);
    expect(nextStep).toBe(
      "Votre prochaine étape Accompagnement conseillé : Cadrage de projet " +
        "Vous avez une idée de projet : l'accompagnement au cadrage vous aidera à la préciser et à rédiger son cahier des charges. " +
        "Demander cet accompagnement https://digitess.example/espace/candidatures/nouvelle?echelon=scoping " +
        "Vous pouvez aussi être aidé·e près de chez vous par un point d'appui du réseau d'accompagnement des associations, ou commencer avec les ressources gratuites indiquées ci-dessous, thème par thème. " +
        "Trouver un point d'appui près de chez vous (réseau Guid'Asso, sur associations.gouv.fr) https://www.associations.gouv.fr/ ",
    );
    // The resources the sentence speaks of do come below it.
    expect(text.indexOf("Ressource gratuite :", end)).toBeGreaterThan(end);
    expect(text).not.toContain("ci-dessus");
  }, 30_000);

  it("says where its accessible version is, and who may open it", async () => {
    const visitor = pdfText(
      await renderResultPdf({
        view: mixed,
        completedAt,
        organizationName: null,
        appUrl,
        pageUrl: `${appUrl}/diagnostic/abc/resultat`,
        locale: "fr",
      }),
    );
    expect(visitor).toContain(
      "Cette page en est la version accessible (lecteur d'écran, agrandissement du texte) : https://digitess.example/diagnostic/abc/resultat Toute personne qui a ce lien peut voir ce résultat",
    );
    const saved = pdfText(
      await renderResultPdf({
        view: mixed,
        completedAt,
        organizationName: "Le Toit Partagé",
        appUrl,
        pageUrl: `${appUrl}/espace/diagnostics/1`,
        locale: "en",
      }),
    );
    expect(saved).toContain(
      "That page is its accessible version (screen readers, larger text): https://digitess.example/espace/diagnostics/1 This page is for the members of Le Toit Partagé",
    );
    expect(saved).not.toContain("Anyone who has this link");
  }, 30_000);

  it("draws no line over another, numbers its pages and keeps words whole", async () => {
    for (const view of [mixed, viewOf({ level: 4, P1: 2, P2: 2 }), viewOf({ level: 0, P1: 0 })]) {
      const pdf = await renderResultPdf({
        view,
        completedAt,
        organizationName: "Le Toit Partagé",
        appUrl,
        pageUrl: `${appUrl}/espace/diagnostics/1`,
        locale: "fr",
      });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.length).toBeLessThan(500_000);
      expect(pdf.toString("latin1")).toContain("/Lang");
      const boxes = pdfTextBoxes(pdf);
      // The score and its level, the title and the date, every line of the text column.
      expect(overlappingLines(boxes)).toEqual([]);
      const score = boxes.find(
        (box) => box.size > 20 && box.text.startsWith(`${view.globalScore}`),
      );
      const level = boxes.find((box) => box.text.startsWith("Niveau :"));
      expect(score && level && score.baseline - level.baseline).toBeGreaterThan(
        descent * 22 + ascent * 10,
      );
      // Every page shows its number, on the page.
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (let number = 1; number <= pages; number += 1) {
        const footer = boxes.find((box) => box.text.endsWith(`– ${number} / ${pages}`));
        expect(footer?.page).toBe(number);
        expect(footer?.baseline).toBeGreaterThan(0);
        expect(footer?.baseline).toBeLessThan(60);
      }
      // No word is cut with a hyphen at the end of a line.
      expect(boxes.filter((box) => /\p{L}-$/u.test(box.text))).toEqual([]);
    }
  }, 60_000);
});
