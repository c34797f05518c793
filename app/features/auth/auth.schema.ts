/**
 * One schema per auth form, shared by the form (browser validation) and its action. Messages are
 * catalogue keys, translated where they are shown. The same field schemas bound what better-auth
 * stores, whichever endpoint writes it (`auth-hooks.server.ts`): a name is a name through the
 * sign-up form, the account page or `POST /api/auth/update-user`.
 */
import { z } from "zod";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordContext,
  passwordProblem,
  passwordProblemMessage,
} from "./password-rules";

/** The longest name an account may carry (the members and staff pages show it in full). */
export const NAME_MAX_LENGTH = 120;
/** The longest address: RFC 5321's limit on a forward path. */
export const EMAIL_MAX_LENGTH = 254;

// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern is there to find them
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export const accountName = z
  .string({ error: "auth.error.nameRequired" })
  .trim()
  .min(1, "auth.error.nameRequired")
  .max(NAME_MAX_LENGTH, "auth.error.nameTooLong")
  .refine((value) => !FORBIDDEN_IN_NAME.test(value), "auth.error.nameInvalid");

export const accountEmail = z
  .string({ error: "auth.error.emailRequired" })
  .trim()
  .min(1, "auth.error.emailRequired")
  .max(EMAIL_MAX_LENGTH, "auth.error.emailInvalid")
  .pipe(z.email({ error: "auth.error.emailInvalid" }))
  .transform((value) => value.toLowerCase());

/** A new password's length; the other rules need the account (`withPasswordRules`). */
const newPassword = z
  .string({ error: "auth.error.passwordRequired" })
  .min(PASSWORD_MIN_LENGTH, "auth.error.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "auth.error.passwordTooLong");

/** Adds the password rules (`password-rules.ts`) to a schema, on its `field`. */
function passwordIssue(
  password: string,
  context: PasswordContext,
  ctx: z.RefinementCtx,
  field: string,
) {
  const problem = passwordProblem(password, context);
  // Length has its own message already.
  if (problem && problem !== "tooShort" && problem !== "tooLong") {
    ctx.addIssue({ code: "custom", path: [field], message: passwordProblemMessage[problem] });
  }
}

export const SignUpSchema = z
  .object({ name: accountName, email: accountEmail, password: newPassword })
  .superRefine((value, ctx) => passwordIssue(value.password, value, ctx, "password"));

export const SignInSchema = z.object({
  email: accountEmail,
  password: z
    .string({ error: "auth.error.passwordRequired" })
    .min(1, "auth.error.passwordRequired")
    .max(PASSWORD_MAX_LENGTH, "auth.error.invalidCredentials"),
  redirectTo: z.string().optional(),
});

export const EmailOnlySchema = z.object({ email: accountEmail });

export const ResetPasswordSchema = z
  .object({ token: z.string().min(1, "auth.error.invalidToken"), password: newPassword })
  .superRefine((value, ctx) => passwordIssue(value.password, {}, ctx, "password"));

/** The account page: the name. */
export const AccountNameSchema = z.object({ name: accountName });

/** The account page: "Se déconnecter de tous les appareils" (a button, no field). */
export const SignOutEverywhereSchema = z.object({});

/** The account page: a new password, given the current one. */
export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "auth.error.currentPasswordRequired" })
      .min(1, "auth.error.currentPasswordRequired")
      .max(PASSWORD_MAX_LENGTH, "auth.error.currentPasswordWrong"),
    newPassword,
  })
  .superRefine((value, ctx) => passwordIssue(value.newPassword, {}, ctx, "newPassword"));

/**
 * What better-auth may store of a user from a request body (sign-up, update-user): the same
 * bounds as the forms. No picture: the platform shows none, so it stores none.
 */
export const UserInputSchema = z.object({
  name: accountName.optional(),
  email: accountEmail.optional(),
  image: z.null({ error: "auth.error.imageRefused" }).optional(),
});
