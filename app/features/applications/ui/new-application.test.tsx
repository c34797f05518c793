// The programme choice drawn as the server sends it (no JavaScript): from the next level's
// invitation (`?suite=`), it names the previous application and the level ticked, and each
// programme's form carries the previous application in a hidden field; without it, neither.
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n.server";
import { LocaleProvider, MessagesProvider } from "~/ui/i18n";
import { NewApplication } from "./new-application";

const previousId = "0b7c2f6e-5d1a-4c3e-9f7a-2b8d6e4c1a90";

function render(followUp: Parameters<typeof NewApplication>[0]["followUp"]) {
  const messages = messagesFor("fr", [
    "ui",
    "applications.eligibility",
    "applications.follow",
    "applications.form",
    "eligibility",
    "organizations",
  ]);
  const router = createMemoryRouter(
    [
      {
        id: "page",
        path: "/espace/candidatures/nouvelle",
        loader: () => null,
        element: (
          <LocaleProvider value="fr">
            <MessagesProvider>
              <NewApplication
                organizationName="Le Toit Partagé"
                programs={[{ id: "p1", name: "Digit'ESS", description: "" }]}
                eligibility={[]}
                followUp={followUp}
              />
            </MessagesProvider>
          </LocaleProvider>
        ),
      },
    ],
    {
      initialEntries: ["/espace/candidatures/nouvelle"],
      hydrationData: { loaderData: { page: { messages } } },
    },
  );
  return renderToStaticMarkup(<RouterProvider router={router} />);
}

describe("the new-application page", () => {
  it("says which application the new one is prefilled from, and posts it with the choice", () => {
    const html = render({
      applicationId: previousId,
      number: "DE-2026-00042",
      nextLevel: "Cadrage",
    });
    expect(html).toContain("La suite de votre candidature DE-2026-00042");
    expect(html).toContain("reprendra les réponses de la candidature DE-2026-00042");
    expect(html).toContain("Le niveau « Cadrage » sera déjà coché.");
    expect(html).toContain("les documents, le coût et le devis");
    expect(html).toContain(`<input type="hidden" name="suite" value="${previousId}"/>`);
  });

  it("leaves the level out when none is to be ticked", () => {
    const html = render({ applicationId: previousId, number: "DE-2026-00042", nextLevel: null });
    expect(html).toContain("La suite de votre candidature DE-2026-00042");
    expect(html).not.toContain("sera déjà coché");
  });

  it("is the usual page without an invitation", () => {
    const html = render(null);
    expect(html).not.toContain("La suite de votre candidature");
    expect(html).not.toContain('name="suite"');
    expect(html).toContain('name="programId"');
  });
});
