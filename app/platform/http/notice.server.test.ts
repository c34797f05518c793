import { describe, expect, it } from "vitest";
import { noticeCookie, readNotice, redirectWithNotice } from "./notice.server";

const request = (cookie?: string, url = "http://localhost/x") =>
  new Request(url, cookie ? { headers: { cookie } } : {});

function cookieValue(setCookie: string): string {
  return setCookie.split(";")[0] ?? "";
}

describe("notices after a redirect", () => {
  it("carries the notice to the next request and clears it there", () => {
    const response = redirectWithNotice(request(), "/espace", {
      key: "organizations.notice.created",
      params: { name: "Le Toit Partagé" },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/espace");
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly; SameSite=Lax$/);
    const next = readNotice(request(`lang=fr; ${cookieValue(setCookie)}`));
    expect(next.notice).toEqual({
      key: "organizations.notice.created",
      params: { name: "Le Toit Partagé" },
    });
    expect(next.clear).toMatch(/^notice=; Path=\/; Max-Age=0/);
  });

  it("puts a target in the fragment and keeps other cookies", () => {
    const response = redirectWithNotice(
      request(),
      "/admin/programmes/digitess/antennes",
      { key: "programs.admin.saved", target: "antenna-1" },
      { headers: { "Set-Cookie": "active=1; Path=/" } },
    );
    expect(response.headers.get("location")).toBe("/admin/programmes/digitess/antennes#antenna-1");
    expect(response.headers.getSetCookie()).toHaveLength(2);
  });

  it("is Secure under https", () => {
    expect(noticeCookie(request(undefined, "https://digitess.fr/"), { key: "a.b" })).toMatch(
      /; Secure$/,
    );
  });

  it("ignores a forged or broken cookie but still clears it", () => {
    for (const value of ["%%%", "eyJrZXkiOiI8c2NyaXB0PiJ9", "", "bnVsbA"]) {
      const read = readNotice(request(`notice=${value}`));
      expect(read.notice).toBeNull();
      expect(read.clear).not.toBeNull();
    }
    expect(readNotice(request("other=1")).clear).toBeNull();
  });
});
