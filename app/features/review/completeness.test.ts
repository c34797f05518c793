import { describe, expect, it } from "vitest";
import { type CompletenessInput, completenessChecklist, isComplete } from "./completeness";

const complete: CompletenessInput = {
  levels: ["diagnostic"],
  attachmentKinds: ["statutes", "accounts"],
  declarations: {
    swornStatement: true,
    dataConsent: true,
    signatoryName: "Nadia Martin",
    signatoryRole: "Présidente",
  },
  contact: { name: "Nadia Martin", role: "Présidente" },
  hasDiagnostic: true,
};

const verdicts = (input: CompletenessInput) =>
  Object.fromEntries(completenessChecklist(input).map((item) => [item.id, item.ok]));

describe("completenessChecklist", () => {
  it("lists documents, declarations, contact and diagnostic for a diagnostic request", () => {
    expect(verdicts(complete)).toEqual({
      "document.statutes": true,
      "document.accounts": true,
      sworn_statement: true,
      data_consent: true,
      signatory: true,
      contact: true,
      diagnostic: true,
    });
    expect(isComplete(completenessChecklist(complete))).toBe(true);
  });

  it("asks a quote for each level with a cost, and specifications for production", () => {
    const items = completenessChecklist({
      ...complete,
      levels: ["diagnostic", "scoping", "production"],
    });
    expect(items.map((item) => item.id)).toEqual([
      "document.statutes",
      "document.accounts",
      "quote.scoping",
      "quote.production",
      "specifications",
      "sworn_statement",
      "data_consent",
      "signatory",
      "contact",
      "diagnostic",
    ]);
    expect(items.find((item) => item.id === "quote.scoping")?.ok).toBe(false);
    expect(items.find((item) => item.id === "specifications")?.ok).toBe(false);
    expect(isComplete(items)).toBe(false);
    const withFiles = completenessChecklist({
      ...complete,
      levels: ["scoping", "production"],
      attachmentKinds: ["statutes", "accounts", "quote", "specifications"],
    });
    expect(isComplete(withFiles)).toBe(true);
  });

  it("asks no specifications for scoping alone", () => {
    const ids = completenessChecklist({ ...complete, levels: ["scoping"] }).map((item) => item.id);
    expect(ids).toContain("quote.scoping");
    expect(ids).not.toContain("specifications");
  });

  it("flags each missing required document", () => {
    for (const missing of ["statutes", "accounts"]) {
      const result = verdicts({
        ...complete,
        attachmentKinds: complete.attachmentKinds.filter((kind) => kind !== missing),
      });
      expect(result[`document.${missing}`]).toBe(false);
      expect(Object.values(result).filter((ok) => !ok)).toHaveLength(1);
    }
    // An answer file or another document does not stand for a required one.
    expect(verdicts({ ...complete, attachmentKinds: ["answer", "other"] })).toMatchObject({
      "document.statutes": false,
      "document.accounts": false,
    });
  });

  it("flags missing declarations, signatory and contact", () => {
    const declarations = complete.declarations as NonNullable<CompletenessInput["declarations"]>;
    expect(
      verdicts({ ...complete, declarations: { ...declarations, swornStatement: false } })
        .sworn_statement,
    ).toBe(false);
    expect(
      verdicts({ ...complete, declarations: { ...declarations, dataConsent: false } }).data_consent,
    ).toBe(false);
    expect(
      verdicts({ ...complete, declarations: { ...declarations, signatoryName: "  " } }).signatory,
    ).toBe(false);
    expect(
      verdicts({ ...complete, declarations: { ...declarations, signatoryRole: "" } }).signatory,
    ).toBe(false);
    expect(verdicts({ ...complete, declarations: null })).toMatchObject({
      sworn_statement: false,
      data_consent: false,
      signatory: false,
    });
    expect(verdicts({ ...complete, contact: { name: "Nadia", role: " " } }).contact).toBe(false);
    expect(verdicts({ ...complete, contact: { name: "", role: "Présidente" } }).contact).toBe(
      false,
    );
    expect(verdicts({ ...complete, contact: null }).contact).toBe(false);
  });

  it("flags an organisation without a diagnostic", () => {
    const items = completenessChecklist({ ...complete, hasDiagnostic: false });
    expect(items.at(-1)).toEqual({ id: "diagnostic", kind: "diagnostic", ok: false });
    expect(isComplete(items)).toBe(false);
  });
});
