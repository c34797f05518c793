import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-path";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/espace")).toBe("/espace");
    expect(safeRedirectPath("/admin/courriels?page=2")).toBe("/admin/courriels?page=2");
  });
  it("refuses other sites, protocol-relative URLs and junk", () => {
    for (const value of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "espace",
      "",
      null,
      42,
    ]) {
      expect(safeRedirectPath(value)).toBe("/apres-connexion");
    }
  });
});
