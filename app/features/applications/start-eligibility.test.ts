import { describe, expect, it } from "vitest";
import {
  completeDraft,
  organizationValues,
  testProgram,
} from "../../../tests/factories/application-values";
import { eligibilityAnswersOf, validateApplication } from "./draft";
import { legalFormChoiceOf, prefillOrganizationStep } from "./prefill";
import {
  type EligibilityRecord,
  eligibilityNotice,
  recordAnswers,
  startEligibility,
  stepOneAnswers,
  stepOneEligibility,
} from "./start-eligibility";

const rules = testProgram.eligibilityRules;
const TODAY = "2026-12-02";
const association: EligibilityRecord = {
  legalFormCode: "9220",
  esusApproved: false,
  creationDate: "2015-06-15",
  departement: "13",
};

describe("stepOneAnswers", () => {
  it("reads the structure's answers of step 1 as the submission does", () => {
    expect(stepOneAnswers(organizationValues)).toEqual({
      legalForm: "9220",
      esus: null,
      creationDate: "2015-09-15",
      departement: "13",
    });
    expect(stepOneAnswers({ legalForm: "company_not_esus" })).toMatchObject({
      legalForm: "5710",
      esus: false,
    });
  });

  it("leaves unknown what is missing or not valid yet", () => {
    expect(
      stepOneAnswers({ legalForm: "nonsense", creationDate: "2026-02-30", departement: "99" }),
    ).toEqual({ legalForm: null, esus: null, creationDate: null, departement: null });
    expect(stepOneAnswers({ legalForm: ["association"], creationDate: " " })).toEqual({
      legalForm: null,
      esus: null,
      creationDate: null,
      departement: null,
    });
  });

  it("agrees with the answers a complete application sends at submission", () => {
    const draft = completeDraft;
    const validation = validateApplication(draft, testProgram, ["statutes", "accounts"]);
    if (!validation.ok) throw new Error("the complete draft must validate");
    const { axes: _axes, ...whole } = eligibilityAnswersOf(validation.values);
    expect(stepOneAnswers(draft.steps["1"] ?? {})).toEqual(whole);
  });
});

describe("recordAnswers", () => {
  it("reads a record as the step 1 a new draft starts with", () => {
    const record = {
      ...association,
      name: "A",
      addressLine: null,
      postcode: null,
      commune: null,
      website: null,
      employees: null,
      volunteers: null,
    };
    expect(recordAnswers(association)).toEqual(
      stepOneAnswers(prefillOrganizationStep(record, { name: "Nadia Martin" })),
    );
    expect(legalFormChoiceOf({ legalFormCode: "5710", esusApproved: true })).toBe("company_esus");
    expect(recordAnswers({ ...association, legalFormCode: "5710" })).toMatchObject({
      legalForm: "5710",
      esus: false,
    });
    expect(recordAnswers({ ...association, legalFormCode: null, creationDate: null })).toEqual({
      legalForm: null,
      esus: null,
      creationDate: null,
      departement: "13",
    });
  });
});

describe("startEligibility", () => {
  it("lets an old enough association apply", () => {
    expect(startEligibility(association, rules, TODAY).eligible).toBe(true);
  });

  it("stops an association created in 2024 until its third anniversary", () => {
    const young = { ...association, creationDate: "2024-02-20" };
    expect(startEligibility(young, rules, TODAY).eligible).toBe(false);
    expect(startEligibility(young, rules, "2027-02-19").eligible).toBe(false);
    expect(startEligibility(young, rules, "2027-02-20").eligible).toBe(true);
  });

  it("stops a commercial company without the ESUS approval, not one with it", () => {
    const sas = { ...association, legalFormCode: "5710" };
    expect(startEligibility(sas, rules, TODAY).eligible).toBe(false);
    expect(startEligibility({ ...sas, esusApproved: true }, rules, TODAY).eligible).toBe(true);
  });

  it("stops a structure outside the programme's territory", () => {
    const marseilleOnly = { ...rules, departements: ["13"] };
    expect(
      startEligibility({ ...association, departement: "69" }, marseilleOnly, TODAY),
    ).toMatchObject({
      eligible: false,
    });
  });

  it("lets a structure apply when its legal form or creation date is unknown (to check)", () => {
    const unknown = { ...association, legalFormCode: null, creationDate: null };
    expect(startEligibility(unknown, rules, TODAY).eligible).toBeNull();
  });
});

describe("stepOneEligibility", () => {
  it("follows what step 1 says, not the record", () => {
    expect(stepOneEligibility(organizationValues, rules, TODAY).eligible).toBe(true);
    expect(
      stepOneEligibility({ ...organizationValues, creationDate: "2025-03-01" }, rules, TODAY)
        .eligible,
    ).toBe(false);
  });
});

describe("eligibilityNotice", () => {
  it("gives the reasons, the date and the advice of a structure too young, in French", () => {
    const young = startEligibility({ ...association, creationDate: "2024-02-20" }, rules, TODAY);
    expect(eligibilityNotice(young, testProgram, "fr")).toEqual({
      programId: testProgram.id,
      programName: "Digit'ESS",
      eligible: false,
      reasons: [
        "Votre structure doit exister depuis au moins 3 ans : ce sera le cas le 20 février 2027.",
      ],
      nextStep:
        "Votre structure pourra déposer sa candidature à partir du 20 février 2027. D'ici là, un point d'appui près de chez vous peut vous aider à préparer votre projet numérique.",
      eligibleFrom: "2027-02-20",
      esusWouldHelp: false,
    });
  });

  it("says in English when asked", () => {
    const young = startEligibility({ ...association, creationDate: "2024-02-20" }, rules, TODAY);
    expect(eligibilityNotice(young, testProgram, "en").reasons[0]).toContain("20 February 2027");
  });

  it("says that the ESUS approval would let a company apply", () => {
    const sas = startEligibility({ ...association, legalFormCode: "5710" }, rules, TODAY);
    const notice = eligibilityNotice(sas, testProgram, "fr");
    expect(notice).toMatchObject({ eligible: false, eligibleFrom: null, esusWouldHelp: true });
    expect(notice.reasons).toHaveLength(1);
    const young = startEligibility(
      { ...association, legalFormCode: "5710", creationDate: "2025-01-01" },
      rules,
      TODAY,
    );
    // Two reasons: the approval alone would not do, and no date can be promised.
    expect(eligibilityNotice(young, testProgram, "fr")).toMatchObject({
      esusWouldHelp: false,
      eligibleFrom: null,
    });
    expect(eligibilityNotice(young, testProgram, "fr").reasons).toHaveLength(2);
  });

  it("lists the points to check when it may apply, and nothing when all is met", () => {
    const unknown = startEligibility({ ...association, legalFormCode: null }, rules, TODAY);
    const notice = eligibilityNotice(unknown, testProgram, "fr");
    expect(notice.eligible).toBeNull();
    expect(notice.reasons).toEqual([
      "Nous ne connaissons pas votre forme juridique : nous vérifierons que votre structure fait partie de l'ESS.",
    ]);
    const met = eligibilityNotice(startEligibility(association, rules, TODAY), testProgram, "fr");
    expect(met).toMatchObject({ eligible: true, reasons: [] });
  });
});
