import { describe, expect, it } from "vitest";
import { actorRoles, isActorRole } from "./roles";

describe("isActorRole", () => {
  it("accepts the six platform roles and nothing else", () => {
    expect(actorRoles.every(isActorRole)).toBe(true);
    expect(actorRoles).toHaveLength(6);
    expect(isActorRole("visitor")).toBe(false);
    expect(isActorRole("ADMIN")).toBe(false);
    expect(isActorRole(null)).toBe(false);
  });
});
