import { describe, expect, it } from "vitest";
import { roles } from "~/features/auth";
import { canReadApplicationFiles } from "./permissions";

describe("canReadApplicationFiles", () => {
  it.each(roles)("lets a member with role %s read, whatever the state", (role) => {
    expect(canReadApplicationFiles({ role }, { status: "draft" }, "member")).toBe(true);
  });
  it.each(roles)("never lets %s read without a relation", (role) => {
    expect(canReadApplicationFiles({ role }, { status: "submitted" }, "none")).toBe(false);
  });
  it("lets staff in reach read submitted applications only, with the permission", () => {
    expect(
      canReadApplicationFiles({ role: "instructor" }, { status: "submitted" }, "staff_in_reach"),
    ).toBe(true);
    expect(
      canReadApplicationFiles({ role: "instructor" }, { status: "draft" }, "staff_in_reach"),
    ).toBe(false);
    expect(
      canReadApplicationFiles({ role: "funder" }, { status: "submitted" }, "staff_in_reach"),
    ).toBe(false);
  });
});
