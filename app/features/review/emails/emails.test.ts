import { describe, expect, it } from "vitest";
import { assignedEmail } from "./assigned";
import { ineligibleEmail } from "./ineligible";
import { informationReminderEmail } from "./information-reminder";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("ineligible e-mail", () => {
  it("says why in plain French and points to other help", () => {
    const mail = ineligibleEmail({
      number: "DE-2026-00042",
      organizationName: "Le Toit Partagé",
      category: "outside_territory",
      reason: "Votre siège est en Belgique.",
      url: "https://digitess.example/espace/candidatures/x",
    });
    const text = plain(mail.text);
    expect(mail.subject).toBe("Votre candidature DE-2026-00042 n'est pas retenue");
    expect(text).toContain("La raison : hors du territoire du programme.");
    expect(text).toContain("Votre siège est en Belgique.");
    for (const help of [
      "France Active",
      "DLA (Dispositif local d'accompagnement)",
      "Point numérique",
      "France services",
      "Solidatech",
    ]) {
      expect(text).toContain(help);
    }
    expect(text).toContain("https://digitess.example/espace/candidatures/x");
    expect(plain(ineligibleEmail({ ...input(), category: "too_young" }, "en").text)).toContain(
      "The reason: organisation too recent (under 3 years).",
    );
  });
});

function input() {
  return {
    number: "DE-2026-00042",
    organizationName: "Le Toit Partagé",
    category: "other" as const,
    reason: "r",
    url: "u",
  };
}

describe("information reminder e-mail", () => {
  it("names the date of the request, what is missing and the link to answer", () => {
    const mail = informationReminderEmail({
      number: "DE-2026-00042",
      organizationName: "Le Toit Partagé",
      requestedAt: new Date("2026-03-02T10:00:00Z"),
      missingItems: ["Statuts signés", "Budget 2027"],
      url: "https://digitess.example/espace/candidatures/x",
    });
    const text = plain(mail.text);
    expect(mail.subject).toBe(
      "Rappel : des compléments sont attendus pour la candidature DE-2026-00042",
    );
    expect(text).toContain("Le 2 mars 2026");
    expect(text).toContain("- Statuts signés");
    expect(text).toContain("- Budget 2027");
    expect(text).toContain("https://digitess.example/espace/candidatures/x");
  });
});

describe("assigned e-mail", () => {
  it("tells who assigned the file and why", () => {
    const mail = assignedEmail({
      number: "DE-2026-00042",
      organizationName: "Le Toit Partagé",
      actorName: "Karim Benali",
      reason: "Congés",
      url: "https://digitess.example/instruction/candidatures/x",
    });
    expect(mail.subject).toBe("Le dossier DE-2026-00042 vous est attribué");
    expect(mail.text).toContain("Karim Benali vous a attribué le dossier DE-2026-00042");
    expect(mail.text).toContain("Raison : Congés");
  });
});
