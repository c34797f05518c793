import { describe, expect, it } from "vitest";
import { pdfLines, pdfPageCount, pdfText } from "../../../tests/support/pdf-text";
import { type DecisionLetterInput, renderDecisionLetterPdf } from "./decision-letter-pdf.server";

function letter(overrides: Partial<DecisionLetterInput> = {}): DecisionLetterInput {
  return {
    locale: "fr",
    programmeName: "Digit'ESS",
    sender: {
      name: "Opérateur Digit'ESS",
      addressLines: ["Opérateur Digit'ESS", "10 rue de l'Innovation", "75011 Paris"],
    },
    recipient: {
      organizationName: "Le Toit Partagé",
      contactName: "Mme Nadia Martin",
      addressLines: ["4 rue des Lilas", "13001 Marseille"],
    },
    applicationNumber: "DE-2027-00007",
    sessionStartsAt: new Date("2027-01-14T13:00:00Z"),
    letterDate: new Date("2027-01-15T09:00:00Z"),
    decision: {
      outcome: "accepted",
      levels: [
        {
          label: "Cadrage",
          granted: true,
          ratePercent: 65,
          costCents: 800_000,
          grantedCents: 520_000,
        },
        {
          label: "Réalisation",
          granted: false,
          ratePercent: null,
          costCents: 2_000_000,
          grantedCents: null,
        },
      ],
    },
    followUrl: "https://digitess.example/espace/candidatures/0b6f1c3e",
    signatory: { name: "Karim Benali", role: "Chargé de mission Digit'ESS" },
    ...overrides,
  };
}

async function textOf(input: DecisionLetterInput): Promise<string> {
  const pdf = await renderDecisionLetterPdf(input);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfPageCount(pdf)).toBe(1);
  return pdfText(pdf);
}

describe("renderDecisionLetterPdf", () => {
  it("writes an accepted letter: addresses, subject, each level's share and remaining cost", async () => {
    const text = await textOf(letter());
    expect(text).toContain("10 rue de l'Innovation 75011 Paris");
    expect(text).toContain("Le Toit Partagé À l'attention de Mme Nadia Martin 4 rue des Lilas");
    expect(text).toContain("Le 15 janvier 2027");
    expect(text).toContain("Votre candidature est acceptée");
    expect(text).toContain("Objet : votre candidature DE-2027-00007 au programme Digit'ESS");
    expect(text).toContain(
      "Le comité de criblage réuni le 14 janvier 2027 a examiné la candidature de Le Toit Partagé et l'a acceptée.",
    );
    expect(text).toContain(
      "Cadrage : le programme prend en charge 65 % du coût, soit 5 200,00 € sur 8 000,00 €. Reste à votre charge : 2 800,00 €.",
    );
    expect(text).toContain("Réalisation : non retenu à cette séance.");
    expect(text).toContain("Montant total pris en charge par le programme : 5 200,00 €.");
    expect(text).toContain("Votre antenne régionale va vous contacter");
    expect(text).toContain(
      "Vous pouvez suivre votre dossier en ligne : https://digitess.example/espace/candidatures/0b6f1c3e",
    );
    expect(text).toContain("Karim Benali Chargé de mission Digit'ESS");
    expect(text).not.toContain("Motif");
  });

  it("never wraps an amount in the middle", async () => {
    const lines = pdfLines(await renderDecisionLetterPdf(letter()));
    // The line "Reste à votre charge : 2 800,00 €." is long enough to wrap: the amount moves whole.
    expect(lines.some((line) => line.includes("2\u00a0800,00\u00a0€"))).toBe(true);
    expect(lines.some((line) => line.endsWith("charge : 2"))).toBe(false);
  });

  it("writes a level paid in full without a cost", async () => {
    const text = await textOf(
      letter({
        decision: {
          outcome: "accepted",
          levels: [
            {
              label: "Diagnostic numérique",
              granted: true,
              ratePercent: 100,
              costCents: null,
              grantedCents: null,
            },
          ],
        },
      }),
    );
    expect(text).toContain("Diagnostic numérique : le programme prend en charge 100 % du coût.");
    expect(text).not.toContain("Montant total");
  });

  it("writes a refusal with its reason and the committee's message", async () => {
    const text = await textOf(
      letter({
        decision: {
          outcome: "refused",
          reason: "Projet hors des axes prioritaires",
          message: "Votre antenne peut vous orienter vers un autre dispositif.",
        },
      }),
    );
    expect(text).toContain("Votre candidature n'est pas retenue");
    expect(text).toContain("et n'a pas pu la retenir.");
    expect(text).toContain("Motif : Projet hors des axes prioritaires");
    expect(text).toContain(
      "Message du comité : Votre antenne peut vous orienter vers un autre dispositif.",
    );
    expect(text).not.toContain("prend en charge");
  });

  it("writes a postponement with what is missing, and the next session when known", async () => {
    const known = await textOf(
      letter({
        decision: {
          outcome: "postponed",
          missing: "le devis signé du prestataire",
          nextSessionOn: "2027-02-11",
        },
      }),
    );
    expect(known).toContain("La décision sur votre candidature est reportée");
    expect(known).toContain("Pour décider, le comité a besoin de : le devis signé du prestataire");
    expect(known).toContain("présenté au prochain comité, prévu le 11 février 2027.");

    const unknown = await textOf(
      letter({
        recipient: { organizationName: "Entraide Mayotte", contactName: null, addressLines: [] },
        decision: { outcome: "postponed", missing: "les comptes 2026", nextSessionOn: null },
      }),
    );
    expect(unknown).toContain("votre dossier sera présenté à un prochain comité.");
    expect(unknown).not.toContain("À l'attention de");
  });

  it("writes the letter in English", async () => {
    const pdf = await renderDecisionLetterPdf(letter({ locale: "en" }));
    const text = pdfText(pdf);
    expect(text).toContain("Your application is accepted");
    expect(text).toContain(
      "Cadrage: the programme pays 65% of the cost, that is €5,200.00 of €8,000.00.",
    );
    expect(text).toContain("Remaining cost for you: €2,800.00.");
    expect(pdf.toString("latin1")).toContain("/Lang (en)");
  });

  it("says when it replaces an earlier letter after an amendment, with its reason", async () => {
    const text = await textOf(letter({ amendmentReason: "Erreur de saisie du taux en séance." }));
    expect(text).toContain(
      "Cette lettre remplace la précédente : le comité a corrigé sa décision par un avenant. Motif de la correction : Erreur de saisie du taux en séance.",
    );
    expect(await textOf(letter())).not.toContain("remplace la précédente");
  });
});
