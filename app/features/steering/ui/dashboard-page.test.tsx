// The steering dashboard drawn as the server sends it (no JavaScript): the filter as a GET form,
// the ignored values' notices, the key figures in French number format, the table per dimension
// with its caption (a loss written as one), the structures not comparable counted, and the
// empty state.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { dimensionIds } from "~/features/diagnostic";
import { messagesFor } from "~/i18n.server";
import type { Locale } from "~/platform/i18n/types";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import type { DashboardPageData } from "../pages.server";
import { DashboardPage } from "./dashboard-page";

function render(data: DashboardPageData, locale: Locale = "fr") {
  const messages = messagesFor(locale, ["ui", "steering"]);
  const router = createMemoryRouter(
    [
      {
        id: "page",
        path: "/pilotage",
        loader: () => null,
        element: (
          <LocaleProvider value={locale}>
            <MessagesProvider>
              <DashboardPage data={data} />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    { initialEntries: ["/pilotage"], hydrationData: { loaderData: { page: { messages } } } },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

const none = { count: 0, meanGainTenths: null, meanBeforeTenths: null, meanAfterTenths: null };
const titles = Object.fromEntries(dimensionIds.map((id) => [id, `Titre ${id}`])) as Record<
  (typeof dimensionIds)[number],
  string
>;
const programmes = [
  { id: "0b6c3f0e-2d4a-4c1e-9a53-5f7a3c2b1d00", name: "Digit'ESS" },
  { id: "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", name: "Autre programme" },
];

const compared: DashboardPageData = {
  programmes,
  filter: { programId: programmes[0]?.id ?? null, levelKind: "scoping" },
  ignored: [],
  gain: {
    supported: 5,
    awaitingAfter: 1,
    withoutBefore: 1,
    aggregate: {
      count: 3,
      overall: { count: 3, meanGainTenths: 123, meanBeforeTenths: 412, meanAfterTenths: 535 },
      dimensions: dimensionIds.map((id) =>
        id === "security"
          ? { id, count: 2, meanGainTenths: -35, meanBeforeTenths: 500, meanAfterTenths: 465 }
          : id === "responsible"
            ? { id, ...none }
            : { id, count: 3, meanGainTenths: 10, meanBeforeTenths: 400, meanAfterTenths: 410 },
      ),
    },
  },
  dimensionTitles: titles,
};

const empty: DashboardPageData = {
  ...compared,
  filter: { programId: null, levelKind: null },
  gain: {
    supported: 2,
    awaitingAfter: 2,
    withoutBefore: 0,
    aggregate: { count: 0, overall: none, dimensions: dimensionIds.map((id) => ({ id, ...none })) },
  },
};

describe("the steering dashboard", () => {
  it("filters with a GET form, the choices kept", () => {
    const html = render(compared);
    expect(html).toContain('method="get"');
    expect(html).toContain('name="programme"');
    expect(html).toContain('name="echelon"');
    expect(html).toContain(
      `<option value="${programmes[0]?.id}" selected="">Digit&#x27;ESS</option>`,
    );
    expect(html).toContain('<option value="scoping" selected="">Cadrage</option>');
    expect(html).toContain("Tous les échelons");
  });

  it("shows the key figures and the gain per dimension, in French", () => {
    const html = render(compared);
    expect(html).toContain("Gain de maturité numérique");
    expect(html).toContain("Structures comparées");
    expect(html).toMatch(/<dd class="steering-figure-value">3<\/dd>/);
    expect(html).toContain("+12,3 points");
    expect(html).toContain("De 41,2 à 53,5 sur 100 en moyenne.");
    expect(html).toContain(
      "<caption>Score moyen avant et après l&#x27;accompagnement, par dimension du diagnostic (sur 100 points)</caption>",
    );
    // One row per dimension, then the overall score.
    expect(html.match(/role="rowheader"/g)).toHaveLength(dimensionIds.length + 1);
    expect(html).toContain("Titre strategy");
    expect(html).toContain("+1,0 point<");
    // A loss says so in words, with its sign.
    expect(html).toContain('<span class="steering-gain-down">-3,5 points, en baisse</span>');
    // A dimension nobody was scored on twice.
    expect(html).toContain("non mesuré");
    expect(html).toContain("1 structure accompagnée n&#x27;a pas encore refait le diagnostic.");
    expect(html).toContain(
      "1 structure accompagnée n&#x27;avait pas de diagnostic terminé avant son accompagnement",
    );
    expect(html).not.toContain("steering.");
  });

  it("writes English numbers in English", () => {
    const html = render(compared, "en");
    expect(html).toContain("+12.3 points");
    expect(html).toContain("-3.5 points, down");
  });

  it("says in plain French when no structure took the diagnostic twice", () => {
    const html = render(empty);
    expect(html).toContain('class="empty-state"');
    expect(html).toContain(
      "Aucune structure accompagnée n&#x27;a encore passé le diagnostic avant et après son accompagnement.",
    );
    expect(html).not.toContain("<table");
    expect(html).toContain("2 structures accompagnées n&#x27;ont pas encore refait le diagnostic.");
    expect(html).not.toContain("n&#x27;avait pas de diagnostic");
  });

  it("names the filter values it ignored, and a funder without programme", () => {
    const html = render({
      ...empty,
      ignored: ["programme", "level"],
      programmes: [],
      gain: { ...empty.gain, supported: 0, awaitingAfter: 0 },
    });
    expect(html).toContain("Aucun accompagnement n&#x27;est encore clos pour ces critères.");
    expect(html).not.toContain("Aucune structure accompagnée");
    expect(html).toContain("Le programme demandé n&#x27;existe pas ou ne vous est pas ouvert");
    expect(html).toContain("L&#x27;échelon demandé n&#x27;existe pas");
    expect(html).toContain("Aucun programme ne vous est encore ouvert");
    expect(html).not.toContain('name="programme"');
  });
});
