import { describe, expect, it } from "vitest";
import {
  INVITATION_TTL_DAYS,
  invitationExpiry,
  invitationState,
  locate,
  memberRoles,
  normalizeEmail,
  toMemberRole,
} from "./rules";

describe("member roles", () => {
  it("reads owner and member, and anything else as the least powerful role", () => {
    expect(toMemberRole("owner")).toBe("owner");
    expect(toMemberRole("member")).toBe("member");
    expect(toMemberRole("admin")).toBe("member");
    expect(toMemberRole(null)).toBe("member");
    expect(memberRoles).toEqual(["owner", "member"]);
  });
});

describe("invitations", () => {
  const now = new Date("2026-03-15T10:00:00Z");
  const expiresAt = invitationExpiry(now);

  it("expire after 14 days", () => {
    expect(INVITATION_TTL_DAYS).toBe(14);
    expect(expiresAt.toISOString()).toBe("2026-03-29T10:00:00.000Z");
  });

  it.each([
    [{ acceptedAt: null, revokedAt: null }, now, "pending"],
    [{ acceptedAt: null, revokedAt: null }, new Date(expiresAt.getTime() - 1), "pending"],
    [{ acceptedAt: null, revokedAt: null }, expiresAt, "expired"],
    [{ acceptedAt: now, revokedAt: null }, new Date("2027-01-01"), "accepted"],
    [{ acceptedAt: null, revokedAt: now }, now, "revoked"],
    [{ acceptedAt: now, revokedAt: now }, now, "accepted"],
  ] as const)("%j at %s is %s", (dates, at, state) => {
    expect(invitationState({ ...dates, expiresAt }, at)).toBe(state);
  });

  it("match addresses whatever their case and spacing", () => {
    expect(normalizeEmail("  Nadia.Martin@LeToit.FR ")).toBe("nadia.martin@letoit.fr");
  });
});

describe("locating a head office", () => {
  it.each([
    ["13001", undefined, "13", "Provence-Alpes-Côte d'Azur"],
    ["20000", null, "2A", "Corse"],
    ["20200", null, "2B", "Corse"],
    ["97400", null, "974", "La Réunion"],
    ["97133", null, "971", "Guadeloupe"],
    ["97600", null, "976", "Mayotte"],
    ["97500", null, "975", null],
    // A commune near a boundary whose postcode carries the neighbour's prefix: the choice wins.
    ["05110", "04", "04", "Provence-Alpes-Côte d'Azur"],
  ])("%s (chosen %s) is in %s, %s", (postcode, chosen, departement, region) => {
    expect(locate(postcode, chosen)).toEqual({ departement, region });
  });

  it("ignores an unknown chosen département and falls back to the postcode", () => {
    expect(locate("75011", "99")).toEqual({ departement: "75", region: "Île-de-France" });
  });

  it("is null when neither gives a département", () => {
    expect(locate("98000")).toBeNull();
    expect(locate("abc")).toBeNull();
  });
});
