import { describe, expect, it } from "vitest";
import { formatBytes } from "./format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formats", () => {
  it("writes file sizes as file managers do", () => {
    expect(formatBytes(850)).toBe("850 octets");
    expect(formatBytes(12 * 1024)).toBe("12 Ko");
    expect(plain(formatBytes(3.4 * 1024 * 1024))).toBe("3,4 Mo");
    expect(formatBytes(10 * 1024 * 1024, "en")).toBe("10 MB");
  });
});
