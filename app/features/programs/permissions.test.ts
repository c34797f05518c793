import { describe, expect, it } from "vitest";
import { roles } from "~/features/auth";
import { canManageProgrammes } from "./permissions";

describe("canManageProgrammes", () => {
  it("lets administrators only configure programmes", () => {
    expect(roles.filter(canManageProgrammes)).toEqual(["admin"]);
  });
});
