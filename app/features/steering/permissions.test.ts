import { describe, expect, it } from "vitest";
import { can, roles } from "~/features/auth";
import { programmeReachOf } from "./permissions";

describe("steering programme reach", () => {
  it("gives every programme to administrators and the funded ones to funders", () => {
    expect(programmeReachOf("admin")).toBe("all");
    expect(programmeReachOf("funder")).toBe("funded");
  });

  it("reaches no programme for a role outside the steering area", () => {
    for (const role of roles) {
      if (!can(role, "view:area:steering")) expect(programmeReachOf(role), role).toBe("none");
      else expect(programmeReachOf(role), role).not.toBe("none");
    }
  });
});
