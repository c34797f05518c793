import { describe, expect, it } from "vitest";
import { identifierErrorCodes } from "~/platform/identifiers";
import { fr } from "./messages";

// The identifier validators live in platform; their French messages live in this catalogue.
describe("identifier error codes", () => {
  it("all have a French message", () => {
    for (const code of identifierErrorCodes) {
      expect(fr[`organizations.${code}`]).toMatch(/\S/);
    }
    expect(fr["organizations.siret.length"]).toBe("Le numéro SIRET doit comporter 14 chiffres.");
    expect(fr["organizations.siret.checksum"]).toBe(
      "Ce numéro SIRET n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.",
    );
  });
});
