// The sessions list (/comites) stacks at 320 px like the other stacked tables (the review inbox):
// the date, the row header, heads each block without a column label; every other cell shows its
// column's label, then its value in one element, so the label and the value sit apart.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import { SessionsPage, type SessionsPageData } from "./sessions-page";

function render(data: SessionsPageData) {
  const messages = messagesFor("fr", [
    "ui",
    "committees",
    "committees.documents",
    "committees.place",
  ]);
  const router = createMemoryRouter(
    [
      {
        id: "list",
        path: "/comites",
        loader: () => null,
        element: (
          <LocaleProvider value="fr">
            <MessagesProvider>
              <SessionsPage data={data} reply={null} />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    { initialEntries: ["/comites"], hydrationData: { loaderData: { list: { messages } } } },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

const data: SessionsPageData = {
  canPrepare: true,
  sessions: [
    {
      id: "5b0d6a6e-0000-4000-8000-000000000001",
      startsAt: "2027-01-14T13:00:00.000Z",
      place: null,
      videoUrl: "https://visio.exemple.fr/comite",
      status: "planned",
      programName: "Digit'ESS",
      items: 3,
    },
  ],
  place: null,
};

describe("the sessions list on a narrow screen", () => {
  it("heads each row with its date, without a 'Date' label glued to it", () => {
    const html = render(data);
    const header = /<th role="rowheader" scope="row">(.*?)<\/th>/.exec(html)?.[1] ?? "";
    expect(header).toContain('href="/comites/5b0d6a6e-0000-4000-8000-000000000001"');
    expect(header).toContain("14 janvier 2027");
    expect(header).not.toContain("table-stacked-label");
    expect(html).toContain('class="table-stacked committee-sessions"');
  });

  it("gives every other cell its label, then its value in one element", () => {
    const html = render(data);
    const cells = [...html.matchAll(/<td role="cell">(.*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      expect(cell).toMatch(
        /^<span class="table-stacked-label" aria-hidden="true">[^<]+<\/span><span>/,
      );
    }
    expect(cells[0]).toContain("En visioconférence");
    expect(cells[2]).toContain("<span>3</span>");
  });

  it("gives a member overseas their own time beside Paris time, and their choice in the form", () => {
    const html = render({ ...data, place: "974" }).replace(/[\u00a0\u202f]/g, " ");
    expect(html).toContain(
      "jeudi 14 janvier 2027 à 14 h 00 (heure de Paris), 17 h 00 à La Réunion",
    );
    expect(html).toMatch(/<option value="974" selected="">La Réunion<\/option>/);
    const paris = render(data);
    expect(paris).not.toContain("heure de Paris),");
    expect(paris).toMatch(/<option value="paris" selected="">/);
  });
});
