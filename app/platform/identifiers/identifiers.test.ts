import { describe, expect, it } from "vitest";
import {
  LA_POSTE_HEAD_OFFICE_SIRET,
  normalizeIdentifier,
  sirenFromSiret,
  validateRna,
  validateSiren,
  validateSiret,
} from "./identifiers";
import { luhnCheckDigit } from "./luhn";

// A small seeded generator: the property tests below are random but reproducible.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDigits(random: () => number, length: number): string {
  let digits = "";
  for (let index = 0; index < length; index += 1) {
    digits += String(Math.floor(random() * 10));
  }
  return digits;
}

/** Replaces the digit at `index` by a different digit. */
function changeDigit(digits: string, index: number, random: () => number): string {
  const current = Number(digits[index]);
  const replacement = (current + 1 + Math.floor(random() * 9)) % 10;
  return digits.slice(0, index) + String(replacement) + digits.slice(index + 1);
}

const PROPERTY_RUNS = 500;

describe("normalizeIdentifier", () => {
  it("removes spaces, non-breaking spaces, dots and hyphens and upper-cases", () => {
    expect(normalizeIdentifier(" 732 829 320 ")).toBe("732829320");
    expect(normalizeIdentifier("732\u00a0829\u202f320")).toBe("732829320");
    expect(normalizeIdentifier("732.829.320-00074")).toBe("73282932000074");
    expect(normalizeIdentifier("732\t829\u200b320")).toBe("732829320");
    expect(normalizeIdentifier("w75\u00a01234567")).toBe("W751234567");
  });
});

describe("validateSiren", () => {
  it.each([
    ["732829320", "732829320"],
    ["552100554", "552100554"],
    ["356000000", "356000000"], // La Poste: its SIREN itself follows Luhn
    ["732 829 320", "732829320"],
    ["552.100.554", "552100554"],
    ["552\u00a0100\u00a0554", "552100554"],
  ])("accepts %j", (raw, value) => {
    expect(validateSiren(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "siren.required"],
    ["  ", "siren.required"],
    ["73282932O", "siren.characters"],
    ["73282932", "siren.length"],
    ["7328293200", "siren.length"],
    ["73282932000074", "siren.looksLikeSiret"],
    ["732829321", "siren.checksum"],
    ["723829320", "siren.checksum"], // two digits swapped
    ["552100555", "siren.checksum"],
    ["१२३४५६७८९", "siren.characters"], // non-ASCII digits
  ])("rejects %j with %s", (raw, code) => {
    expect(validateSiren(raw)).toEqual({ ok: false, code });
  });

  it("makes a valid SIREN from any 8-digit prefix and its Luhn check digit", () => {
    const random = seededRandom(20260101);
    for (let run = 0; run < PROPERTY_RUNS; run += 1) {
      const prefix = randomDigits(random, 8);
      const siren = prefix + luhnCheckDigit(prefix);
      expect(validateSiren(siren)).toEqual({ ok: true, value: siren });
    }
  });

  it("rejects a valid SIREN in which any one digit is changed", () => {
    const random = seededRandom(42);
    for (let run = 0; run < PROPERTY_RUNS; run += 1) {
      const prefix = randomDigits(random, 8);
      const siren = prefix + luhnCheckDigit(prefix);
      const altered = changeDigit(siren, Math.floor(random() * 9), random);
      expect(validateSiren(altered)).toEqual({ ok: false, code: "siren.checksum" });
    }
  });
});

describe("validateSiret", () => {
  it.each([
    ["73282932000074", "73282932000074"],
    ["732 829 320 00074", "73282932000074"],
    ["732.829.320.00074", "73282932000074"],
    ["732\u00a0829\u00a0320\u00a000074", "73282932000074"],
  ])("accepts %j", (raw, value) => {
    expect(validateSiret(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "siret.required"],
    ["7328293200007A", "siret.characters"],
    ["7328293200007", "siret.length"],
    ["732829320000740", "siret.length"],
    ["732829320", "siret.looksLikeSiren"],
    ["W751234567", "siret.looksLikeRna"],
    ["73282932000075", "siret.checksum"],
    ["73282932000047", "siret.checksum"], // two digits swapped
  ])("rejects %j with %s", (raw, code) => {
    expect(validateSiret(raw)).toEqual({ ok: false, code });
  });

  it("rejects a SIRET that passes Luhn over 14 digits when its SIREN part does not", () => {
    // 732829321 is not a valid SIREN; the NIC 00072 makes the 14 digits pass Luhn anyway.
    expect(validateSiren("732829321").ok).toBe(false);
    const siret = `7328293210007${luhnCheckDigit("7328293210007")}`;
    expect(siret).toBe("73282932100072");
    expect(validateSiret(siret)).toEqual({ ok: false, code: "siret.checksum" });
  });

  it("accepts SIRETs built from a valid SIREN, a NIC and the Luhn check digit", () => {
    const random = seededRandom(7);
    for (let run = 0; run < PROPERTY_RUNS; run += 1) {
      const sirenPrefix = randomDigits(random, 8);
      const siren = sirenPrefix + luhnCheckDigit(sirenPrefix);
      if (siren === "356000000") continue; // La Poste follows its own rule, tested below
      const payload = siren + randomDigits(random, 4);
      const siret = payload + luhnCheckDigit(payload);
      expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
      const altered = changeDigit(siret, Math.floor(random() * 14), random);
      expect(validateSiret(altered)).toEqual({ ok: false, code: "siret.checksum" });
    }
  });

  describe("La Poste (SIREN 356000000)", () => {
    it("accepts the head office, the only La Poste SIRET that follows Luhn", () => {
      expect(LA_POSTE_HEAD_OFFICE_SIRET).toBe("35600000000048");
      expect(validateSiret("356 000 000 00048")).toEqual({ ok: true, value: "35600000000048" });
    });

    // Digit sums: 14 + NIC digits; 35600000000010 -> 15, ...0024 -> 20, ...0006 -> 20.
    it.each(["35600000000010", "35600000000024", "35600000000105", "35600000000006"])(
      "accepts %s, whose digit sum is a multiple of 5",
      (siret) => {
        expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
      },
    );

    // 35600000000014 and ...0022 pass Luhn but their digit sums (19, 18) are not multiples of 5.
    it.each(["35600000000014", "35600000000022", "35600000000011", "35600000000049"])(
      "rejects %s, whose digit sum is not a multiple of 5",
      (siret) => {
        expect(validateSiret(siret)).toEqual({ ok: false, code: "siret.checksum" });
      },
    );

    it("accepts exactly the NICs whose digit sum makes the total a multiple of 5", () => {
      for (let nic = 0; nic < 100000; nic += 1) {
        const siret = `356000000${String(nic).padStart(5, "0")}`;
        const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
        const expected = sum % 5 === 0 || siret === "35600000000048";
        if (validateSiret(siret).ok !== expected) {
          throw new Error(`${siret}: expected ${expected ? "valid" : "invalid"}`);
        }
      }
    });
  });
});

describe("sirenFromSiret", () => {
  it("returns the first 9 digits of a valid SIRET", () => {
    expect(sirenFromSiret("732 829 320 00074")).toBe("732829320");
    expect(sirenFromSiret("35600000000048")).toBe("356000000");
  });

  it("returns null for an invalid SIRET", () => {
    expect(sirenFromSiret("73282932000075")).toBeNull();
    expect(sirenFromSiret("732829320")).toBeNull();
    expect(sirenFromSiret("")).toBeNull();
  });
});

describe("validateRna", () => {
  it.each([
    ["W751234567", "W751234567"],
    ["w751234567", "W751234567"],
    ["W 751 234 567", "W751234567"],
    ["W2A1002345", "W2A1002345"],
    ["W9R2004567", "W9R2004567"],
  ])("accepts %j", (raw, value) => {
    expect(validateRna(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "rna.required"],
    ["751234567", "rna.format"],
    ["W75123456", "rna.format"],
    ["W7512345678", "rna.format"],
    ["X751234567", "rna.format"],
    ["W75123456_", "rna.format"],
  ])("rejects %j with %s", (raw, code) => {
    expect(validateRna(raw)).toEqual({ ok: false, code });
  });
});
