import { describe, expect, it } from "vitest";
import { decisionEmail } from "./decision";

const common = {
  number: "DE-2026-00042",
  organizationName: "Le Toit Partagé",
  sessionDate: "12 juin 2026",
  url: "https://digitess.example/espace/candidatures/x",
};

describe("decision e-mail", () => {
  it("lists each level granted with its amount and rate", () => {
    const mail = decisionEmail({
      ...common,
      outcome: "accepted",
      granted: [{ label: "Cadrage", rate: "70 %", amount: "8 400,00 €", cost: "12 000,00 €" }],
      notGranted: ["Diagnostic numérique"],
    });
    expect(mail.subject).toBe("Votre candidature DE-2026-00042 est acceptée");
    expect(mail.text).toContain("Le comité Digit'ESS du 12 juin 2026 a examiné la candidature");
    expect(mail.text).toContain(
      "Cadrage : 8 400,00 € (taux de 70 % sur un coût retenu de 12 000,00 €)",
    );
    expect(mail.text).toContain("Non accordé : Diagnostic numérique.");
    expect(mail.text).toContain(common.url);
  });
  it("says why it is refused, with the committee's message", () => {
    const mail = decisionEmail({
      ...common,
      outcome: "refused",
      reason: "priorities",
      message: "Votre projet sort des axes.",
    });
    expect(mail.subject).toBe("Votre candidature DE-2026-00042 n'est pas retenue");
    expect(mail.text).toContain("La raison : projet hors des priorités du programme.");
    expect(mail.text).toContain("Votre projet sort des axes.");
  });
  it("says what is missing when postponed, and marks a correction", () => {
    const mail = decisionEmail({ ...common, outcome: "postponed", missing: "Un second devis." });
    expect(mail.subject).toBe("Votre candidature DE-2026-00042 est ajournée");
    expect(mail.text).toContain("Un second devis.");
    const amended = decisionEmail(
      { ...common, outcome: "postponed", missing: "Un second devis.", amended: true },
      "en",
    );
    expect(amended.subject).toBe("Corrected decision on your application DE-2026-00042");
    expect(amended.text).toContain("This decision corrects the previous one");
  });
});
