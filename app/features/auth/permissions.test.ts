import { describe, expect, it } from "vitest";
import { areas, can, homeAreaOf, type Permission, visibleAreas } from "./permissions";
import { roles, toRole } from "./roles";

// The expected grants written independently of the implementation's table.
const expected: Record<string, Permission[]> = {
  applicant: ["view:area:applicant"],
  instructor: [
    "view:area:review",
    "view:area:committees",
    "read:application-files",
    "review:applications",
    "prepare:committees",
    "view:area:support",
    "record:support-payments",
  ],
  antenna_manager: [
    "view:area:review",
    "view:area:support",
    "read:application-files",
    "deliver:supports",
  ],
  committee_member: ["view:area:committees"],
  funder: ["view:area:steering"],
  admin: [
    "view:area:review",
    "view:area:committees",
    "view:area:support",
    "view:area:steering",
    "view:area:admin",
    "read:outbox",
    "manage:users",
    "manage:programs",
    "read:application-files",
    "manage:question-banks",
    "review:applications",
    "read:audit-trail",
    "prepare:committees",
    "manage:jobs",
    "deliver:supports",
    "record:support-payments",
  ],
};

const allPermissions: Permission[] = [
  ...areas.map((area) => `view:area:${area}` as const),
  "read:outbox",
  "manage:users",
  "manage:programs",
  "read:application-files",
  "manage:question-banks",
  "review:applications",
  "read:audit-trail",
  "prepare:committees",
  "manage:jobs",
  "deliver:supports",
  "record:support-payments",
];

describe("can", () => {
  for (const role of roles) {
    for (const permission of allPermissions) {
      const allowed = expected[role]?.includes(permission) ?? false;
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }
});

describe("areas", () => {
  it("shows each role its own areas in navigation order", () => {
    expect(visibleAreas("applicant")).toEqual(["applicant"]);
    expect(visibleAreas("admin")).toEqual(["review", "committees", "support", "steering", "admin"]);
  });
  it("sends each role to its first area after sign-in", () => {
    expect(homeAreaOf("applicant")).toBe("applicant");
    expect(homeAreaOf("instructor")).toBe("review");
    expect(homeAreaOf("funder")).toBe("steering");
    expect(homeAreaOf("admin")).toBe("admin");
    expect(homeAreaOf("antenna_manager")).toBe("review");
    expect(homeAreaOf("committee_member")).toBe("committees");
  });
  it("only administrators publish question bank versions", () => {
    expect(roles.filter((role) => can(role, "manage:question-banks"))).toEqual(["admin"]);
  });
  it("only administrators configure programmes", () => {
    expect(roles.filter((role) => can(role, "manage:programs"))).toEqual(["admin"]);
  });
  it("only reviewing staff read application files (each within their reach)", () => {
    expect(roles.filter((role) => can(role, "read:application-files"))).toEqual([
      "instructor",
      "antenna_manager",
      "admin",
    ]);
  });
  it("only instructors and administrators take review decisions", () => {
    expect(roles.filter((role) => can(role, "review:applications"))).toEqual([
      "instructor",
      "admin",
    ]);
  });
  it("only instructors and administrators prepare committees", () => {
    expect(roles.filter((role) => can(role, "prepare:committees"))).toEqual([
      "instructor",
      "admin",
    ]);
    expect(visibleAreas("instructor")).toEqual(["review", "committees", "support"]);
    expect(visibleAreas("committee_member")).toEqual(["committees"]);
  });
  it("antenna managers and administrators deliver supports; the programme team records payments", () => {
    expect(roles.filter((role) => can(role, "deliver:supports"))).toEqual([
      "antenna_manager",
      "admin",
    ]);
    expect(roles.filter((role) => can(role, "record:support-payments"))).toEqual([
      "instructor",
      "admin",
    ]);
  });
  it("only staff see staff areas and the outbox", () => {
    expect(can("applicant", "read:outbox")).toBe(false);
    expect(can("funder", "view:area:admin")).toBe(false);
  });
});

describe("toRole", () => {
  it("keeps known roles and maps anything else to applicant", () => {
    for (const role of roles) expect(toRole(role)).toBe(role);
    expect(toRole("superuser")).toBe("applicant");
    expect(toRole(null)).toBe("applicant");
  });
});
