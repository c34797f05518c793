import { describe, expect, it } from "vitest";
import { isSameSiteRequest, type OriginInput } from "./origin-check";

const site = "http://localhost:3000";
const base: OriginInput = {
  method: "POST",
  path: "/espace/candidatures/x/etape/2/enregistrer",
  allowed: [site],
};

describe("isSameSiteRequest", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(isSameSiteRequest({ ...base, method, origin: "http://evil.example" })).toBe(true);
    }
  });

  it("accepts a state-changing request from the site itself", () => {
    expect(isSameSiteRequest({ ...base, origin: site })).toBe(true);
    expect(isSameSiteRequest({ ...base, referer: `${site}/espace/candidatures` })).toBe(true);
  });

  it.each([
    ["a foreign site", { origin: "http://evil.example" }],
    ["the same host at another port", { origin: "http://localhost:4000" }],
    ["https where the site is http", { origin: "https://localhost:3000" }],
    ["an opaque origin", { origin: "null" }],
    ["a foreign referer", { referer: "http://evil.example/page" }],
    ["no origin and no referer", {}],
    ["a garbage origin", { origin: "javascript:alert(1)" }],
    [
      "a foreign origin with a same-site referer",
      { origin: "http://evil.example", referer: `${site}/` },
    ],
  ])("refuses %s", (_label, headers) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(isSameSiteRequest({ ...base, method, ...headers })).toBe(false);
    }
  });

  it("leaves the public API to third parties, but not the auth endpoints", () => {
    expect(isSameSiteRequest({ ...base, path: "/api/v1/eligibility" })).toBe(true);
    expect(isSameSiteRequest({ ...base, path: "/api/v1" })).toBe(true);
    expect(isSameSiteRequest({ ...base, path: "/api/v10/x" })).toBe(false);
    expect(isSameSiteRequest({ ...base, path: "/api/auth/sign-in/email" })).toBe(false);
  });
});
