/**
 * One schema per auth form, shared by the form (browser validation) and its action. Messages are
 * catalogue keys, translated where they are shown.
 */
import { z } from "zod";

const email = z
  .string({ error: "auth.error.emailRequired" })
  .trim()
  .min(1, "auth.error.emailRequired")
  .pipe(z.email({ error: "auth.error.emailInvalid" }))
  .transform((value) => value.toLowerCase());

const newPassword = z
  .string({ error: "auth.error.passwordRequired" })
  .min(10, "auth.error.passwordTooShort")
  .max(128, "auth.error.passwordTooLong");

export const SignUpSchema = z.object({
  name: z
    .string({ error: "auth.error.nameRequired" })
    .trim()
    .min(1, "auth.error.nameRequired")
    .max(120),
  email,
  password: newPassword,
});

export const SignInSchema = z.object({
  email,
  password: z
    .string({ error: "auth.error.passwordRequired" })
    .min(1, "auth.error.passwordRequired"),
  redirectTo: z.string().optional(),
});

export const EmailOnlySchema = z.object({ email });

export const ResetPasswordSchema = z.object({
  token: z.string().min(1, "auth.error.invalidToken"),
  password: newPassword,
});
