/**
 * The error codes better-auth answers, ours included (the hooks of `auth-hooks.server.ts`), with
 * the catalogue key of the message people read and the form field it belongs to. Pure.
 */

export interface AuthErrorInfo {
  readonly key: string;
  readonly field?: "name" | "email" | "password" | "currentPassword";
}

export const authErrors = {
  // better-auth's own codes.
  INVALID_EMAIL_OR_PASSWORD: { key: "auth.error.invalidCredentials" },
  // Only the endpoints that ask for the current password answer this one.
  INVALID_PASSWORD: { key: "auth.error.currentPasswordWrong", field: "currentPassword" },
  INVALID_EMAIL: { key: "auth.error.invalidCredentials" },
  EMAIL_NOT_VERIFIED: { key: "auth.error.emailNotVerified" },
  USER_ALREADY_EXISTS: { key: "auth.error.emailTaken", field: "email" },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { key: "auth.error.emailTaken", field: "email" },
  PASSWORD_TOO_SHORT: { key: "auth.error.passwordTooShort", field: "password" },
  PASSWORD_TOO_LONG: { key: "auth.error.passwordTooLong", field: "password" },
  INVALID_TOKEN: { key: "auth.error.invalidToken" },
  TOKEN_EXPIRED: { key: "auth.error.invalidToken" },
  // Ours: the bounds of the fields and the password rules.
  NAME_REQUIRED: { key: "auth.error.nameRequired", field: "name" },
  NAME_TOO_LONG: { key: "auth.error.nameTooLong", field: "name" },
  NAME_INVALID: { key: "auth.error.nameInvalid", field: "name" },
  EMAIL_INVALID_FORMAT: { key: "auth.error.emailInvalid", field: "email" },
  IMAGE_REFUSED: { key: "auth.error.imageRefused" },
  PASSWORD_REPETITIVE: { key: "auth.error.passwordRepetitive", field: "password" },
  PASSWORD_SEQUENCE: { key: "auth.error.passwordSequence", field: "password" },
  PASSWORD_PERSONAL: { key: "auth.error.passwordPersonal", field: "password" },
  PASSWORD_COMMON: { key: "auth.error.passwordCommon", field: "password" },
  // Ours: failed sign-ins and deactivated accounts.
  TOO_MANY_FAILED_ATTEMPTS: { key: "auth.error.tooManyFailedAttempts" },
  ACCOUNT_DEACTIVATED: { key: "auth.error.accountDeactivated" },
} as const satisfies Record<string, AuthErrorInfo>;

export type AuthErrorCode = keyof typeof authErrors;

/** The code of a catalogue key of the field schemas (`auth.error.nameTooLong` → NAME_TOO_LONG). */
export const codeOfFieldMessage: Readonly<Record<string, AuthErrorCode>> = {
  "auth.error.nameRequired": "NAME_REQUIRED",
  "auth.error.nameTooLong": "NAME_TOO_LONG",
  "auth.error.nameInvalid": "NAME_INVALID",
  "auth.error.emailRequired": "EMAIL_INVALID_FORMAT",
  "auth.error.emailInvalid": "EMAIL_INVALID_FORMAT",
  "auth.error.imageRefused": "IMAGE_REFUSED",
};

/** What an error code means on a form, if we know it. */
export function authErrorOf(code: string): AuthErrorInfo | undefined {
  return Object.hasOwn(authErrors, code) ? authErrors[code as AuthErrorCode] : undefined;
}
