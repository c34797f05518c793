import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/espace", "/espace"],
    ["/espace/candidatures?x=1#etape", "/espace/candidatures?x=1#etape"],
    ["/structures/été", "/structures/%C3%A9t%C3%A9"],
    ["  /espace  ", "/espace"],
    ["/a/../b", "/b"],
  ])("keeps the same-site path %j", (value, path) => expect(safeRedirectPath(value)).toBe(path));

  it.each([
    "/\t/other-host/page",
    "/%09/other-host/page".replace("%09", "\t"),
    "//other-host/page",
    "/\\other-host/page",
    "\\\\other-host",
    "/\n/other-host",
    "\u0000//other-host",
    "https://other-host/",
    "javascript:alert(1)",
    "espace",
    "",
    "/x\r\nSet-Cookie: a=1",
  ])("refuses %j", (value) => {
    const path = safeRedirectPath(value);
    expect(path === "/" || !/[\r\n]/.test(path)).toBe(true);
    expect(new URL(path, "http://site.example").host).toBe("site.example");
  });

  it("falls back to the caller's default for anything that is not a same-site path", () => {
    for (const value of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "",
      null,
      42,
    ]) {
      expect(safeRedirectPath(value, "/apres-connexion")).toBe("/apres-connexion");
    }
    expect(safeRedirectPath("/admin/courriels?page=2", "/apres-connexion")).toBe(
      "/admin/courriels?page=2",
    );
  });

  it("never leads off-site nor yields a header that cannot be sent, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const path = safeRedirectPath(`/${value}`);
        expect(new URL(path, "http://site.example").host).toBe("site.example");
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(() => new Headers({ location: path })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
