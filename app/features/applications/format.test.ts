import { describe, expect, it } from "vitest";
import { formatBytes, formatDateTime, formatIsoDay } from "./format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formats", () => {
  it("writes file sizes as file managers do", () => {
    expect(formatBytes(850)).toBe("850 octets");
    expect(formatBytes(12 * 1024)).toBe("12 Ko");
    expect(plain(formatBytes(3.4 * 1024 * 1024))).toBe("3,4 Mo");
    expect(formatBytes(10 * 1024 * 1024, "en")).toBe("10 MB");
  });
  it("shows instants in Paris time and typed days in words", () => {
    expect(plain(formatDateTime("2026-03-12T13:05:00Z"))).toBe("12 mars 2026 à 14:05");
    expect(formatIsoDay("2015-09-15")).toBe("15 septembre 2015");
    expect(formatIsoDay("pas une date")).toBe("pas une date");
  });
});
