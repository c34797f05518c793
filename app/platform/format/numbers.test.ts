import { describe, expect, it } from "vitest";
import { formatDecimal, formatInteger } from "./numbers";

describe("formatInteger", () => {
  it("groups thousands as each locale does, with a no-break space in French", () => {
    expect(formatInteger(8762)).toBe("8\u202f762");
    expect(formatInteger(8762, "en")).toBe("8,762");
    expect(formatInteger(0)).toBe("0");
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(1_234_567)).toBe("1\u202f234\u202f567");
  });

  it("refuses what is not a whole number", () => {
    expect(() => formatInteger(1.5)).toThrow(RangeError);
    expect(() => formatInteger(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatDecimal", () => {
  it("writes decimals as the locale does", () => {
    expect(formatDecimal(2.3)).toBe("2,3");
    expect(formatDecimal(2.3, "en")).toBe("2.3");
    expect(formatDecimal(1234.5, "fr")).toBe("1\u202f234,5");
    expect(formatDecimal(4, "fr")).toBe("4");
  });

  it("refuses what is not a number", () => {
    expect(() => formatDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => formatDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
