// The survey page drawn as the server sends it (no JavaScript): one fieldset per rated question
// with its legend, radios 1-5 and 0-10, the errors linked to their question (aria-describedby)
// and listed in the summary, the answers typed kept; the thanks with the answers given; the
// pages of a link that does not work.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import { FeedbackPage, type FeedbackPageData, type FeedbackReply } from "./feedback-page";

function render(data: FeedbackPageData, reply: FeedbackReply = null) {
  const messages = messagesFor("fr", ["ui", "supports.feedback", "supports"]);
  const router = createMemoryRouter(
    [
      {
        id: "page",
        path: "/avis/:token",
        loader: () => null,
        element: (
          <LocaleProvider value="fr">
            <MessagesProvider>
              <FeedbackPage data={data} reply={reply} />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    { initialEntries: ["/avis/x.y"], hydrationData: { loaderData: { page: { messages } } } },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

const support = {
  levelKind: "scoping" as const,
  organizationName: "Le Toit Partagé",
  programme: "Digit'ESS",
};
const form: FeedbackPageData = {
  state: "form",
  expiresAt: "2027-03-31T08:00:00.000Z",
  support,
};

describe("the survey page", () => {
  it("asks each question in a fieldset, with every score as a radio", () => {
    const html = render(form);
    expect(html).toContain(
      "Accompagnement « Cadrage » de Le Toit Partagé, programme Digit&#x27;ESS.",
    );
    expect(html).toContain("Ce lien fonctionne jusqu&#x27;au 30 mars 2027 inclus.");
    expect(html.match(/<fieldset/g)).toHaveLength(4);
    expect(html).toContain("<legend");
    expect(html.match(/name="satisfaction"/g)).toHaveLength(5);
    expect(html.match(/name="recommendation"/g)).toHaveLength(11);
    expect(html).toContain("0 : pas du tout");
    expect(html).toContain("10 : sans hésiter");
    expect(html).toContain('name="beneficiaryChanges"');
    expect(html).toContain('maxLength="4000"');
    expect(html).toContain('method="post"');
    expect(html).not.toContain("error-summary");
  });

  it("links each error to its question and keeps the answers typed", () => {
    const reply: FeedbackReply = {
      formId: "form",
      refused: null,
      result: {
        status: "error",
        initialValue: { satisfaction: "4", comment: "Très bien" },
        error: { recommendation: ["Choisissez une note de 0 à 10 pour la recommandation."] },
      },
    };
    const html = render(form, reply);
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#feedback-recommendation"');
    expect(html).toMatch(
      /<fieldset[^>]*aria-describedby="feedback-recommendation-hint feedback-recommendation-error"/,
    );
    expect(html).toContain('id="feedback-recommendation-error"');
    expect(html).toContain('name="satisfaction" checked="" value="4"');
    expect(html).toContain(">Très bien</textarea>");
  });

  it("thanks with the answers given", () => {
    const html = render({
      state: "answered",
      support,
      answer: {
        satisfaction: 5,
        consultantQuality: 4,
        needsFit: 3,
        beneficiaryChanges: null,
        recommendation: 9,
        comment: "Merci",
        answeredAt: "2027-03-05T10:00:00.000Z",
      },
    });
    expect(html).toContain("Merci pour votre avis !");
    expect(html).toContain("5 sur 5 (Très bien)");
    expect(html).toContain("9 sur 10");
    expect(html).toContain("Pas de réponse");
    expect(html).toContain("Réponse envoyée le 5 mars 2027.");
    expect(html).not.toContain("<form");
  });

  it("says why a link does not work", () => {
    expect(render({ state: "expired" })).toContain("Ce lien a expiré");
    expect(render({ state: "invalid" })).toContain("Ce lien ne fonctionne pas");
    expect(render({ state: "alreadyAnswered", support })).toContain("Un avis a déjà été donné");
    const refused = render(form, {
      formId: "form",
      refused: "already_answered",
      result: { status: "error", error: { "": ["Un avis a déjà été donné"] } },
    });
    expect(refused).toContain("Un avis a déjà été donné");
    expect(refused).not.toContain("<form");
  });
});
