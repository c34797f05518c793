import { describe, expect, it } from "vitest";
import { registryFixtures, replayPage } from "../../../tests/support/registry-replay";
import { parseRegistryResponse, streetFromAddress, toRegistryEntry } from "./registry-response";

describe("registry response mapping", () => {
  it("maps a SIRET hit to the identity form's words", () => {
    const parsed = parseRegistryResponse(replayPage([registryFixtures.belleDeMai]));
    expect(parsed).toEqual({
      total: 1,
      entries: [
        {
          siren: "812345676",
          siret: "81234567600017",
          name: "LES JARDINS DE LA BELLE DE MAI",
          legalFormCode: "9220",
          creationDate: "2016-04-12",
          addressLine: "12 RUE D'ORAN",
          postcode: "13003",
          commune: "MARSEILLE",
          departement: "13",
          essMember: true,
          rna: "W133012345",
          isAssociation: true,
          closed: false,
        },
      ],
    });
  });

  it("keeps overseas départements and marks ceased organisations", () => {
    const parsed = parseRegistryResponse(
      replayPage([registryFixtures.jardinsCreoles, registryFixtures.jardinerie]),
    );
    expect(parsed?.entries.map((e) => [e.departement, e.closed, e.rna, e.essMember])).toEqual([
      ["974", false, "W9R2004567", true],
      ["13", true, null, false],
    ]);
  });

  it("reads an empty result as no entry", () => {
    expect(parseRegistryResponse(replayPage([]))).toEqual({ entries: [], total: 0 });
  });

  it.each([
    ["an HTML page", "<html>Maintenance</html>"],
    ["null", null],
    ["results that are not a list", { results: "none", total_results: 0 }],
    ["a result without SIREN", { results: [{ nom_complet: "X" }], total_results: 1 }],
  ])("refuses %s", (_label, body) => {
    expect(parseRegistryResponse(body)).toBeNull();
  });

  it("tolerates missing and malformed optional fields", () => {
    const entry = toRegistryEntry({
      siren: "812345676",
      nom_complet: null,
      nom_raison_sociale: "  JARDINS   DU  SUD ",
      nature_juridique: "92",
      date_creation: "2016",
      siege: { siret: "123", departement: "99", code_postal: null, adresse: null },
      complements: { est_ess: null, identifiant_association: "W12" },
    });
    expect(entry).toMatchObject({
      name: "JARDINS DU SUD",
      siret: null,
      legalFormCode: null,
      creationDate: null,
      departement: null,
      addressLine: null,
      essMember: null,
      rna: null,
      isAssociation: false,
      closed: false,
    });
    expect(toRegistryEntry({ siren: "812345676" }).name).toBe("812345676");
  });
});

describe("street from the one-line address", () => {
  it.each([
    ["12 RUE D'ORAN 13003 MARSEILLE", "13003", "MARSEILLE", "12 RUE D'ORAN"],
    ["8 RUE DE PARIS 97400 SAINT-DENIS", "97400", "SAINT-DENIS", "8 RUE DE PARIS"],
    ["13003 MARSEILLE", "13003", "MARSEILLE", null],
    ["BP 13003 LES AYGALADES", "13015", "MARSEILLE", "BP 13003 LES AYGALADES"],
    ["12 RUE 13003 ANNEXE 13003 MARSEILLE 3", "13003", "MARSEILLE 3", "12 RUE 13003 ANNEXE"],
    ["5 PLACE DU MARCHE", null, null, "5 PLACE DU MARCHE"],
    [null, "13003", "MARSEILLE", null],
  ])("%j -> %j", (address, postcode, commune, street) => {
    expect(streetFromAddress(address, postcode, commune)).toBe(street);
  });
});
