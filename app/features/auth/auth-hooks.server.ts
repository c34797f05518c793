/**
 * What better-auth checks on top of its own rules (issue 12, ADR 0011), wired in `createAuth`:
 *
 * - the bounds of every user field it stores (name, e-mail, no picture), in `databaseHooks`, so
 *   that they hold whichever endpoint writes (sign-up, `update-user`, a plugin): the same Zod
 *   field schemas as the app's forms;
 * - the password rules (`password-rules.ts` and the shipped list) on every endpoint that sets a
 *   password (sign-up, reset, change), knowing the account's name and address;
 * - failed sign-ins counted per account, per account and address, and per address, refused with
 *   429 and `Retry-After` once a limit is reached, while successful sign-ins count for nothing;
 * - no session for a deactivated account (password, magic link or any other way in).
 */

import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Database } from "~/platform/db/types";
import { hitRateLimit, peekRateLimit } from "~/platform/rate-limit/rate-limit.server";
import type { RateLimitPolicy } from "~/platform/rate-limit/window";
import { user } from "../../../db/schema";
import { UserInputSchema } from "./auth.schema";
import { type AuthErrorCode, authErrors, codeOfFieldMessage } from "./auth-errors";
import { isCommonPassword } from "./common-passwords.server";
import { fr } from "./messages";
import { passwordProblem } from "./password-rules";
import { failedSignInLimits } from "./sign-in-throttle";

type Status = ConstructorParameters<typeof APIError>[0];

/** A better-auth error with our code and its French message (API clients read both). */
export function authError(
  status: Status,
  code: AuthErrorCode,
  headers?: Record<string, string>,
): APIError {
  const message = fr[authErrors[code].key as keyof typeof fr];
  return new APIError(status, { code, message }, headers);
}

const passwordCodes = {
  tooShort: "PASSWORD_TOO_SHORT",
  tooLong: "PASSWORD_TOO_LONG",
  repetitive: "PASSWORD_REPETITIVE",
  sequence: "PASSWORD_SEQUENCE",
  personal: "PASSWORD_PERSONAL",
  common: "PASSWORD_COMMON",
} as const satisfies Record<string, AuthErrorCode>;

/** Throws when `password` breaks a rule, knowing the account's address and name. */
function checkNewPassword(password: unknown, account: { email?: string; name?: string }) {
  if (typeof password !== "string") return; // better-auth's own schema answers this one.
  const problem = passwordProblem(password, { ...account, isCommon: isCommonPassword });
  if (problem) throw authError("BAD_REQUEST", passwordCodes[problem]);
}

/** Throws when user fields break their bounds; only the fields present are checked. */
export function checkUserFields(data: unknown) {
  // A body that is no object (`false`, a number) carries no field: better-auth answers it.
  if (typeof data !== "object" || data === null) return;
  const record = data as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const name of ["name", "email", "image"] as const) {
    if (name in record && record[name] !== undefined) fields[name] = record[name];
  }
  const parsed = UserInputSchema.safeParse(fields);
  if (parsed.success) return;
  const message = parsed.error.issues[0]?.message ?? "";
  throw authError("BAD_REQUEST", codeOfFieldMessage[message] ?? "NAME_INVALID");
}

/** The client address better-auth was given (server/app.ts sets it from what Express trusts). */
function addressOf(headers: Headers | undefined): string {
  return headers?.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

type Limit = { key: string; policy: RateLimitPolicy };

/** The failed-sign-in counters of an attempt. */
function failureCounters(email: string, address: string): Limit[] {
  return failedSignInLimits({ email, address });
}

/** Refuses an attempt when one of its failure counters is full. */
async function refuseWhenThrottled(db: Database, counters: Limit[]) {
  let wait = 0;
  for (const counter of counters) {
    const decision = await peekRateLimit(db, counter);
    if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
  }
  if (wait > 0) {
    throw authError("TOO_MANY_REQUESTS", "TOO_MANY_FAILED_ATTEMPTS", {
      "Retry-After": String(wait),
    });
  }
}

/** The hooks and database hooks of our better-auth instance. */
export function authHooks(db: Database) {
  const before = createAuthMiddleware(async (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    switch (ctx.path) {
      case "/sign-up/email": {
        checkUserFields(body);
        checkNewPassword(body.password, {
          email: typeof body.email === "string" ? body.email : "",
          name: typeof body.name === "string" ? body.name : "",
        });
        return;
      }
      case "/reset-password": {
        const token = typeof body.token === "string" ? body.token : "";
        const found = token
          ? await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`)
          : null;
        const account = found ? await ctx.context.internalAdapter.findUserById(found.value) : null;
        checkNewPassword(body.newPassword, account ?? {});
        return;
      }
      case "/change-password": {
        const current = await getSessionFromCtx(ctx);
        checkNewPassword(body.newPassword, current?.user ?? {});
        return;
      }
      case "/sign-in/email": {
        if (typeof body.email !== "string") return;
        await refuseWhenThrottled(db, failureCounters(body.email, addressOf(ctx.headers)));
        return;
      }
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/sign-in/email") return;
    const returned = ctx.context.returned;
    // Only a wrong address or password counts: a correct one never fills a counter.
    const status = (returned as { statusCode?: unknown } | null)?.statusCode;
    if (!(returned instanceof Error) || status !== 401) return;
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (typeof body.email !== "string") return;
    for (const counter of failureCounters(body.email, addressOf(ctx.headers))) {
      await hitRateLimit(db, counter);
    }
  });

  const databaseHooks = {
    user: {
      create: {
        before: async (data: Record<string, unknown>) => {
          checkUserFields(data);
        },
      },
      update: {
        before: async (data: Record<string, unknown>) => {
          checkUserFields(data);
        },
      },
    },
    session: {
      create: {
        before: async (data: { userId: string }) => {
          const [row] = await db
            .select({ deactivatedAt: user.deactivatedAt })
            .from(user)
            .where(eq(user.id, data.userId));
          if (row?.deactivatedAt) throw authError("FORBIDDEN", "ACCOUNT_DEACTIVATED");
        },
      },
    },
  };

  return { hooks: { before, after }, databaseHooks };
}

/** True when the account of `email` exists and is active (who may be mailed a sign-in link). */
export async function isActiveAccount(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ deactivatedAt: user.deactivatedAt })
    .from(user)
    .where(eq(user.email, email.trim().toLowerCase()));
  return row !== undefined && row.deactivatedAt === null;
}
