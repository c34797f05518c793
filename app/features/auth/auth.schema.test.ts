import { describe, expect, it } from "vitest";
import { ResetPasswordSchema, SignInSchema, SignUpSchema } from "./auth.schema";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("auth schemas", () => {
  it("accepts a complete sign-up and normalises the e-mail", () => {
    const result = SignUpSchema.safeParse({
      name: " Nadia ",
      email: " Nadia@Asso.FR ",
      password: "une phrase longue",
    });
    expect(result.success && result.data).toEqual({
      name: "Nadia",
      email: "nadia@asso.fr",
      password: "une phrase longue",
    });
  });
  it("names each problem with a catalogue key", () => {
    expect(
      messages(SignUpSchema.safeParse({ name: "", email: "nope", password: "court" })),
    ).toEqual([
      "auth.error.nameRequired",
      "auth.error.emailInvalid",
      "auth.error.passwordTooShort",
    ]);
    expect(messages(SignInSchema.safeParse({}))).toEqual([
      "auth.error.emailRequired",
      "auth.error.passwordRequired",
    ]);
  });
  it("refuses passwords over 128 characters", () => {
    expect(
      messages(ResetPasswordSchema.safeParse({ token: "t", password: "x".repeat(129) })),
    ).toEqual(["auth.error.passwordTooLong"]);
  });
});
