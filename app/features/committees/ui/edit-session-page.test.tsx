// The session edit page without JavaScript: the current values in the fields, French labels;
// after an error, what was typed stays in each field, next to its message, and the summary links
// to each field; once the meeting has started, no form.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import { EditSessionPage, type EditSessionPageData } from "./edit-session-page";
import type { Reply } from "./shared";

function render(data: EditSessionPageData, reply: Reply = null) {
  const messages = messagesFor("fr", [
    "ui",
    "committees",
    "committees.documents",
    "committees.sessions",
    "review.actions",
  ]);
  const router = createMemoryRouter(
    [
      {
        id: "edit",
        path: "/comites/s/modifier",
        loader: () => null,
        element: (
          <LocaleProvider value="fr">
            <MessagesProvider>
              <EditSessionPage data={data} reply={reply} />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    {
      initialEntries: ["/comites/s/modifier"],
      hydrationData: { loaderData: { edit: { messages } } },
    },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />).replace(/&#x27;/g, "'");
}

const data: EditSessionPageData = {
  session: {
    id: "5b0d6a6e-0000-4000-8000-000000000001",
    startsAt: "2027-03-11T13:00:00.000Z",
    status: "planned",
    programName: "Digit'ESS",
  },
  values: {
    date: "2027-03-11",
    time: "14:00",
    place: "Siège de Simplon.co, Montreuil",
    videoUrl: "",
    minFunderPresent: "1",
    minOperatorPresent: "1",
  },
  editable: true,
};

/** The `value` of the input named `name`. */
const inputValue = (html: string, name: string) =>
  new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`).exec(html)?.[1];

describe("the session edit page", () => {
  it("shows the session's values in a plain form with French labels", () => {
    const html = render(data);
    expect(html).toContain("<h1>Modifier la séance</h1>");
    expect(html).toContain('method="post"');
    expect(inputValue(html, "date")).toBe("2027-03-11");
    expect(inputValue(html, "time")).toBe("14:00");
    expect(inputValue(html, "place")).toBe("Siège de Simplon.co, Montreuil");
    expect(inputValue(html, "minFunderPresent")).toBe("1");
    expect(html).toContain("Heure de début (heure de Paris)");
    expect(html).toContain("Enregistrer les modifications");
    expect(html).toContain('href="/comites/5b0d6a6e-0000-4000-8000-000000000001"');
  });

  it("keeps what was typed after an error, each message by its field and linked above", () => {
    const reply: Reply = {
      formId: "form",
      refused: null,
      result: {
        status: "error",
        initialValue: { date: "30/03/2027", time: "09:30", place: "", videoUrl: "visio" },
        error: {
          date: [
            "La date n'est pas valide : écrivez-la au format jj/mm/aaaa, par exemple 12/03/2026.",
          ],
          videoUrl: ["Le lien de visioconférence doit être une adresse complète."],
        },
      },
    };
    const html = render(data, reply);
    expect(inputValue(html, "date")).toBe("30/03/2027");
    expect(inputValue(html, "time")).toBe("09:30");
    expect(inputValue(html, "place")).toBe("");
    expect(inputValue(html, "videoUrl")).toBe("visio");
    expect(html).toContain('<a href="#date">La date n\'est pas valide');
    expect(html).toContain('<a href="#videoUrl">Le lien de visioconférence');
  });

  it("shows no form once the meeting has started", () => {
    const html = render({
      ...data,
      session: { ...data.session, status: "in_session" },
      editable: false,
    });
    expect(html).not.toContain("<form");
    expect(html).toContain(
      "La séance a commencé : sa date, son lieu et son quorum ne changent plus.",
    );
  });
});
