import { describe, expect, it } from "vitest";
import { roles } from "~/features/auth";
import {
  canLeave,
  canRemoveMember,
  canTransferOwnership,
  type MemberPermission,
  memberCan,
  staffCanSee,
  staffReachOf,
} from "./permissions";

const allMemberPermissions: MemberPermission[] = [
  "view:organization",
  "edit:organization",
  "invite:member",
  "decide:join-request",
  "remove:member",
  "transfer:ownership",
];

describe("member permissions", () => {
  it("give owners everything", () => {
    for (const permission of allMemberPermissions)
      expect(memberCan("owner", permission)).toBe(true);
  });

  it("let members see and edit the profile, not manage members", () => {
    expect(allMemberPermissions.filter((permission) => memberCan("member", permission))).toEqual([
      "view:organization",
      "edit:organization",
    ]);
  });
});

describe("staff reach", () => {
  it("is all for instructors and admins, antennas for antenna managers, none otherwise", () => {
    expect(Object.fromEntries(roles.map((role) => [role, staffReachOf(role)]))).toEqual({
      applicant: "none",
      instructor: "all",
      antenna_manager: "antennas",
      committee_member: "none",
      funder: "none",
      admin: "all",
    });
  });

  it.each([
    ["instructor", [], "13", true],
    ["admin", [], null, true],
    ["antenna_manager", ["13", "83"], "13", true],
    ["antenna_manager", ["13", "83"], "974", false],
    ["antenna_manager", [], "13", false],
    ["antenna_manager", ["13"], null, false],
    ["applicant", ["13"], "13", false],
    ["committee_member", ["13"], "13", false],
    ["funder", ["13"], "13", false],
  ] as const)("%s covering %j sees an organisation in %s: %s", (role, covered, dep, expected) => {
    expect(staffCanSee(role, covered, dep)).toBe(expected);
  });
});

describe("leaving", () => {
  it.each([
    ["member", 1, true],
    ["member", 0, true],
    ["owner", 2, true],
    ["owner", 1, false],
    ["owner", 0, false],
  ] as const)("a %s with %i owner(s) may leave: %s", (role, ownerCount, ok) => {
    const verdict = canLeave({ role, ownerCount });
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.reason).toBe("last_owner");
  });
});

describe("removing a member and transferring ownership", () => {
  const cases = [
    // actorRole, self, targetRole, expected
    ["owner", false, "member", null],
    ["owner", true, "owner", "self"],
    ["owner", false, "owner", "target_is_owner"],
    ["member", false, "member", "not_owner"],
    ["member", true, "member", "not_owner"],
    ["member", false, "owner", "not_owner"],
  ] as const;

  it.each(cases)("actor %s (self: %s) on a %s -> %s", (actorRole, self, targetRole, reason) => {
    const input = { actorRole, actorId: "a", targetId: self ? "a" : "b", targetRole };
    for (const rule of [canRemoveMember, canTransferOwnership]) {
      const verdict = rule(input);
      expect(verdict).toEqual(reason === null ? { ok: true } : { ok: false, reason });
    }
  });
});
