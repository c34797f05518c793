import { describe, expect, it } from "vitest";
import { mergePrefill, prefillFromRegistry, type RegistryFacts, toDateInput } from "./prefill";

const association: RegistryFacts = {
  name: "LES JARDINS DE LA BELLE DE MAI",
  legalFormCode: "9220",
  creationDate: "2016-04-12",
  departement: "13",
  postcode: "13003",
  closed: false,
};

describe("prefill from the company register", () => {
  it("fills the legal form, the creation date (as typed in France) and the département", () => {
    expect(prefillFromRegistry(association)).toEqual({
      values: { legalForm: "association", creationDate: "12/04/2016", departement: "13" },
      legalFormAsked: false,
    });
  });

  it.each([
    ["9260", "association_local"],
    ["5458", "scop"],
    ["5460", "cooperative_other"],
    ["8210", "mutual"],
    ["9300", "foundation"],
    ["7210", "other"],
  ])("maps the INSEE code %s to the choice %s", (code, choice) => {
    expect(prefillFromRegistry({ ...association, legalFormCode: code }).values.legalForm).toBe(
      choice,
    );
  });

  it("lets the visitor choose for a commercial company whose ESUS approval is not known", () => {
    const company = { ...association, legalFormCode: "5710", esusApproved: null };
    expect(prefillFromRegistry(company)).toEqual({
      values: { creationDate: "12/04/2016", departement: "13" },
      legalFormAsked: true,
    });
  });

  it("fills the ESUS answer when it is known", () => {
    expect(
      prefillFromRegistry({ ...association, legalFormCode: "5710", esusApproved: true }).values,
    ).toMatchObject({ legalForm: "company_esus", esus: "yes" });
    expect(
      prefillFromRegistry({ ...association, legalFormCode: "5499", esusApproved: false }).values,
    ).toMatchObject({ legalForm: "company_not_esus", esus: "no" });
  });

  it("takes the département from the postcode when the entry has none (overseas too)", () => {
    const reunion = { ...association, departement: null, postcode: "97400" };
    expect(prefillFromRegistry(reunion).values.departement).toBe("974");
    const corsica = { ...association, departement: null, postcode: "20000" };
    expect(prefillFromRegistry(corsica).values.departement).toBe("2A");
  });

  it("leaves out what the register does not know or gives malformed", () => {
    const bare: RegistryFacts = {
      name: "X",
      legalFormCode: null,
      creationDate: "2016-02-30",
      departement: null,
      postcode: null,
      closed: true,
    };
    expect(prefillFromRegistry(bare)).toEqual({ values: {}, legalFormAsked: false });
  });
});

describe("date as typed in the form", () => {
  it.each([
    ["2016-04-12", "12/04/2016"],
    ["2024-02-29", "29/02/2024"],
    ["2023-02-29", null],
    ["12/04/2016", null],
  ])("%s -> %s", (iso, typed) => {
    expect(toDateInput(iso)).toBe(typed);
  });
});

describe("merge with what the visitor typed", () => {
  it("keeps the other answers, puts the register's over its fields, drops the button's intent", () => {
    const typed = {
      intent: "prefill",
      siret: "812 345 676 00017",
      legalForm: "unknown",
      axes: ["housing", "caregivers"],
      departement: "75",
    };
    expect(
      mergePrefill(typed, { legalForm: "association", departement: "13" }, "81234567600017"),
    ).toEqual({
      siret: "81234567600017",
      legalForm: "association",
      axes: ["housing", "caregivers"],
      departement: "13",
    });
  });

  it("works on an empty form", () => {
    expect(mergePrefill(null, {}, "81234567600017")).toEqual({ siret: "81234567600017" });
  });
});
