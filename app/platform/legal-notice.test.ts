import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";
import { legalNoticeOf } from "./legal-notice";

const configured = {
  LEGAL_PUBLISHER: "Association Numérique Solidaire",
  LEGAL_PUBLISHER_ADDRESS: "12 rue de la Paix, 13001 Marseille",
  LEGAL_PUBLISHER_ID: "RNA W133012345",
  LEGAL_DIRECTOR: "Camille Durand, présidente",
  LEGAL_CONTACT_EMAIL: "contact@numerique-solidaire.fr",
  LEGAL_HOST: "Hébergeur SAS",
  LEGAL_HOST_ADDRESS: "2 rue Kellermann, 59100 Roubaix",
  LEGAL_HOST_PHONE: "+33 9 72 10 10 07",
};

describe("legal notice", () => {
  it("shows the configured publisher, director, contact and host", () => {
    expect(legalNoticeOf(parseEnv(configured))).toEqual({
      demo: false,
      publisher: {
        name: "Association Numérique Solidaire",
        address: "12 rue de la Paix, 13001 Marseille",
        id: "RNA W133012345",
        phone: null,
      },
      director: "Camille Durand, présidente",
      contactEmail: "contact@numerique-solidaire.fr",
      host: {
        name: "Hébergeur SAS",
        address: "2 rue Kellermann, 59100 Roubaix",
        phone: "+33 9 72 10 10 07",
      },
    });
  });

  it("says it is a demo when a required value is missing (outside production)", () => {
    const notice = legalNoticeOf(parseEnv({ ...configured, LEGAL_HOST: "" }));
    expect(notice.demo).toBe(true);
    expect(notice.host.name).toContain("LEGAL_HOST");
    expect(notice.publisher.name).toBe("Association Numérique Solidaire");
  });

  it("is required in production: each missing variable is named", () => {
    const production = { NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(32) };
    expect(() => parseEnv(production)).toThrow(/LEGAL_PUBLISHER[\s\S]*LEGAL_HOST_ADDRESS/);
    expect(() => parseEnv({ ...production, ...configured, LEGAL_DIRECTOR: "" })).toThrow(
      /LEGAL_DIRECTOR/,
    );
    expect(parseEnv({ ...production, ...configured }).LEGAL_DIRECTOR).toBe(
      "Camille Durand, présidente",
    );
  });

  it("refuses a contact that is not an e-mail address", () => {
    expect(() => parseEnv({ LEGAL_CONTACT_EMAIL: "pas une adresse" })).toThrow(
      /LEGAL_CONTACT_EMAIL/,
    );
  });
});
