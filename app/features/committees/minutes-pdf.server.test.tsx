import { describe, expect, it } from "vitest";
import { pdfLines, pdfPageCount, pdfText, pdfTextBoxes } from "../../../tests/support/pdf-text";
import { type MinutesInput, quorumOf, renderMinutesPdf } from "./minutes-pdf.server";

function minutes(overrides: Partial<MinutesInput> = {}): MinutesInput {
  return {
    locale: "fr",
    programmeName: "Digit'ESS",
    session: {
      title: "Comité de janvier 2027",
      startsAt: new Date("2027-01-14T13:00:00Z"),
      closedAt: new Date("2027-01-14T16:10:00Z"),
      place: "Maison de l'ESS, Paris",
      videoLink: "https://visio.example.fr/comite-janvier",
    },
    members: [
      { name: "Paul Lefèvre", side: "operator", present: true },
      { name: "Claire Moreau", side: "funder", present: true },
      { name: "Inès Haddad", side: "funder", present: false },
    ],
    quorum: { funder: 1, operator: 1 },
    conflicts: [
      {
        memberName: "Claire Moreau",
        applicationNumber: "DE-2027-00012",
        organizationName: "Les Jardins Solidaires",
      },
    ],
    decisions: [
      {
        applicationNumber: "DE-2027-00007",
        organizationName: "Le Toit Partagé",
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
          {
            label: "Diagnostic numérique",
            granted: true,
            ratePercent: 100,
            costCents: null,
            grantedCents: null,
          },
        ],
      },
      {
        applicationNumber: "DE-2027-00012",
        organizationName: "Les Jardins Solidaires",
        outcome: "refused",
        reason: "Projet hors des axes prioritaires",
        message: "Le projet ne relève pas des axes du programme ; parlez-en à votre antenne.",
      },
      {
        applicationNumber: "DE-2027-00015",
        organizationName: "Entraide Mayotte",
        outcome: "postponed",
        missing: "le devis signé du prestataire",
      },
    ],
    signatories: [
      { name: "Claire Moreau", role: "Présidente de séance" },
      { name: "Karim Benali", role: "Chargé de mission, secrétaire de séance" },
    ],
    signedOn: new Date("2027-01-14T16:10:00Z"),
    ...overrides,
  };
}

describe("renderMinutesPdf", () => {
  it("renders a PDF that states the session, the members, the quorum and the conflicts", async () => {
    const pdf = await renderMinutesPdf(minutes());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/Lang (fr)");
    const text = pdfText(pdf);
    expect(text).toContain("Procès-verbal du comité de criblage");
    expect(text).toContain("Programme : Digit'ESS");
    expect(text).toContain("Séance : Comité de janvier 2027");
    expect(text).toContain("jeudi 14 janvier 2027 à 14 h 00 (heure de Paris)");
    expect(text).toContain("Lieu : Maison de l'ESS, Paris");
    expect(text).toContain("Visioconférence : https://visio.example.fr/comite-janvier");
    expect(text).toContain("Claire Moreau, côté financeur : présent·e");
    expect(text).toContain("Inès Haddad, côté financeur : absent·e");
    expect(text).toContain("Paul Lefèvre, côté opérateur : présent·e");
    expect(text).toContain("Présents : 1 côté financeur, 1 côté opérateur.");
    expect(text).toContain("Le quorum est atteint.");
    expect(text).toContain(
      "Claire Moreau : dossier DE-2027-00012 (Les Jardins Solidaires). N'a pris part ni à l'examen ni à la décision.",
    );
  });

  it("writes each decision: levels with rate and amount, the refusal's reason, what is missing", async () => {
    const text = pdfText(await renderMinutesPdf(minutes()));
    expect(text).toContain("Dossier DE-2027-00007 – Le Toit Partagé");
    expect(text).toContain("Décision : accepté");
    // French amounts and rates with plain spaces: the standard fonts have no narrow space.
    expect(text).toContain(
      "Cadrage : accordé au taux de 65 %, soit 5 200,00 € pour un coût retenu de 8 000,00 €.",
    );
    expect(text).toContain("Réalisation : non accordé.");
    expect(text).toContain("Diagnostic numérique : accordé au taux de 100 %.");
    expect(text).toContain("Décision : refusé");
    expect(text).toContain("Motif : Projet hors des axes prioritaires");
    expect(text).toContain(
      "Message à la structure : Le projet ne relève pas des axes du programme",
    );
    expect(text).toContain("Sans la participation de : Claire Moreau.");
    expect(text).toContain("Décision : ajourné");
    expect(text).toContain("Ce qui manque pour décider : le devis signé du prestataire");
    expect(text).toContain("Dossiers examinés : 3. Acceptés : 1, refusés : 1, ajournés : 1.");
    expect(text).toContain("Montant total accordé lors de la séance : 5 200,00 €.");
  });

  it("ends with the signature block and numbers its pages", async () => {
    const pdf = await renderMinutesPdf(minutes());
    const text = pdfText(pdf);
    expect(text).toContain("Signatures");
    expect(text).toContain("Fait le jeudi 14 janvier 2027.");
    expect(text).toContain("Présidente de séance");
    expect(text).toContain("Chargé de mission, secrétaire de séance");
    expect(pdfLines(pdf).filter((line) => line === "Signature :")).toHaveLength(2);
    const pages = pdfPageCount(pdf);
    expect(text).toContain(`Digit'ESS – procès-verbal du 14 janvier 2027 – page 1 sur ${pages}`);
  });

  it("says so when the quorum is not reached and when nothing was declared or decided", async () => {
    const text = pdfText(
      await renderMinutesPdf(
        minutes({
          members: [{ name: "Paul Lefèvre", side: "operator", present: true }],
          conflicts: [],
          decisions: [],
        }),
      ),
    );
    expect(text).toContain("Présents : 0 côté financeur, 1 côté opérateur.");
    expect(text).toContain("Le quorum n'est pas atteint");
    expect(text).toContain("Aucun conflit d'intérêts n'a été déclaré.");
    expect(text).toContain("Aucun dossier n'a été examiné lors de cette séance.");
    expect(text).not.toContain("Montant total");
  });

  it("flows over several pages for a long agenda, in English too", async () => {
    const decisions = Array.from({ length: 40 }, (_, index) => ({
      applicationNumber: `DE-2027-${String(index + 100).padStart(5, "0")}`,
      organizationName: `Association n° ${index + 1}`,
      outcome: "postponed" as const,
      missing: "les comptes 2026",
    }));
    const pdf = await renderMinutesPdf(minutes({ decisions, locale: "en", conflicts: [] }));
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text).toContain("Minutes of the screening committee");
    expect(text).toContain("Thursday, 14 January 2027 at 14:00 (Paris time)");
    expect(text).toContain("Application DE-2027-00139 – Association n° 40");
    expect(text).toContain("Applications examined: 40.");
    expect(pdf.toString("latin1")).toContain("/Lang (en)");
  }, 30_000);

  it("draws only characters the standard fonts have", async () => {
    const text = pdfText(
      await renderMinutesPdf(
        minutes({
          session: { ...minutes().session, title: "Comité ≥ 3 dossiers → 中" },
        }),
      ),
    );
    expect(text).toContain("Séance : Comité >= 3 dossiers -> ?");
  });
});

describe("the minutes' layout (react-pdf 4.9, ADR 0017)", () => {
  it("numbers every page of a long agenda, each number drawn on its own page", async () => {
    const decisions = Array.from({ length: 40 }, (_, index) => ({
      applicationNumber: `DE-2027-${String(index + 100).padStart(5, "0")}`,
      organizationName: `Association n° ${index + 1}`,
      outcome: "postponed" as const,
      missing: "les comptes 2026 certifiés par le commissaire aux comptes et le budget 2027",
    }));
    const pdf = await renderMinutesPdf(minutes({ decisions }));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const lines = pdfLines(pdf);
    for (let page = 1; page <= pages; page += 1) {
      expect(lines).toContain(
        `Digit'ESS – procès-verbal du 14 janvier 2027 – page ${page} sur ${pages}`,
      );
    }
    // The footers are drawn at the foot of their own page (A4: 842 points high), not thousands
    // of points off it as a line height on the page made react-pdf do.
    const footers = pdfTextBoxes(pdf).filter((box) => /page \d+ sur \d+$/.test(box.text));
    expect(footers.map((box) => box.page)).toEqual(
      Array.from({ length: pages }, (_, index) => index + 1),
    );
    for (const footer of footers) {
      expect(footer.text).toContain(`page ${footer.page} sur ${pages}`);
      expect(footer.baseline).toBeGreaterThan(0);
      expect(footer.baseline).toBeLessThan(60);
    }
    // Each text size has its own line height: no line of the column is drawn over another.
    const boxes = pdfTextBoxes(pdf).filter((box) => !footers.includes(box));
    for (const [index, box] of boxes.entries()) {
      const next = boxes[index + 1];
      if (!next || next.page !== box.page || Math.abs(next.x - box.x) > 1) continue;
      expect(box.baseline - next.baseline).toBeGreaterThanOrEqual(next.size * 0.9);
    }
    // Words are never hyphenated.
    expect(pdfText(pdf)).toContain("certifiés par le commissaire aux comptes");
  }, 30_000);

  it("leaves out what a copy must not show, and says so", async () => {
    const [accepted, , postponed] = minutes().decisions;
    const text = pdfText(
      await renderMinutesPdf(
        minutes({
          decisions: [accepted, postponed] as MinutesInput["decisions"],
          conflicts: [],
          hiddenItems: 1,
        }),
      ),
    );
    expect(text).toContain(
      "Dossiers non présentés dans cette copie, en raison d'un conflit d'intérêts que vous avez déclaré : 1. Les totaux ci-dessous ne les comptent pas.",
    );
    expect(text).not.toContain("DE-2027-00012");
    expect(text).toContain("Dossiers examinés : 2. Acceptés : 1, refusés : 0, ajournés : 1.");
  });
});

describe("quorumOf", () => {
  it.each([
    [{ funder: 1, operator: 1 }, true],
    [{ funder: 2, operator: 1 }, false],
    [{ funder: 1, operator: 2 }, false],
    [{ funder: 0, operator: 0 }, true],
  ])("with minimums %j the quorum is %s", (quorum, met) => {
    expect(quorumOf({ members: minutes().members, quorum })).toEqual({
      funder: 1,
      operator: 1,
      met,
    });
  });
});
