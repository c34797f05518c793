import { describe, expect, it } from "vitest";
import type { SubmissionSnapshot } from "../snapshot";
import { acknowledgementEmail } from "./acknowledgement";
import { newMessageEmail } from "./new-message";

const snapshot: SubmissionSnapshot = {
  version: 1,
  number: "DE-2026-00042",
  submittedAt: "2026-03-12T13:05:00.000Z",
  submittedBy: { id: "u1", name: "Nadia Martin", email: "nadia@exemple.fr" },
  program: { id: "p1", name: "Digit'ESS" },
  organization: {
    id: "o1",
    name: "Le Toit Partagé",
    legalForm: "association",
    creationDate: "2015-09-15",
    addressLine: "12 rue de la République",
    postcode: "13001",
    commune: "Marseille",
    departement: "13",
    website: undefined,
    employees: 3,
    volunteers: 25,
    contactName: "Nadia Martin",
    contactRole: "Présidente",
    contactPhone: undefined,
  },
  project: {
    situation: "Papier",
    needs: "Un outil",
    goals: "Du temps",
    beneficiaries: "Familles",
    beneficiariesCount: 250,
    axes: ["housing"],
    axisLabels: ["Habitat"],
  },
  levels: [
    {
      kind: "diagnostic",
      label: "Diagnostic numérique",
      totalCostCents: null,
      ratePercent: 100,
      programmeShareCents: null,
      remainingCents: null,
      quotesNote: null,
    },
    {
      kind: "scoping",
      label: "Cadrage",
      totalCostCents: 1_200_000,
      ratePercent: 75,
      programmeShareCents: 900_000,
      remainingCents: 300_000,
      quotesNote: null,
    },
  ],
  attachments: [
    {
      id: "a1",
      kind: "statutes",
      fileName: "statuts.pdf",
      mimeType: "application/pdf",
      sizeBytes: 120 * 1024,
    },
  ],
  declarations: {
    swornStatement: true,
    dataConsent: true,
    signatoryName: "Nadia Martin",
    signatoryRole: "Présidente",
  },
  eligibility: { eligible: null, criteria: [] },
  flaggedForReview: true,
};

describe("acknowledgement e-mail", () => {
  it("lists the number, the levels with amounts, the files, the next step and the links", () => {
    const mail = acknowledgementEmail({
      snapshot,
      recipientName: "Nadia Martin",
      followUrl: "https://digitess.example/espace/candidatures/x",
      receiptUrl: "https://digitess.example/espace/candidatures/x/recu.pdf",
    });
    const text = mail.text.replace(/[\u00a0\u202f]/g, " ");
    expect(mail.subject).toBe("Candidature DE-2026-00042 bien reçue");
    expect(text).toContain("Bonjour Nadia Martin,");
    expect(text).toContain(
      "Le Toit Partagé au programme Digit'ESS, envoyée le 12 mars 2026 à 14:05",
    );
    expect(text).toContain("- Diagnostic numérique : pris en charge à 100 %");
    expect(text).toContain(
      "- Cadrage : coût total 12 000,00 €, taux demandé 75 %, part du programme 9 000,00 €, reste à charge 3 000,00 €",
    );
    expect(text).toContain("- statuts.pdf (Statuts, 120 Ko)");
    expect(text).toContain("Certaines conditions du programme seront vérifiées");
    expect(text).toContain(
      "Télécharger l'accusé de réception (PDF) : https://digitess.example/espace/candidatures/x/recu.pdf",
    );
  });
});

describe("new message e-mail", () => {
  it("tells that a message or a request is waiting, without copying it", () => {
    const request = newMessageEmail({
      applicationLabel: "DE-2026-00042",
      organizationName: "Le Toit Partagé",
      authorName: "Karim Benali",
      isInformationRequest: true,
      url: "https://digitess.example/espace/candidatures/x",
    });
    expect(request.subject).toBe("Compléments demandés pour la candidature DE-2026-00042");
    expect(request.text).toContain("Karim Benali demande des compléments");
    const message = newMessageEmail({
      applicationLabel: "DE-2026-00042",
      organizationName: "Le Toit Partagé",
      authorName: "Nadia Martin",
      isInformationRequest: false,
      url: "https://digitess.example/instruction",
    });
    expect(message.subject).toBe("Nouveau message sur la candidature DE-2026-00042");
    expect(message.text).toContain("https://digitess.example/instruction");
  });
});
