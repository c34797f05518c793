import { describe, expect, it } from "vitest";
import { sizeParts } from "./export-size";
import { percentWritten } from "./export-status-page";

describe("export progress", () => {
  it("is the share of rows written, whole, capped at 100, and 100 once done", () => {
    expect(percentWritten({ status: "pending", totalRows: null, writtenRows: 0 })).toBe(0);
    expect(percentWritten({ status: "running", totalRows: 0, writtenRows: 0 })).toBe(0);
    expect(percentWritten({ status: "running", totalRows: 3000, writtenRows: 1000 })).toBe(33);
    expect(percentWritten({ status: "running", totalRows: 1000, writtenRows: 1200 })).toBe(100);
    expect(percentWritten({ status: "done", totalRows: 0, writtenRows: 0 })).toBe(100);
    expect(percentWritten({ status: "failed", totalRows: 10, writtenRows: 5 })).toBe(50);
  });
});

describe("file sizes", () => {
  it("says kilobytes under a megabyte, megabytes with one decimal above", () => {
    expect(sizeParts(22, "fr")).toEqual({ unit: "kb", size: "1" });
    expect(sizeParts(150 * 1024, "fr")).toEqual({ unit: "kb", size: "150" });
    expect(sizeParts(3.45 * 1024 * 1024, "fr")).toEqual({ unit: "mb", size: "3,5" });
    expect(sizeParts(3.45 * 1024 * 1024, "en")).toEqual({ unit: "mb", size: "3.5" });
  });
});
