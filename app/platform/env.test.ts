import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/platform/env.server";

describe("environment", () => {
  it("works with no variable at all (demo defaults)", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATA_DIR: "./data",
      APP_URL: "http://localhost:3000",
      DEMO_SEED: true,
      RUN_WORKER: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty variable as not set", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" })).toMatchObject({ PORT: 3000 });
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names each bad variable, in French and English", () => {
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const { message, variables } = error as EnvError;
      expect(variables).toEqual(["PORT", "DATABASE_URL"]);
      expect(message).toContain("Configuration invalide");
      expect(message).toContain("Invalid configuration");
      expect(message).toContain('PORT = "abc"');
    }
  });

  it("requires a secret in production and never seeds demo accounts there", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET/);
    const production = {
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "s".repeat(32),
      LEGAL_PUBLISHER: "Éditeur",
      LEGAL_PUBLISHER_ADDRESS: "1 rue de l'Exemple, 75001 Paris",
      LEGAL_DIRECTOR: "Directrice",
      LEGAL_CONTACT_EMAIL: "contact@example.org",
      LEGAL_HOST: "Hébergeur",
      LEGAL_HOST_ADDRESS: "2 rue de l'Exemple, 59100 Roubaix",
    };
    expect(parseEnv(production).DEMO_SEED).toBe(false);
    expect(() => parseEnv({ ...production, DEMO_SEED: "true" })).toThrow(/DEMO_SEED/);
  });

  it("parses booleans and URLs strictly", () => {
    expect(parseEnv({ RUN_WORKER: "false" }).RUN_WORKER).toBe(false);
    expect(() => parseEnv({ RUN_WORKER: "maybe" })).toThrow(/RUN_WORKER/);
    expect(() => parseEnv({ SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465" }).SMTP_URL).toBe(
      "smtps://u:p@mail.example.org:465",
    );
  });

  it("validates STORAGE_URL and names it in French and English", () => {
    expect(parseEnv({}).STORAGE_URL).toBeUndefined();
    const url = "s3://KEY:SECRET@s3.example.org/digitess?region=fr-par";
    expect(parseEnv({ STORAGE_URL: url }).STORAGE_URL).toBe(url);
    const error = (() => {
      try {
        parseEnv({ STORAGE_URL: "s3://KEY:TOP-SECRET@s3.example.org" });
      } catch (caught) {
        return caught as EnvError;
      }
    })();
    expect(error?.variables).toEqual(["STORAGE_URL"]);
    expect(error?.message).toContain("vérifiez la ou les variables d'environnement STORAGE_URL");
    expect(error?.message).toContain("check the environment variable(s) STORAGE_URL");
    expect(error?.message).toContain("bucket");
    expect(error?.message).not.toContain("TOP-SECRET");
  });
});
