import { describe, expect, it } from "vitest";
import {
  bankVersions,
  currentVersion,
  dimensionIds,
  getQuestionBank,
  isBankVersion,
  scoredQuestions,
} from ".";

const bank = getQuestionBank(currentVersion);

describe("question bank registry", () => {
  it("publishes 2026-1 as the current version", () => {
    expect(currentVersion).toBe("2026-1");
    expect(bankVersions).toContain(currentVersion);
    expect(bank.version).toBe("2026-1");
  });

  it("refuses unknown versions, including names inherited from Object", () => {
    expect(getQuestionBank("2025-1")).toBeUndefined();
    expect(getQuestionBank("toString")).toBeUndefined();
    expect(isBankVersion("constructor")).toBe(false);
    expect(isBankVersion("2026-1")).toBe(true);
  });
});

describe.each(bankVersions)("question bank %s integrity", (version) => {
  const versionBank = getQuestionBank(version);
  const questions = scoredQuestions(versionBank);

  it("has the 8 dimensions in order, each with a French title", () => {
    expect(versionBank.dimensions.map((d) => d.id)).toEqual([...dimensionIds]);
    for (const dimension of versionBank.dimensions)
      expect(dimension.title.length).toBeGreaterThan(5);
  });

  it("has 32 scored questions, 4 per dimension", () => {
    expect(questions).toHaveLength(32);
    for (const dimension of versionBank.dimensions) expect(dimension.questions).toHaveLength(4);
  });

  it("has unique question ids, next-step questions included", () => {
    const ids = [...questions.map((q) => q.id), ...versionBank.nextStepQuestions.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every question a text and five distinct, non-empty labels", () => {
    for (const question of questions) {
      expect(question.text).toMatch(/\?$/);
      expect(question.labels).toHaveLength(5);
      for (const label of question.labels) expect(label.trim()).not.toBe("");
      expect(new Set(question.labels).size).toBe(5);
    }
  });

  it("keeps in each dimension at least one question that refuses 'not applicable'", () => {
    for (const dimension of versionBank.dimensions) {
      expect(dimension.questions.some((q) => !q.allowsNotApplicable)).toBe(true);
    }
  });
});

describe("question bank 2026-1 content", () => {
  it("uses the ids of the guide, dimension by dimension", () => {
    expect(bank.dimensions.map((d) => d.questions.map((q) => q.id).join(" "))).toEqual([
      "S1 S2 S3 S4",
      "E1 E2 E3 E4",
      "O1 O2 O3 O4",
      "D1 D2 D3 D4",
      "C1 C2 C3 C4",
      "K1 K2 K3 K4",
      "B1 B2 B3 B4",
      "R1 R2 R3 R4",
    ]);
  });

  it("allows 'not applicable' on B3 and R2 only", () => {
    const allowing = scoredQuestions(bank).filter((q) => q.allowsNotApplicable);
    expect(allowing.map((q) => q.id)).toEqual(["B3", "R2"]);
    expect(bank.notApplicableLabel).toBe("Non concerné");
  });

  it("keeps the French titles and labels of the guide", () => {
    expect(bank.dimensions[0]?.title).toBe("Stratégie et gouvernance du numérique");
    expect(bank.dimensions[3]?.title).toBe("Données et protection des données personnelles (RGPD)");
    const byId = new Map(scoredQuestions(bank).map((q) => [q.id, q]));
    expect(byId.get("S1")?.labels).toEqual([
      "Jamais",
      "Rarement, quand un problème survient",
      "Une fois par an environ",
      "Régulièrement, avec des décisions",
      "Il fait partie du projet associatif écrit, avec des objectifs suivis",
    ]);
    expect(byId.get("C2")?.labels[4]).toBe(
      "Gestionnaire de mots de passe et double authentification sur les comptes importants",
    );
    expect(byId.get("R2")?.labels[0]).toBe("Nous ne savons pas");
    expect(byId.get("B3")?.labels[4]).toBe(
      "Nous proposons un accompagnement organisé ou en partenariat",
    );
  });

  it("has the next-step questions P1 and P2 with three answers encoded 0, 1, 2", () => {
    const [p1, p2] = bank.nextStepQuestions;
    expect(p1.id).toBe("P1");
    expect(p1.text).toBe("Avez-vous aujourd'hui un projet numérique précis ?");
    expect(p1.labels).toEqual([
      "Non",
      "Une idée à préciser",
      "Oui, décrit dans un cahier des charges",
    ]);
    expect(p2.id).toBe("P2");
    expect(p2.text).toBe("Qui porterait ce projet dans la structure ?");
    expect(p2.labels).toEqual([
      "Personne pour l'instant",
      "Un·e bénévole",
      "Un·e salarié·e ou une équipe",
    ]);
  });
});
