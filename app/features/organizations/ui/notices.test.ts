import { describe, expect, it } from "vitest";
import { noticeFromUrl, withNotice } from "./notices";

describe("confirmation notices", () => {
  it("map known codes to messages and ignore anything else", () => {
    expect(noticeFromUrl("http://x/espace?statut=cree")).toBe("organizations.notice.created");
    expect(noticeFromUrl("http://x/espace?statut=toString")).toBeNull();
    expect(noticeFromUrl("http://x/espace?statut=<b>")).toBeNull();
    expect(noticeFromUrl("http://x/espace")).toBeNull();
  });

  it("are added to a path", () => {
    expect(withNotice("/espace", "invite")).toBe("/espace?statut=invite");
    expect(withNotice("/espace?a=1", "invite")).toBe("/espace?a=1&statut=invite");
  });
});
