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
import { authHooks, isActiveAccount } from "./auth-hooks.server";
import { magicLinkEmail, resetPasswordEmail, verifyAddressEmail } from "./emails/account-emails";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export type AuthOptions = {
  db: Database;
  jobs: JobQueue;
  baseUrl: string;
  secret: string;
  /** Relaxed limits for automated tests, which sign in many times from one address. */
  rateLimitMax?: number;
};

/** Adds the standard `Retry-After` to better-auth's 429 answers (it sends `X-Retry-After`). */
export function withRetryAfter(response: Response): Response {
  if (response.status !== 429 || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", response.headers.get("x-retry-after") ?? "60");
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Creates the better-auth instance of the application. */
export function createAuth(options: AuthOptions) {
  const { db, jobs } = options;
  const sendMail = (to: string, mail: RenderedEmail) =>
    jobs.enqueue(db, sendEmailJob, { to, ...mail }).then(() => undefined);
  const { hooks, databaseHooks } = authHooks(db);
  const max = options.rateLimitMax;

  const auth = betterAuth({
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
      // A deactivated account is sent nothing; the page answers the same (it reveals no account).
      sendResetPassword: async ({ user: u, url }) => {
        if (await isActiveAccount(db, u.email)) {
          await sendMail(u.email, resetPasswordEmail({ name: u.name, url }));
        }
      },
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
    // Every request from one address, as a flood guard: high enough for a training room signing
    // in together. Wrong passwords have their own, much tighter, limits (sign-in-throttle.ts).
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: max ?? 100,
      customRules: {
        "/sign-in/email": { window: 60, max: max ?? 60 },
        "/sign-up/email": { window: 60, max: max ?? 5 },
        "/request-password-reset": { window: 60, max: max ?? 5 },
        "/reset-password": { window: 60, max: max ?? 10 },
        "/change-password": { window: 60, max: max ?? 10 },
        "/sign-in/magic-link": { window: 60, max: max ?? 5 },
        "/magic-link/verify": { window: 60, max: max ?? 20 },
        "/send-verification-email": { window: 60, max: max ?? 5 },
      },
    },
    hooks,
    databaseHooks,
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    plugins: [
      magicLink({
        expiresIn: 15 * 60,
        // No account is created through a link, and an address with no active account is
        // mailed nothing: the page answers the same either way (ADR 0011).
        disableSignUp: true,
        sendMagicLink: async ({ email, url }) => {
          if (await isActiveAccount(db, email)) await sendMail(email, magicLinkEmail({ url }));
        },
      }),
    ],
  });
  const handler = auth.handler;
  return Object.assign(auth, {
    handler: async (request: Request) => withRetryAfter(await handler(request)),
  });
}

export type Auth = ReturnType<typeof createAuth>;
