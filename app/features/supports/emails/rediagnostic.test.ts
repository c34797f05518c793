import { describe, expect, it } from "vitest";
import { rediagnosticEmail } from "./rediagnostic";

const url = "https://digitess.example/diagnostic";
const diagnosticsUrl =
  "https://digitess.example/espace/diagnostics?structure=0b7c2f6e-5d1a-4c3e-9f7a-2b8d6e4c1a90";
const input = {
  organizationName: "Le Toit Partagé",
  programme: "Digit'ESS",
  months: 6,
  url,
  diagnosticsUrl,
};

describe("re-diagnostic e-mail", () => {
  it("says when the support ended, that it takes 10 minutes, and links to the diagnostic", () => {
    const mail = rediagnosticEmail(input);
    expect(mail.subject).toBe("Le Toit Partagé : 10 minutes pour mesurer vos progrès");
    expect(mail.text).toContain(
      "Le dernier accompagnement de Le Toit Partagé, dans le programme Digit'ESS, s'est terminé il y a 6 mois.",
    );
    expect(mail.text).toContain("environ 10 minutes, pour voir ce qui a changé");
    expect(mail.text).toContain("choisissez Le Toit Partagé au début du diagnostic");
    // The link is the first URL of the text (tests and `mail:last` read it that way), whole.
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(url);
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("points to the page that shows the gain per theme afterwards", () => {
    const mail = rediagnosticEmail(input);
    expect(mail.text).toContain(
      "« Diagnostics de ma structure » montre vos progrès thème par thème",
    );
    expect(mail.text).toContain(diagnosticsUrl);
    expect(mail.html).toContain(`href="${diagnosticsUrl}"`);
  });

  it("says a month, not 1 months, after one month", () => {
    const mail = rediagnosticEmail({ ...input, months: 1 }, "en");
    expect(mail.text).toContain("ended a month ago.");
    expect(rediagnosticEmail({ ...input, months: 1 }).text).toContain("il y a un mois.");
  });

  it("is written in English for an English reader", () => {
    const mail = rediagnosticEmail({ ...input, months: 8 }, "en");
    expect(mail.subject).toBe("Le Toit Partagé: 10 minutes to measure your progress");
    expect(mail.text).toContain("ended 8 months ago.");
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(url);
  });
});
