import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat, pluralRules } from "./intl";

describe("the kept Intl formatters", () => {
  it("build one formatter per locale and options, and reuse it", () => {
    const euros = { style: "currency", currency: "EUR" } as const;
    expect(numberFormat("fr-FR", euros)).toBe(numberFormat("fr-FR", { ...euros }));
    expect(numberFormat("fr-FR", euros)).not.toBe(numberFormat("en-GB", euros));
    expect(numberFormat("fr-FR")).not.toBe(numberFormat("fr-FR", euros));
    const paris = { timeZone: "Europe/Paris", dateStyle: "short" } as const;
    const reunion = { timeZone: "Indian/Reunion", dateStyle: "short" } as const;
    expect(dateTimeFormat("fr-FR", paris)).toBe(dateTimeFormat("fr-FR", paris));
    expect(dateTimeFormat("fr-FR", paris)).not.toBe(dateTimeFormat("fr-FR", reunion));
    expect(pluralRules("fr-FR")).toBe(pluralRules("fr-FR"));
  });

  it("format as a new formatter with the same options does", () => {
    const options = { style: "currency", currency: "EUR", minimumFractionDigits: 2 } as const;
    expect(numberFormat("fr-FR", options).format(1234.5)).toBe(
      new Intl.NumberFormat("fr-FR", options).format(1234.5),
    );
    const at = new Date("2026-03-12T13:05:00Z");
    const options2 = { timeZone: "America/Cayenne", timeStyle: "short" } as const;
    expect(dateTimeFormat("fr-FR", options2).format(at)).toBe(
      new Intl.DateTimeFormat("fr-FR", options2).format(at),
    );
    expect(pluralRules("fr-FR").select(1)).toBe("one");
    expect(pluralRules("en-GB").select(0)).toBe("other");
  });

  it("refuses an unknown time zone as Intl does, keeping nothing", () => {
    expect(() => dateTimeFormat("fr-FR", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateTimeFormat("fr-FR", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
