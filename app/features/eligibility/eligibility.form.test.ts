import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  answersFromForm,
  eligibilityFormSchema,
  eligibilityPrefillSchema,
  isPrefillRequest,
} from "./eligibility.form";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  const submission = parseWithZod(data, { schema: eligibilityFormSchema });
  return Object.assign(submission, {
    error: submission.status === "error" ? submission.error : undefined,
  });
};

describe("eligibility form", () => {
  it("reads a full answer, with a French date and a postcode", () => {
    const submission = form([
      ["legalForm", "association"],
      ["esus", "no"],
      ["creationDate", "14/05/2019"],
      ["axes", "housing"],
      ["departement", "13001"],
    ]);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(answersFromForm(submission.value)).toEqual({
      legalForm: "9220",
      esus: false,
      creationDate: "2019-05-14",
      axes: ["housing"],
      departement: "13",
    });
  });

  it("reads several axes and « je ne sais pas » answers as unknown", () => {
    const submission = form([
      ["legalForm", "unknown"],
      ["esus", "unknown"],
      ["axes", "housing"],
      ["axes", "caregivers"],
      ["departement", "2a"],
    ]);
    if (submission.status !== "success") throw new Error("should parse");
    expect(answersFromForm(submission.value)).toEqual({
      legalForm: null,
      esus: null,
      creationDate: null,
      axes: ["housing", "caregivers"],
      departement: "2A",
    });
  });

  it("lets the legal-form choice decide the ESUS answer for companies", () => {
    const submission = form([
      ["legalForm", "company_esus"],
      ["esus", "no"],
      ["departement", "974"],
    ]);
    if (submission.status !== "success") throw new Error("should parse");
    expect(answersFromForm(submission.value)).toMatchObject({ legalForm: "5710", esus: true });
  });

  it("names the fields to correct, with catalogue keys", () => {
    const submission = form([
      ["legalForm", "sarl"],
      ["creationDate", "31/02/2020"],
      ["departement", "Marseille"],
    ]);
    expect(submission.status).toBe("error");
    expect(submission.error).toEqual({
      legalForm: ["eligibility.form.error.legalForm"],
      creationDate: ["eligibility.form.error.creationDate"],
      departement: ["eligibility.form.error.departement"],
    });
  });

  it("asks for the département when it is missing", () => {
    const submission = form([["legalForm", "association"]]);
    expect(submission.error?.departement).toEqual(["eligibility.form.error.departementRequired"]);
  });
});

const formData = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("prefill request", () => {
  it("is the prefill button, whatever else is typed", () => {
    const data = formData([
      ["intent", "prefill"],
      ["legalForm", "association"],
      ["departement", "13"],
    ]);
    expect(isPrefillRequest(data)).toBe(true);
  });

  it("is a SIRET alone sent with Enter, but not a SIRET with other answers", () => {
    expect(isPrefillRequest(formData([["siret", "81234567600017"]]))).toBe(true);
    expect(isPrefillRequest(formData([["siret", " "]]))).toBe(false);
    expect(
      isPrefillRequest(
        formData([
          ["siret", "81234567600017"],
          ["departement", "13"],
        ]),
      ),
    ).toBe(false);
    expect(
      isPrefillRequest(
        formData([
          ["siret", "81234567600017"],
          ["legalForm", "association"],
        ]),
      ),
    ).toBe(false);
    expect(isPrefillRequest(formData([["intent", "autre"]]))).toBe(false);
  });

  it("requires only the SIRET and keeps every other field as typed", () => {
    const missing = parseWithZod(
      formData([
        ["intent", "prefill"],
        ["axes", "housing"],
      ]),
      {
        schema: eligibilityPrefillSchema,
      },
    );
    expect(missing.status).toBe("error");
    expect(missing.reply().error).toEqual({ siret: ["eligibility.prefill.siretRequired"] });
    expect(missing.reply().initialValue).toMatchObject({ axes: "housing" });
    const sent = parseWithZod(formData([["siret", "812 345 676 00017"]]), {
      schema: eligibilityPrefillSchema,
    });
    expect(sent.status === "success" && sent.value).toEqual({ siret: "812 345 676 00017" });
  });

  it("lets the eligibility check ignore the SIRET", () => {
    const submission = form([
      ["siret", "pas un numéro"],
      ["legalForm", "association"],
      ["departement", "13"],
    ]);
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(answersFromForm(submission.value)).not.toHaveProperty("siret");
  });
});
