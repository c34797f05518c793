/**
 * better-auth, configured for the programme: e-mail + password with verification, password reset,
 * magic link, sessions in the database, rate limiting stored in the database (so that several
 * stateless instances share it). Outgoing mails are jobs, sent by the worker.
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink } from "better-auth/plugins/magic-link";
import { sendEmailJob } from "~/features/notifications";
import type { Database } from "~/platform/db/types";
import type { RenderedEmail } from "~/platform/email/define-email";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { account, rateLimit, session, user, verification } from "../../../db/schema";
import { magicLinkEmail, resetPasswordEmail, verifyAddressEmail } from "./emails/account-emails";

export type AuthOptions = {
  db: Database;
  jobs: JobQueue;
  baseUrl: string;
  secret: string;
  /** Relaxed limits for automated tests, which sign in many times from one address. */
  rateLimitMax?: number;
};

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Creates the better-auth instance of the application. */
export function createAuth(options: AuthOptions) {
  const { db, jobs } = options;
  const sendMail = (to: string, mail: RenderedEmail) =>
    jobs.enqueue(db, sendEmailJob, { to, ...mail }).then(() => undefined);

  return betterAuth({
    appName: "Digit'ESS",
    baseURL: options.baseUrl,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: [options.baseUrl],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, rateLimit },
    }),
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "applicant", input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user: u, url }) =>
        sendMail(u.email, resetPasswordEmail({ name: u.name, url })),
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      // Verified users sign in themselves: the link lands on the sign-in page with a confirmation.
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: ({ user: u, url }) =>
        sendMail(u.email, verifyAddressEmail({ name: u.name, url })),
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: options.rateLimitMax ?? 100,
      customRules: {
        "/sign-in/email": { window: 60, max: options.rateLimitMax ?? 10 },
        "/sign-up/email": { window: 60, max: options.rateLimitMax ?? 5 },
        "/request-password-reset": { window: 60, max: options.rateLimitMax ?? 5 },
        "/sign-in/magic-link": { window: 60, max: options.rateLimitMax ?? 5 },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        sendMagicLink: ({ email, url }) => sendMail(email, magicLinkEmail({ url })),
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
