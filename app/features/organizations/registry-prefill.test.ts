import { describe, expect, it } from "vitest";
import { parseRegistryResponse } from "~/platform/registry";
import { registryFixtures, replayPage } from "../../../tests/support/registry-replay";
import { prefillFromEntry } from "./registry-prefill";

describe("the profile form prefilled from the registry", () => {
  it("prefills the form with what the register knows, nothing more", () => {
    const [entry] = parseRegistryResponse(replayPage([registryFixtures.belleDeMai]))?.entries ?? [];
    expect(entry && prefillFromEntry(entry)).toEqual({
      name: "LES JARDINS DE LA BELLE DE MAI",
      siret: "81234567600017",
      rna: "W133012345",
      legalForm: "9220",
      creationDate: "2016-04-12",
      addressLine: "12 RUE D'ORAN",
      postcode: "13003",
      commune: "MARSEILLE",
      essMember: "on",
    });
  });
});
