import { describe, expect, it } from "vitest";
import { adminDeleteSchema, adminSearchSchema, deleteOwnAccountSchema } from "./privacy.schema";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("deleteOwnAccountSchema", () => {
  it("needs the password and the box", () => {
    expect(deleteOwnAccountSchema.safeParse({ password: "x", confirm: "on" }).success).toBe(true);
    expect(messagesOf(deleteOwnAccountSchema.safeParse({ confirm: "on" }))).toEqual([
      "privacy.delete.error.passwordRequired",
    ]);
    expect(messagesOf(deleteOwnAccountSchema.safeParse({ password: "", confirm: "on" }))).toEqual([
      "privacy.delete.error.passwordRequired",
    ]);
    expect(messagesOf(deleteOwnAccountSchema.safeParse({ password: "x" }))).toEqual([
      "privacy.delete.error.confirmRequired",
    ]);
    expect(messagesOf(deleteOwnAccountSchema.safeParse({ password: "x", confirm: "yes" }))).toEqual(
      ["privacy.delete.error.confirmRequired"],
    );
  });

  it("refuses an enormous password without hashing it", () => {
    expect(
      deleteOwnAccountSchema.safeParse({ password: "a".repeat(5000), confirm: "on" }).success,
    ).toBe(false);
  });
});

describe("admin schemas", () => {
  it("read an address, trimmed and lower-cased", () => {
    expect(adminSearchSchema.parse({ email: "  Nadia@Exemple.FR " })).toEqual({
      email: "nadia@exemple.fr",
    });
    expect(messagesOf(adminSearchSchema.safeParse({ email: "" }))).toEqual([
      "privacy.admin.error.emailRequired",
    ]);
    expect(messagesOf(adminSearchSchema.safeParse({ email: "nadia" }))).toEqual([
      "privacy.admin.error.emailInvalid",
    ]);
  });

  it("need the confirmation box to delete", () => {
    const base = { userId: "u1", email: "a@b.fr" };
    expect(adminDeleteSchema.safeParse({ ...base, confirm: "on" }).success).toBe(true);
    expect(messagesOf(adminDeleteSchema.safeParse(base))).toEqual([
      "privacy.admin.error.confirmRequired",
    ]);
  });
});
