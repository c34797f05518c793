import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import type { Locale } from "~/platform/i18n/types";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import { computePortfolio, type PortfolioInput } from "../portfolio";
import { type PortfolioLabels, PortfolioPanel } from "./portfolio-panel";

function render(input: PortfolioInput, labels: PortfolioLabels = {}, locale: Locale = "fr") {
  const messages = messagesFor(locale, ["ui", "committees.documents"]);
  const portfolio = computePortfolio(input);
  const router = createMemoryRouter(
    [
      {
        id: "agenda",
        path: "/comites/1",
        loader: () => null,
        element: (
          <LocaleProvider value={locale}>
            <MessagesProvider>
              <PortfolioPanel portfolio={portfolio} labels={labels} />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    { initialEntries: ["/comites/1"], hydrationData: { loaderData: { agenda: { messages } } } },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

/** What a screen reader reads: tags and aria-hidden column names dropped, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<span class="table-stacked-label" aria-hidden="true">[^<]*<\/span>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ");

const input: PortfolioInput = {
  proposed: [
    {
      id: "N1",
      axes: ["caregivers"],
      departement: "973",
      sizeBand: "from_50",
      levels: [{ level: "scoping", amountCents: 400_000 }],
    },
  ],
  decided: [
    {
      id: "A1",
      outcome: "accepted",
      axes: ["housing"],
      departement: "974",
      sizeBand: "none",
      levels: [{ level: "scoping", amountCents: 520_000 }],
    },
    {
      id: "A2",
      outcome: "accepted",
      axes: ["housing"],
      departement: "13",
      sizeBand: "none",
      levels: [{ level: "diagnostic", amountCents: 0 }],
    },
    {
      id: "R1",
      outcome: "refused",
      axes: ["housing"],
      departement: "13",
      sizeBand: null,
      levels: [],
    },
  ],
  targets: {
    basis: "count",
    thresholdPoints: 10,
    shares: { axis: { housing: 50, caregivers: 25 }, region: { Guyane: 15 } },
  },
  order: { axis: ["housing", "caregivers"] },
};

const labels: PortfolioLabels = {
  axis: { housing: "Habitat", caregivers: "Aidants" },
  level: { scoping: "Cadrage", diagnostic: "Diagnostic" },
};

describe("PortfolioPanel", () => {
  it("renders one captioned table per dimension, with row headers and stacked labels", () => {
    const html = render(input, labels);
    expect(html).toContain('aria-labelledby="portfolio-title"');
    expect(html).toContain('<h2 id="portfolio-title">Équilibre du portefeuille</h2>');
    for (const caption of [
      "Par axe prioritaire",
      "Par région",
      "Par échelon",
      "Par taille de structure",
    ]) {
      expect(html).toContain(`<caption>${caption}</caption>`);
    }
    expect((html.match(/class="table table-stacked portfolio-table"/g) ?? []).length).toBe(4);
    expect(html).toContain('<th role="rowheader" scope="row">Habitat</th>');
    expect(html).toContain('<th role="columnheader" scope="col">Objectif</th>');
    expect(html).toContain('<span class="table-stacked-label" aria-hidden="true">Objectif</span>');
  });

  it("writes each mix, the target, the gap and what is behind in words", () => {
    const page = text(render(input, labels));
    // Housing: 2 of 2 accepted (100 %) against 50 %; proposed: none of 1.
    expect(page).toContain("Habitat 50 % 0 dossier, 0,00 €, 0 % 2 dossiers, 5 200,00 €, 100 %");
    expect(page).toContain("+50 points Dans l'objectif");
    // Caregivers: nothing accepted against 25 %: behind.
    expect(page).toContain("Aidants 25 % 1 dossier, 4 000,00 €, 100 % 0 dossier, 0,00 €, 0 %");
    expect(page).toContain("\u221225 points En retard");
    expect(page).toContain(
      "En retard de plus de 10 points sur l'objectif : Aidants (par axe prioritaire), Guyane (par région).",
    );
    expect(page).toContain(
      "Décisions depuis le début du programme : 2 acceptée(s), 1 refusée(s), 0 ajournée(s).",
    );
    expect(page).toContain("La Réunion Pas d'objectif");
    expect(page).toContain("Sans objet");
    expect(page).toContain("Sans salarié·e");
    expect(page).toContain("50 salarié·es ou plus");
    expect(page).toContain("Cadrage");
  });

  it("says when there is nothing yet, and when nothing is behind", () => {
    const empty = text(
      render({
        proposed: [],
        decided: [],
        targets: { basis: "count", thresholdPoints: 5, shares: {} },
      }),
    );
    expect(empty).toContain(
      "Aucun dossier n'est proposé à cette séance et aucun dossier n'a encore été accepté.",
    );
    expect(empty).not.toContain("Par région");

    const balanced = text(render({ ...input, targets: { ...input.targets, shares: {} } }, labels));
    expect(balanced).toContain(
      "Aucune valeur n'est en retard de plus de 10 points sur son objectif.",
    );
  });

  it("writes shares on amounts when the targets are on amounts", () => {
    const page = text(render({ ...input, targets: { ...input.targets, basis: "amount" } }, labels));
    expect(page).toContain("Les parts sont calculées sur les montants.");
    // Cadrage: 5 200 € of 5 200 € accepted; diagnostic 0 € of it.
    expect(page).toContain(
      "Cadrage Pas d'objectif 1 dossier, 4 000,00 €, 100 % 1 dossier, 5 200,00 €, 100 %",
    );
    expect(page).toContain(
      "Diagnostic Pas d'objectif 0 dossier, 0,00 €, 0 % 1 dossier, 0,00 €, 0 %",
    );
  });

  it("renders in English with English plurals", () => {
    const page = text(render(input, labels, "en"));
    expect(page).toContain("Portfolio balance");
    expect(page).toContain("0 applications, €0.00, 0%");
    expect(page).toContain("2 applications, €5,200.00, 100%");
    expect(page).toContain("Behind");
  });
});
