import { describe, expect, it } from "vitest";
import { feedbackRequestEmail } from "./feedback-request";

const input = {
  levelKind: "diagnostic" as const,
  organizationName: "Le Toit Partagé",
  programme: "Digit'ESS",
  url: "https://digitess.example/avis/abc.def",
  validUntil: "30 mars 2027",
};

describe("feedback request e-mail", () => {
  it("names the level and the programme, the time it takes and how long the link works", () => {
    const mail = feedbackRequestEmail(input);
    expect(mail.subject).toBe("Votre avis sur l'accompagnement « Diagnostic numérique »");
    expect(mail.text).toContain(
      "L'accompagnement « Diagnostic numérique » de Le Toit Partagé, dans le programme Digit'ESS, est terminé.",
    );
    expect(mail.text).toContain("environ 3 minutes");
    expect(mail.text).toContain("pas besoin de vous connecter");
    expect(mail.text).toContain("Le lien reste valable 30 jours, jusqu'au 30 mars 2027 inclus.");
    // The personal link is the first URL of the text (tests and `mail:last` read it that way).
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe(input.url);
    expect(mail.html).toContain(`href="${input.url}"`);
  });

  it("writes each level in French", () => {
    expect(feedbackRequestEmail({ ...input, levelKind: "scoping" }).subject).toContain("Cadrage");
    expect(feedbackRequestEmail({ ...input, levelKind: "production" }).subject).toContain(
      "Production",
    );
  });

  it("says a reminder is one, with the same end date", () => {
    const mail = feedbackRequestEmail({ ...input, levelKind: "scoping", reminder: 2 });
    expect(mail.subject).toBe("Rappel : votre avis sur l'accompagnement « Cadrage »");
    expect(mail.text).toContain("Nous n'avons pas encore reçu de réponse.");
    expect(mail.text).toContain("Le lien reste valable jusqu'au 30 mars 2027 inclus.");
    expect(mail.text).not.toContain("30 jours");
  });

  it("is written in English for an English reader", () => {
    const mail = feedbackRequestEmail(input, "en");
    expect(mail.subject).toBe("Your feedback on the “Digital diagnostic” support");
    expect(mail.text).toContain("about 3 minutes");
  });
});
