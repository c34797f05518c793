import { describe, expect, it } from "vitest";
import { commonPasswordCount, isCommonPassword } from "./common-passwords.server";
import {
  commonCandidates,
  PASSWORD_MAX_LENGTH,
  type PasswordContext,
  type PasswordProblem,
  passwordProblem,
  personalTokens,
} from "./password-rules";

const withList: PasswordContext = { isCommon: isCommonPassword };
const nadia: PasswordContext = {
  ...withList,
  email: "nadia.martin@letoitpartage.fr",
  name: "Nadia Martin",
};

describe("passwordProblem", () => {
  const cases: [string, PasswordContext, PasswordProblem | null][] = [
    // Length, in characters (code points), not bytes.
    ["", withList, "tooShort"],
    ["court", withList, "tooShort"],
    ["onze carac.", withList, "tooShort"],
    ["ééééé ààà ù", withList, "tooShort"],
    ["x".repeat(PASSWORD_MAX_LENGTH + 1), withList, "tooLong"],
    // Repetitive: few distinct characters, or one unit repeated.
    ["aaaaaaaaaaaa", withList, "repetitive"],
    ["AAAAaaaaAAAA", withList, "repetitive"],
    ["abababababab", withList, "repetitive"],
    ["1111aaaa2222", withList, "repetitive"],
    ["azertyazerty", withList, "repetitive"],
    ["soleil-soleil", withList, "repetitive"],
    ["abcdabcdabcd", withList, "repetitive"],
    // Sequences: alphabet, digits, keyboard rows, either way, and runs of one character.
    ["123456789012", withList, "sequence"],
    ["abcdefghijkl", withList, "sequence"],
    ["zyxwvutsrqpo", withList, "sequence"],
    ["azertyuiopqs", withList, "sequence"],
    ["qwertyuiop12", withList, "sequence"],
    ["0987654321abc", withList, "sequence"],
    ["poiuytreza12", withList, "sequence"],
    ["aaabbbcccddd12", withList, "sequence"],
    // Common passwords and words, padded with digits and symbols, de-leeted, with separators.
    ["password12345", withList, "common"],
    ["Password12345!", withList, "common"],
    ["P@ssw0rd2024!", withList, "common"],
    ["motdepasse2024", withList, "common"],
    ["Mot-de-passe-2024", withList, "common"],
    ["**Soleil2024!!", withList, "common"],
    ["2024bonjour2024", withList, "common"],
    ["Nicolas1985!!", withList, "common"],
    ["qwerty123456", withList, "sequence"],
    ["iloveyou2024", withList, "common"],
    // Built on the name or the address.
    ["nadiamartin2026", nadia, "personal"],
    ["Nadia.Martin.75", nadia, "personal"],
    ["MARTIN-nadia-2026!", nadia, "personal"],
    ["letoitpartage13", nadia, "personal"],
    ["nadia.martin@letoitpartage.fr", nadia, "personal"],
    // Acceptable.
    ["une phrase de passe solide", withList, null],
    ["Mot-de-passe-de-test-2026", withList, null],
    [
      "Demo-Digitess-2026",
      { ...withList, email: "admin@demo.digitess.fr", name: "Alex Admin" },
      null,
    ],
    ["cheval agrafe pile correcte", withList, null],
    ["Tr0ub4dor&3-bleu", withList, null],
    ["vanne de la riviere 2026", { ...withList, name: "Anne Dupont" }, null],
    ["martin pêcheur du canal bleu", nadia, null],
    ["k9#Lm2$pQ7!x", withList, null],
    ["xxxxyzw!18#Kp", withList, null],
    // Without the list (the browser), a common word padded is not refused: the server refuses it.
    ["password12345", {}, null],
  ];

  for (const [password, context, expected] of cases) {
    it(`${JSON.stringify(password.length > 40 ? `${password.slice(0, 20)}…` : password)} → ${expected ?? "accepted"}`, () => {
      expect(passwordProblem(password, context)).toBe(expected);
    });
  }

  it("accepts the longest password allowed", () => {
    const long = Array.from({ length: PASSWORD_MAX_LENGTH }, (_, i) =>
      String.fromCharCode(97 + ((i * 7) % 26)),
    ).join("");
    expect(long).toHaveLength(PASSWORD_MAX_LENGTH);
    expect(passwordProblem(long, withList)).toBeNull();
  });
});

describe("commonCandidates", () => {
  it("derives the core, the joined form and the de-leeted form", () => {
    expect(commonCandidates("P@ssw0rd-2024!")).toEqual(
      expect.arrayContaining(["p@ssw0rd-2024!", "p@ssw0rd", "password"]),
    );
    expect(commonCandidates("Mot de passe 1")).toEqual(expect.arrayContaining(["motdepasse"]));
  });

  it("leaves out candidates shorter than 4 characters", () => {
    expect(commonCandidates("ab1234567890").every((c) => c.length >= 4)).toBe(true);
  });
});

describe("personalTokens", () => {
  it("takes the address parts, the organisation's domain and the name, accents removed", () => {
    expect(
      personalTokens({ email: "Elodie.Lefevre@letoitpartage.fr", name: "Élodie Lefèvre" }),
    ).toEqual(["elodie.lefevre", "letoitpartage", "lefevre", "elodie"]);
  });

  it("ignores webmail domains and very short parts", () => {
    expect(personalTokens({ email: "jo.li@gmail.com", name: "Lé Li" })).toEqual(["jo.li"]);
  });
});

describe("the shipped list", () => {
  it("holds the common passwords and French words, folded", () => {
    expect(commonPasswordCount()).toBeGreaterThan(50_000);
    for (const entry of ["password", "azertyuiop", "motdepasse", "soleil", "bonjour"]) {
      expect(isCommonPassword(entry)).toBe(true);
    }
    expect(isCommonPassword("une phrase de passe solide")).toBe(false);
  });
});
