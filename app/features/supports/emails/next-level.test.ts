import { describe, expect, it } from "vitest";
import { nextLevelEmail } from "./next-level";

const url =
  "https://digitess.example/espace/candidatures/nouvelle?suite=0b7c2f6e-5d1a-4c3e-9f7a-2b8d6e4c1a90";
const input = {
  levelKind: "diagnostic" as const,
  nextLevelKind: "scoping" as const,
  organizationName: "Le Toit Partagé",
  programme: "Digit'ESS",
  applicationNumber: "DE-2026-00042",
  url,
};

describe("next level e-mail", () => {
  it("says what was done, what comes next, that the application is prefilled, and links to it", () => {
    const mail = nextLevelEmail(input);
    expect(mail.subject).toBe("La suite pour Le Toit Partagé : le niveau « Cadrage »");
    expect(mail.text).toContain(
      "L'accompagnement « Diagnostic numérique » de Le Toit Partagé, dans le programme Digit'ESS, est terminé.",
    );
    expect(mail.text).toContain("demander le niveau suivant : « Cadrage »");
    expect(mail.text).toContain("reprend les réponses de votre candidature DE-2026-00042");
    expect(mail.text).toContain("Le niveau « Cadrage » est déjà coché.");
    expect(mail.text).toContain("joindre à nouveau vos documents");
    // The link is the first URL of the text (tests and `mail:last` read it that way), whole.
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(url);
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("names production after a scoping", () => {
    const mail = nextLevelEmail({ ...input, levelKind: "scoping", nextLevelKind: "production" });
    expect(mail.subject).toBe("La suite pour Le Toit Partagé : le niveau « Production »");
    expect(mail.text).toContain("L'accompagnement « Cadrage »");
  });

  it("is written in English for an English reader", () => {
    const mail = nextLevelEmail(input, "en");
    expect(mail.subject).toBe("What comes next for Le Toit Partagé: the “Scoping” level");
    expect(mail.text).toContain("application DE-2026-00042");
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(url);
  });
});
