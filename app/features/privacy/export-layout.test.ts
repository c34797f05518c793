import { describe, expect, it } from "vitest";
import {
  attachmentEntryName,
  personalExportFileName,
  safeSegment,
  uniqueNames,
} from "./export-layout";

describe("safeSegment", () => {
  it.each([
    ["statuts.pdf", "statuts.pdf"],
    ["  Comptes   2025 .pdf ", "Comptes 2025 .pdf"],
    ["../../etc/passwd", "_.._etc_passwd"],
    ["..", "doc"],
    ["...", "doc"],
    ['a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"],
    ["\u202efdp.exe", "fdp.exe"],
    ["fac\u200bture\u0000.pdf", "facture.pdf"],
    ["ligne\nsuivante.pdf", "lignesuivante.pdf"],
    ["", "doc"],
    ["\u202e\u200f", "doc"],
    ["re\u0301sume\u0301.pdf", "résumé.pdf"],
  ])("%j becomes %j", (raw, expected) => {
    expect(safeSegment(raw, "doc")).toBe(expected);
  });

  it("shortens a long name to 80 characters, keeping its extension", () => {
    const long = `${"a".repeat(200)}.pdf`;
    const safe = safeSegment(long, "doc");
    expect(safe).toHaveLength(80);
    expect(safe.endsWith(".pdf")).toBe(true);
    expect(safeSegment("b".repeat(200), "doc")).toBe("b".repeat(80));
  });
});

describe("uniqueNames", () => {
  it("numbers a name already used, before its extension, case-insensitively", () => {
    const unique = uniqueNames();
    expect(unique("pieces-jointes/DE-1/statuts.pdf")).toBe("pieces-jointes/DE-1/statuts.pdf");
    expect(unique("pieces-jointes/DE-1/statuts.pdf")).toBe("pieces-jointes/DE-1/statuts (2).pdf");
    expect(unique("pieces-jointes/DE-1/STATUTS.pdf")).toBe("pieces-jointes/DE-1/STATUTS (3).pdf");
    expect(unique("pieces-jointes/DE-1/sans-extension")).toBe("pieces-jointes/DE-1/sans-extension");
    expect(unique("pieces-jointes/DE-1/sans-extension")).toBe(
      "pieces-jointes/DE-1/sans-extension (2)",
    );
    expect(unique("pieces-jointes/v1.2/readme")).toBe("pieces-jointes/v1.2/readme");
    expect(unique("pieces-jointes/v1.2/readme")).toBe("pieces-jointes/v1.2/readme (2)");
  });
});

describe("attachmentEntryName", () => {
  it("files a document under its application's number", () => {
    expect(
      attachmentEntryName({
        applicationNumber: "DE-2027-00042",
        applicationId: "5f1c2d3e-0000-4000-8000-000000000000",
        fileName: "statuts.pdf",
      }),
    ).toBe("pieces-jointes/DE-2027-00042/statuts.pdf");
  });

  it("files a draft's document under its id, and never leaves the folder", () => {
    const name = attachmentEntryName({
      applicationNumber: null,
      applicationId: "5f1c2d3e-0000-4000-8000-000000000000",
      fileName: "../../../évil\u202egpj.exe",
    });
    expect(name).toBe("pieces-jointes/brouillon-5f1c2d3e/_.._.._évilgpj.exe");
    expect(name.split("/")).toHaveLength(3);
  });
});

describe("personalExportFileName", () => {
  it("is dated and in the requester's language", () => {
    expect(personalExportFileName("2027-03-01", "fr")).toBe("mes-donnees-digitess-2027-03-01.zip");
    expect(personalExportFileName("2027-03-01", "en")).toBe("my-data-digitess-2027-03-01.zip");
  });
});
